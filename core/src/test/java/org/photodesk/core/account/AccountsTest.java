package org.photodesk.core.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.photodesk.core.audit.AuditLog;
import org.photodesk.core.testing.InMemoryAccountStore;
import org.photodesk.core.testing.InMemoryAuditLog;
import org.photodesk.core.testing.SettableClock;

class AccountsTest {

    private static final String PW = "correct horse battery";
    private final SettableClock clock = new SettableClock(Instant.parse("2024-08-11T08:00:00Z"));
    private final Accounts accounts = new Accounts(new InMemoryAccountStore(), clock);
    private final InMemoryAuditLog audit = new InMemoryAuditLog(clock);
    private final AccountAdmin admin = new AccountAdmin(accounts, audit);

    @Test
    void aFirstAdminPasswordGivenIsNeverHandedBackToBeShown() {
        assertThat(accounts.ensureAdmin("from the environment")).isEmpty();
        assertThat(accounts.verify("admin", "from the environment")).isPresent();
        assertThat(accounts.ensureAdmin("another one")).isEmpty();
    }

    @Test
    void aRandomFirstAdminPasswordIsHandedBackOnce() {
        String shown = accounts.ensureAdmin(" ").orElseThrow();

        assertThat(shown).hasSizeGreaterThanOrEqualTo(16);
        assertThat(accounts.verify("admin", shown)).isPresent();
        assertThat(accounts.ensureAdmin(null)).isEmpty();
    }

    @Test
    void aCheckSaysWhyALoginIsRefused() {
        accounts.create("maria", PW, Role.EDITOR);

        assertThat(accounts.check("nobody", PW)).isEqualTo(new Accounts.Verdict.Refused(Accounts.Refusal.UNKNOWN_USER));
        assertThat(accounts.check("maria", "wrong password")).isEqualTo(new Accounts.Verdict.Refused(Accounts.Refusal.WRONG_PASSWORD));
        assertThat(accounts.check(" Maria ", PW)).isInstanceOf(Accounts.Verdict.Accepted.class);
        accounts.disable("maria");
        assertThat(accounts.check("maria", PW)).isEqualTo(new Accounts.Verdict.Refused(Accounts.Refusal.DISABLED));
        assertThat(accounts.check("maria", "wrong password")).as("disabled is only told to who knows the password")
                .isEqualTo(new Accounts.Verdict.Refused(Accounts.Refusal.WRONG_PASSWORD));
        assertThat(accounts.verify("maria", PW)).isEmpty();
    }

    @Test
    void disablingEndsTheSessionsAndEnablingLetsTheUserBackIn() {
        User maria = accounts.create("maria", PW, Role.EDITOR);
        Accounts.Session s = accounts.startSession(maria);

        admin.disable("ana", "maria");

        assertThat(accounts.findSession(s.token())).isEmpty();
        assertThat(accounts.find("maria").orElseThrow().enabled()).isFalse();
        admin.enable("ana", "maria");
        assertThat(accounts.verify("maria", PW)).isPresent();
        assertThat(audit.recent("user/maria", 10)).extracting(AuditLog.Entry::action, AuditLog.Entry::username)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("user.enable", "ana"),
                        org.assertj.core.groups.Tuple.tuple("user.disable", "ana"));
    }

    @Test
    void aPasswordResetEndsTheSessionsAndIsAuditedWithoutThePassword() {
        User maria = accounts.create("maria", PW, Role.EDITOR);
        Accounts.Session s = accounts.startSession(maria);

        admin.resetPassword("ana", "maria", "a brand new secret");

        assertThat(accounts.findSession(s.token())).isEmpty();
        assertThat(accounts.verify("maria", PW)).isEmpty();
        assertThat(accounts.verify("maria", "a brand new secret")).isPresent();
        assertThat(audit.recent(null, 10)).allSatisfy(e -> assertThat(String.join("|", String.valueOf(e.before()),
                String.valueOf(e.after()))).doesNotContain("brand new"));
        assertThatThrownBy(() -> admin.resetPassword("ana", "maria", "short")).isInstanceOf(AccountException.class)
                .hasMessageContaining("at least 8");
    }

    @Test
    void endingSessionsLogsTheUserOutEverywhere() {
        User maria = accounts.create("maria", PW, Role.EDITOR);
        Accounts.Session one = accounts.startSession(maria);
        Accounts.Session two = accounts.startSession(maria);

        assertThat(admin.endSessions("ana", "maria")).isEqualTo(2);

        assertThat(accounts.findSession(one.token())).isEmpty();
        assertThat(accounts.findSession(two.token())).isEmpty();
        assertThat(audit.recent("user/maria", 1)).singleElement()
                .satisfies(e -> assertThat(e.after()).isEqualTo("2 ended"));
    }

    @Test
    void theLastEnabledAdminCanBeNeitherDisabledNorDemoted() {
        accounts.ensureAdmin(PW);
        accounts.create("ben", PW, Role.ADMIN);
        admin.disable("admin", "ben");

        assertThatThrownBy(() -> admin.disable("admin", "admin")).isInstanceOf(AccountException.class)
                .hasMessageContaining("last enabled admin")
                .satisfies(e -> assertThat(((AccountException) e).kind()).isEqualTo(AccountException.Kind.CONFLICT));
        assertThatThrownBy(() -> admin.setRole("admin", "admin", Role.EDITOR)).isInstanceOf(AccountException.class)
                .hasMessageContaining("Make another user admin first");
        assertThat(accounts.find("admin").orElseThrow().role()).isEqualTo(Role.ADMIN);
        admin.enable("admin", "ben");
        assertThat(admin.setRole("admin", "admin", Role.EDITOR).role()).isEqualTo(Role.EDITOR);
        assertThat(audit.recent("user/admin", 1)).singleElement().satisfies(e -> {
            assertThat(e.before()).isEqualTo("admin");
            assertThat(e.after()).isEqualTo("editor");
        });
    }

    @Test
    void changesToAnUnknownUserSayWhoIsMissing() {
        assertThatThrownBy(() -> admin.disable("ana", "nobody")).isInstanceOf(AccountException.class)
                .hasMessageContaining("no user 'nobody'")
                .satisfies(e -> assertThat(((AccountException) e).kind()).isEqualTo(AccountException.Kind.NOT_FOUND));
        assertThatThrownBy(() -> admin.endSessions("ana", "nobody")).isInstanceOf(AccountException.class);
    }
}
