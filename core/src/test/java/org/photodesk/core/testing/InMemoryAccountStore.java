package org.photodesk.core.testing;

import java.time.Instant;
import java.util.Comparator;
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

    private final Map<String, StoredAccount> accounts = new TreeMap<>();
    private final Map<String, StoredSession> sessions = new HashMap<>();

    @Override
    public synchronized long count() {
        return accounts.size();
    }

    @Override
    public synchronized List<User> list() {
        return accounts.values().stream().map(StoredAccount::user).sorted(Comparator.comparing(User::username)).toList();
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
        User user = new User(accounts.size() + 1, username, role);
        accounts.put(username, new StoredAccount(user, passwordHash));
        return user;
    }

    @Override
    public synchronized void addSession(StoredSession session) {
        sessions.put(session.tokenHash(), session);
    }

    @Override
    public synchronized Optional<StoredSession> findSession(String tokenHash) {
        return Optional.ofNullable(sessions.get(tokenHash));
    }

    @Override
    public synchronized void deleteSession(String tokenHash) {
        sessions.remove(tokenHash);
    }
}
