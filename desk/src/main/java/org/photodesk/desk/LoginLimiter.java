package org.photodesk.desk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Slows password guessing with three limits on failed logins.
 *
 * <ul>
 *   <li>Per name and address: after {@code perPair} failures within {@code window} for one user name from one
 *       address, that name is refused from there until the oldest failure leaves the window. A stranger's guesses
 *       cannot lock a colleague out, and one person's typos do not lock out the newsroom behind the same address.
 *   <li>Per address: {@code perAddress} failures within {@code window} for any names refuse every name from there.
 *   <li>Per user, across addresses: {@code perUser} failures within {@code userWindow} for one name, from however many
 *       addresses, lock that name for {@code userLock}, a fixed time that attempts during the lock do not extend. So
 *       spreading guesses over many addresses buys no more than {@code perUser} guesses per {@code userLock}. The
 *       lock spares the addresses the user logged in from before (the last few, for 30 days, kept in memory): a
 *       stranger cannot lock a colleague out of their usual desk, and once the lock ends the right password works
 *       from any address that has not failed.
 * </ul>
 *
 * <p>The trade-off (docs/security.md): a stranger who keeps guessing can keep a name locked for new addresses (a
 * colleague travelling waits out {@code userLock}, or an admin helps); the audit log names the addresses the guesses
 * came from. Behind a reverse proxy every client has the proxy's address, and the per-address limits then hold for
 * everyone at once.
 */
public final class LoginLimiter {

    /**
     * The limits: failures per name and address and per address within {@code window}; failures per name from any
     * address within {@code userWindow}, and how long they lock the name.
     */
    public record Limits(int perPair, int perAddress, Duration window, int perUser, Duration userWindow,
            Duration userLock) {

        /**
         * {@code maxFailures} per name and address and four times as many per address within {@code window}; four
         * times as many per name from any address within 15 windows lock the name for 15 windows (with the defaults:
         * 5 and 20 a minute, and 20 in 15 minutes lock for 15 minutes).
         */
        public static Limits of(int maxFailures, Duration window) {
            return new Limits(maxFailures, 4 * maxFailures, window, 4 * maxFailures, window.multipliedBy(15),
                    window.multipliedBy(15));
        }
    }

    /** What holds a login back, if anything. */
    public enum Hold {
        NONE, PAIR, ADDRESS, USER
    }

    private static final Duration KNOWN_FOR = Duration.ofDays(30);
    private static final int KNOWN_PER_USER = 8;
    private static final int SWEEP_EVERY = 1024;

    private final Limits limits;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> userFailures = new ConcurrentHashMap<>();
    private final Map<String, Instant> lockedUntil = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Instant>> knownAddresses = new ConcurrentHashMap<>();
    private final AtomicInteger untilSweep = new AtomicInteger(SWEEP_EVERY);

    public LoginLimiter(int maxFailures, Duration window, Clock clock) {
        this(Limits.of(maxFailures, window), clock);
    }

