package org.photodesk.core.event;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The kept membership rows of {@link EventMembership}, and the groups they make, kept up to date one row at a time:
 * each group knows its members, its anchor (the member that came in first) and its fingerprint, so that listing the
 * groups after a burst costs the groups that changed, not every member of the library.
 *
 * <p>Not thread-safe: {@link EventMembership} guards it. The {@link KeptGroup} values it hands out are immutable.
 */
final class KeptGroups {

    /** Members by id. */
    private final Map<String, EventMember> rows = new HashMap<>();
    /** Groups by key. */
    private final Map<String, Group> groups = new HashMap<>();

    /** One group of linked sources as of one moment: its members sorted by id, its anchor and fingerprint. */
    record KeptGroup(String key, List<EventMember> members, String anchor, Instant anchorAdded, String fingerprint,
            int articles) {

        int photos() {
            return members.size() - articles;
        }
    }

    EventMember get(String memberId) {
        return rows.get(memberId);
    }

    boolean containsKey(String memberId) {
        return rows.containsKey(memberId);
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    int size() {
        return rows.size();
    }

    Collection<EventMember> values() {
        return rows.values();
    }

    /** Keeps {@code row}, moving it out of the group it was in. */
    void put(EventMember row) {
        EventMember was = rows.put(row.memberId(), row);
        if (was != null) {
            Group old = groups.get(was.group());
            old.remove(was);
            if (old.members.isEmpty()) {
                groups.remove(was.group());
            }
        }
        groups.computeIfAbsent(row.group(), Group::new).add(row);
    }

    void clear() {
        rows.clear();
        groups.clear();
    }

    /** Every group as it is now; only the groups changed since the last call are copied. */
    List<KeptGroup> groups() {
        List<KeptGroup> out = new ArrayList<>(groups.size());
        groups.values().forEach(g -> out.add(g.snapshot()));
        return out;
    }

    /** The group with key {@code key}, if it has members. */
    Optional<KeptGroup> group(String key) {
        return Optional.ofNullable(groups.get(key)).map(Group::snapshot);
    }

    /**
     * What a group's summary depends on: its members and when each was last written, as a count and two order-free
     * 64-bit sums of each member's mixed hash, so that adding or removing a member changes it in constant time. Made
     * here from scratch: the definition that each group's running sums keep (and its test checks).
     */
    static String fingerprint(List<EventMember> members) {
        long sum = 0;
        long xor = 0;
        for (EventMember m : members) {
            long h = hash(m);
            sum += h;
            xor ^= spread(h);
        }
        return fingerprint(members.size(), sum, xor);
    }

    private static String fingerprint(int size, long sum, long xor) {
        return size + "-" + Long.toHexString(sum) + "-" + Long.toHexString(xor);
    }

    private static long hash(EventMember m) {
        return mix(m.memberId().hashCode() * 0x9E3779B97F4A7C15L + m.changed());
    }

    private static long spread(long h) {
        return Long.rotateLeft(h, 17) * 0xC2B2AE3D27D4EB4FL;
    }

    /** The finaliser of MurmurHash3: every input bit moves about half the output bits. */
    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return z ^ (z >>> 33);
    }

    /** The member that came into the library first; ties go to the smaller member id. */
    static final Comparator<EventMember> ARRIVAL = Comparator.comparing(EventMember::addedAt)
            .thenComparing(EventMember::memberId);

    static boolean isArticle(EventMember m) {
        return !m.memberId().startsWith("photo:");
    }

    /** A group being kept: its members and running sums; its snapshot made again only after it changed. */
    private static final class Group {
        private final String key;
        private final Map<String, EventMember> members = new HashMap<>();
        private long sum;
        private long xor;
        private int articles;
        /** The earliest member, or null when it must be found again (the anchor left). */
        private EventMember anchor;
        private KeptGroup snapshot;

        Group(String key) {
            this.key = key;
        }

        void add(EventMember m) {
            members.put(m.memberId(), m);
            long h = hash(m);
            sum += h;
            xor ^= spread(h);
            articles += isArticle(m) ? 1 : 0;
            if (members.size() == 1 || anchor != null && ARRIVAL.compare(m, anchor) < 0) {
                anchor = m;
            }
            snapshot = null;
        }

        void remove(EventMember m) {
            members.remove(m.memberId());
            long h = hash(m);
            sum -= h;
            xor ^= spread(h);
            articles -= isArticle(m) ? 1 : 0;
            if (anchor != null && anchor.memberId().equals(m.memberId())) {
                anchor = null;
            }
            snapshot = null;
        }

        KeptGroup snapshot() {
            if (snapshot == null) {
                List<EventMember> sorted = new ArrayList<>(members.values());
                sorted.sort(Comparator.comparing(EventMember::memberId));
                if (anchor == null) {
                    anchor = sorted.stream().min(ARRIVAL).orElseThrow();
                }
                snapshot = new KeptGroup(key, List.copyOf(sorted), anchor.memberId(), anchor.addedAt(),
                        fingerprint(sorted.size(), sum, xor), articles);
            }
            return snapshot;
        }
    }
}
