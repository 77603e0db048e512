package org.photodesk.desk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after {@code maxFailures} failed logins within {@code window} for one user name from one
 * address, or four times as many from one address for any names, further attempts from there are refused until the
 * oldest failure leaves the window. Counting by address and name together means a stranger's guesses cannot lock a
 * colleague out, and one person's typos do not lock out the newsroom behind the same address.
 */
public final class LoginLimiter {

    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public LoginLimiter(int maxFailures, Duration window, Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
    }

    /** Whether a login for {@code username} from {@code ip} is refused for now. */
    public boolean blocked(String ip, String username) {
        return tooMany(pair(ip, username), maxFailures) || tooMany("ip:" + ip, 4 * maxFailures);
    }

    /** Counts one failed login. */
    public void failed(String ip, String username) {
        add(pair(ip, username));
        add("ip:" + ip);
    }

    /** Forgets the failures of {@code username} from {@code ip} after a successful login. */
    public void succeeded(String ip, String username) {
        failures.remove(pair(ip, username));
    }

    /** The key of one name from one address; names are cut to 100 characters, so keys stay small. */
    private static String pair(String ip, String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return "pair:" + ip + "|" + (name.length() > 100 ? name.substring(0, 100) : name);
    }

    private boolean tooMany(String key, int max) {
        Deque<Instant> q = failures.get(key);
        if (q == null) {
            return false;
        }
        synchronized (q) {
            prune(q);
            if (q.isEmpty()) {
                failures.remove(key, q);
            }
            return q.size() >= max;
        }
    }

    private void add(String key) {
        Deque<Instant> q = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (q) {
            prune(q);
            q.addLast(clock.instant());
        }
    }

    private void prune(Deque<Instant> q) {
        Instant oldest = clock.instant().minus(window);
        while (!q.isEmpty() && !q.peekFirst().isAfter(oldest)) {
            q.removeFirst();
        }
    }
}