    public LoginLimiter(Limits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    public Limits limits() {
        return limits;
    }

    /** Whether a login for {@code username} from {@code ip} is refused for now. */
    public boolean blocked(String ip, String username) {
        return hold(ip, username) != Hold.NONE;
    }

    /** What refuses a login for {@code username} from {@code ip} for now; {@link Hold#NONE} when nothing does. */
    public Hold hold(String ip, String username) {
        String name = name(username);
        if (tooMany(failures, pair(ip, name), limits.perPair(), limits.window())) {
            return Hold.PAIR;
        }
        if (tooMany(failures, "ip:" + ip, limits.perAddress(), limits.window())) {
            return Hold.ADDRESS;
        }
        return locked(name) && !known(name, ip) ? Hold.USER : Hold.NONE;
    }

    /**
     * Counts one failed login; returns the hold this failure has just started for the name and address, or
     * {@link Hold#NONE} when it started none.
     */
    public Hold failed(String ip, String username) {
        String name = name(username);
        Hold before = hold(ip, username);
        add(failures, pair(ip, name), limits.window());
        add(failures, "ip:" + ip, limits.window());
        if (!locked(name) && add(userFailures, name, limits.userWindow()) >= limits.perUser()) {
            lockedUntil.put(name, clock.instant().plus(limits.userLock()));
            userFailures.remove(name);
        }
        if (untilSweep.decrementAndGet() <= 0) {
            sweep();
        }
        Hold after = hold(ip, username);
        return after == before ? Hold.NONE : after;
    }

    /** Forgets the failures of {@code username} from {@code ip} after a successful login, and remembers the address. */
    public void succeeded(String ip, String username) {
        String name = name(username);
        failures.remove(pair(ip, name));
        Map<String, Instant> known = knownAddresses.computeIfAbsent(name, k -> new LinkedHashMap<>(16, 0.75f, true));
        synchronized (known) {
            known.put(ip, clock.instant());
            while (known.size() > KNOWN_PER_USER) {
                known.remove(known.keySet().iterator().next());
            }
        }
    }

    /** When the lock of {@code username} across addresses ends, if it is locked. */
    public java.util.Optional<Instant> lockedUntil(String username) {
        String name = name(username);
        return locked(name) ? java.util.Optional.ofNullable(lockedUntil.get(name)) : java.util.Optional.empty();
    }

    private boolean locked(String name) {
        Instant until = lockedUntil.get(name);
        if (until == null) {
            return false;
        }
        if (!clock.instant().isBefore(until)) {
            lockedUntil.remove(name, until);
            return false;
        }
        return true;
    }

    private boolean known(String name, String ip) {
        Map<String, Instant> known = knownAddresses.get(name);
        if (known == null) {
            return false;
        }
        synchronized (known) {
            Instant last = known.get(ip);
            return last != null && last.isAfter(clock.instant().minus(KNOWN_FOR));
        }
    }

    /** The name as counted: stripped, lower case, cut to 100 characters so that keys stay small. */
    private static String name(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return name.length() > 100 ? name.substring(0, 100) : name;
    }

    private static String pair(String ip, String name) {
        return "pair:" + ip + "|" + name;
    }

    private boolean tooMany(Map<String, Deque<Instant>> counts, String key, int max, Duration window) {
        Deque<Instant> q = counts.get(key);
        if (q == null) {
            return false;
        }
        synchronized (q) {
            prune(q, window);
            if (q.isEmpty()) {
                counts.remove(key, q);
            }
            return q.size() >= max;
        }
    }

    /** Adds a failure now under {@code key}; returns how many there are within {@code window}. */
    private int add(Map<String, Deque<Instant>> counts, String key, Duration window) {
        Deque<Instant> q = counts.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (q) {
            prune(q, window);
            q.addLast(clock.instant());
            return q.size();
        }
    }

    private void prune(Deque<Instant> q, Duration window) {
        Instant oldest = clock.instant().minus(window);
        while (!q.isEmpty() && !q.peekFirst().isAfter(oldest)) {
            q.removeFirst();
        }
    }

    /** Drops what has expired, so that guesses at many names from many addresses do not pile up in memory. */
    private void sweep() {
        untilSweep.set(SWEEP_EVERY);
        failures.keySet().forEach(k -> tooMany(failures, k, Integer.MAX_VALUE, limits.window()));
        userFailures.keySet().forEach(k -> tooMany(userFailures, k, Integer.MAX_VALUE, limits.userWindow()));
        lockedUntil.keySet().forEach(this::locked);
        Instant forgotten = clock.instant().minus(KNOWN_FOR);
        knownAddresses.values().forEach(m -> {
            synchronized (m) {
                m.values().removeIf(t -> !t.isAfter(forgotten));
            }
        });
        knownAddresses.values().removeIf(Map::isEmpty);
    }
}
