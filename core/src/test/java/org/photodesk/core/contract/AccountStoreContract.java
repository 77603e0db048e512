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

    @Test
    void namesAreUniqueAndFoundRegardlessOfCase() {
        store.create("Maria", "hash-m", Role.EDITOR, T);

        assertThat(store.find("maria")).hasValueSatisfying(a -> assertThat(a.user().username()).isEqualTo("Maria"));
        assertThatThrownBy(() -> store.create("MARIA", "other", Role.VIEWER, T)).isInstanceOf(IllegalStateException.class);
        assertThat(store.setRole("mARIA", Role.VIEWER)).isEqualTo(AccountStore.Change.DONE);
        assertThat(store.find("Maria").orElseThrow().user().role()).isEqualTo(Role.VIEWER);
    }

    @Test
    void rolesChangeButTheLastEnabledAdminKeepsTheirs() {
        store.create("ana", "hash-a", Role.ADMIN, T);
        store.create("ben", "hash-b", Role.ADMIN, T);
        User zoe = store.create("zoe", "hash-z", Role.VIEWER, T);
        var session = new AccountStore.StoredSession("zoe-token", zoe, "csrf", T, T.plusSeconds(3600));
        store.addSession(session);

        assertThat(store.setRole("zoe", Role.EDITOR)).isEqualTo(AccountStore.Change.DONE);
        assertThat(store.findSession("zoe-token").orElseThrow().user().role()).as("a session sees the role as it is now")
                .isEqualTo(Role.EDITOR);
        assertThat(store.setRole("ben", Role.EDITOR)).isEqualTo(AccountStore.Change.DONE);
        assertThat(store.setRole("ana", Role.VIEWER)).isEqualTo(AccountStore.Change.LAST_ADMIN);
        assertThat(store.setRole("ana", Role.ADMIN)).isEqualTo(AccountStore.Change.DONE);
        assertThat(store.find("ana").orElseThrow().user().role()).isEqualTo(Role.ADMIN);
        assertThat(store.setRole("nobody", Role.VIEWER)).isEqualTo(AccountStore.Change.NOT_FOUND);
    }

    @Test
    void disablingEndsTheSessionsAndSparesTheLastEnabledAdmin() {
        User ana = store.create("ana", "hash-a", Role.ADMIN, T);
        User ben = store.create("ben", "hash-b", Role.ADMIN, T);
        store.addSession(new AccountStore.StoredSession("ana-1", ana, "c", T, T.plusSeconds(3600)));
        store.addSession(new AccountStore.StoredSession("ben-1", ben, "c", T, T.plusSeconds(3600)));

        assertThat(store.setEnabled("ben", false, T)).isEqualTo(AccountStore.Change.DONE);
        assertThat(store.find("ben").orElseThrow().user().enabled()).isFalse();
        assertThat(store.list()).extracting(User::username, User::enabled)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ana", true), org.assertj.core.groups.Tuple.tuple("ben", false));
        assertThat(store.findSession("ben-1")).isEmpty();
        assertThat(store.findSession("ana-1")).isPresent();
        assertThat(store.setEnabled("ana", false, T)).as("ben, disabled, is no admin to fall back on")
                .isEqualTo(AccountStore.Change.LAST_ADMIN);
        assertThat(store.setRole("ana", Role.EDITOR)).isEqualTo(AccountStore.Change.LAST_ADMIN);
        assertThat(store.setEnabled("ben", true, T)).isEqualTo(AccountStore.Change.DONE);
        assertThat(store.find("ben").orElseThrow().user().enabled()).isTrue();
        assertThat(store.setEnabled("ana", false, T)).isEqualTo(AccountStore.Change.DONE);
        assertThat(store.setEnabled("nobody", false, T)).isEqualTo(AccountStore.Change.NOT_FOUND);
    }

    @Test
    void aNewPasswordHashEndsTheSessions() {
        User zoe = store.create("zoe", "hash-z", Role.EDITOR, T);
        store.addSession(new AccountStore.StoredSession("zoe-1", zoe, "c", T, T.plusSeconds(3600)));

        assertThat(store.setPasswordHash("zoe", "hash-new", T)).isEqualTo(AccountStore.Change.DONE);
        assertThat(store.find("zoe").orElseThrow().passwordHash()).isEqualTo("hash-new");
        assertThat(store.findSession("zoe-1")).isEmpty();
        assertThat(store.setPasswordHash("nobody", "x", T)).isEqualTo(AccountStore.Change.NOT_FOUND);
    }

    @Test
    void endingAUsersSessionsLeavesTheOthers() {
        User zoe = store.create("zoe", "hash-z", Role.EDITOR, T);
        User adam = store.create("adam", "hash-a", Role.VIEWER, T);
        store.addSession(new AccountStore.StoredSession("zoe-1", zoe, "c", T, T.plusSeconds(3600)));
        store.addSession(new AccountStore.StoredSession("zoe-2", zoe, "c", T, T.plusSeconds(3600)));
        store.addSession(new AccountStore.StoredSession("adam-1", adam, "c", T, T.plusSeconds(3600)));

        assertThat(store.deleteSessions("ZOE")).isEqualTo(2);
        assertThat(store.findSession("zoe-1")).isEmpty();
        assertThat(store.findSession("zoe-2")).isEmpty();
        assertThat(store.findSession("adam-1")).isPresent();
        assertThat(store.deleteSessions("zoe")).isZero();
        assertThat(store.deleteSessions("nobody")).isZero();
    }
}
