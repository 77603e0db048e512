package org.photodesk.app.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after {@code maxFailures} failed logins within {@code window} from one address, or for
 * one user name, further attempts are refused until the oldest failure leaves the window.
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
        return tooMany("ip:" + ip) || tooMany("user:" + key(username));
    }

    /** Counts one failed login. */
    public void failed(String ip, String username) {
        add("ip:" + ip);
        add("user:" + key(username));
    }

    /** Forgets the failures of {@code username} after a successful login. */
    public void succeeded(String username) {
        failures.remove("user:" + key(username));
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private boolean tooMany(String key) {
        Deque<Instant> q = failures.get(key);
        if (q == null) {
            return false;
        }
        synchronized (q) {
            prune(q);
            return q.size() >= maxFailures;
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
