package org.photodesk.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.photodesk.core.account.AccountStore;
import org.photodesk.core.account.Role;
import org.photodesk.core.account.User;

/** What every {@link AccountStore} must do: a subclass supplies a fresh, empty one. */
public abstract class AccountStoreContract {

    private static final Instant T = Instant.parse("2024-08-11T08:00:00Z");

    protected AccountStore store;

    /** A new, empty account store. */
    protected abstract AccountStore newStore();

    @BeforeEach
    void open() {
        store = newStore();
    }

    @Test
    void accountsAreCreatedOnceAndListedByName() {
        User zoe = store.create("zoe", "hash-z", Role.EDITOR, T);
        store.create("adam", "hash-a", Role.VIEWER, T);

        assertThat(store.count()).isEqualTo(2);
        assertThat(store.list()).extracting(User::username).containsExactly("adam", "zoe");
        assertThat(store.find("zoe")).hasValueSatisfying(a -> {
            assertThat(a.user()).isEqualTo(zoe);
            assertThat(a.passwordHash()).isEqualTo("hash-z");
        });
        assertThatThrownBy(() -> store.create("zoe", "other", Role.ADMIN, T)).isInstanceOf(IllegalStateException.class);
        assertThat(store.find("nobody")).isEmpty();
    }

    @Test
    void sessionsAreKeptByTokenHashUntilDeleted() {
        User zoe = store.create("zoe", "hash-z", Role.EDITOR, T);
        var session = new AccountStore.StoredSession("token-hash", zoe, "csrf", T, T.plusSeconds(3600));
        store.addSession(session);

        assertThat(store.findSession("token-hash")).contains(session);
        assertThat(store.findSession("other")).isEmpty();
        store.deleteSession("token-hash");
        assertThat(store.findSession("token-hash")).isEmpty();
    }
}
