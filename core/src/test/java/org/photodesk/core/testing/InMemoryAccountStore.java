package org.photodesk.core.testing;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.photodesk.core.account.AccountStore;
import org.photodesk.core.account.Role;
import org.photodesk.core.account.User;

/** An {@link AccountStore} in memory, for tests of the domain: same contract, no durability. */
public final class InMemoryAccountStore implements AccountStore {

    private final Map<String, StoredAccount> accounts = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final Map<String, StoredSession> sessions = new HashMap<>();
    private long lastId;

    @Override
    public synchronized long count() {
        return accounts.size();
    }

    @Override
    public synchronized List<User> list() {
        return accounts.values().stream().map(StoredAccount::user).toList();
    }

    @Override
    public synchronized Optional<StoredAccount> find(String username) {
        return Optional.ofNullable(accounts.get(username));
    }

    @Override
    public synchronized User create(String username, String passwordHash, Role role, Instant at) {
        if (accounts.containsKey(username)) {
            throw new IllegalStateException("user name '" + username + "' is taken");
        }
        User user = new User(++lastId, username, role);
        accounts.put(username, new StoredAccount(user, passwordHash));
        return user;
    }

    @Override
    public synchronized Change setRole(String username, Role role) {
        StoredAccount a = accounts.get(username);
        if (a == null) {
            return Change.NOT_FOUND;
        }
        if (role != Role.ADMIN && isLastAdmin(a.user())) {
            return Change.LAST_ADMIN;
        }
        User u = a.user();
        put(new StoredAccount(new User(u.id(), u.username(), role, u.enabled()), a.passwordHash()));
        return Change.DONE;
    }

    @Override
    public synchronized Change setEnabled(String username, boolean enabled, Instant at) {
        StoredAccount a = accounts.get(username);
        if (a == null) {
            return Change.NOT_FOUND;
        }
        if (!enabled && isLastAdmin(a.user())) {
            return Change.LAST_ADMIN;
        }
        User u = a.user();
        put(new StoredAccount(new User(u.id(), u.username(), u.role(), enabled), a.passwordHash()));
        if (!enabled) {
            deleteSessions(username);
        }
        return Change.DONE;
    }

    @Override
    public synchronized Change setPasswordHash(String username, String passwordHash, Instant at) {
        StoredAccount a = accounts.get(username);
        if (a == null) {
            return Change.NOT_FOUND;
        }
        put(new StoredAccount(a.user(), passwordHash));
        deleteSessions(username);
        return Change.DONE;
    }

    @Override
    public synchronized int deleteSessions(String username) {
        StoredAccount a = accounts.get(username);
        if (a == null) {
            return 0;
        }
        int before = sessions.size();
        sessions.values().removeIf(s -> s.user().id() == a.user().id());
        return before - sessions.size();
    }

    @Override
    public synchronized void addSession(StoredSession session) {
        sessions.put(session.tokenHash(), session);
    }

    @Override
    public synchronized Optional<StoredSession> findSession(String tokenHash) {
        StoredSession s = sessions.get(tokenHash);
        if (s == null) {
            return Optional.empty();
        }
        User now = accounts.values().stream().map(StoredAccount::user).filter(u -> u.id() == s.user().id())
                .findFirst().orElse(null);
        return now == null ? Optional.empty()
                : Optional.of(new StoredSession(s.tokenHash(), now, s.csrfToken(), s.createdAt(), s.expiresAt()));
    }

    @Override
    public synchronized void deleteSession(String tokenHash) {
        sessions.remove(tokenHash);
    }

    private void put(StoredAccount a) {
        accounts.put(a.user().username(), a);
    }

    /** Whether {@code u} is an enabled admin and no other enabled admin exists. */
    private boolean isLastAdmin(User u) {
        return u.role() == Role.ADMIN && u.enabled() && accounts.values().stream().map(StoredAccount::user)
                .filter(x -> x.role() == Role.ADMIN && x.enabled()).count() == 1;
    }
}
