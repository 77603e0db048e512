package org.photodesk.core.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@link EventGrouper}'s groups kept up to date one source at a time: a source that arrives is compared only with
 * the sources of its blocks (the same IPTC Event; the days within one of its own; and among the undated, or among
 * all when it is undated itself, those sharing a venue, or two of a city, a name and a rare keyword, alike by
 * {@link NameIndex#similar}: less cannot score), with the grouper's own rule ({@link EventGrouper#links}), and joins
 * or merges their groups.
 *
 * <p>The groups are always those {@link EventGrouper#group} makes of the same sources, whatever their order: links
 * depend only on the two sources and on which keywords are rare among all of them. When a source changes which
 * keywords count as rare (a keyword shared by two or more sources crosses the limit), every group is linked again
 * from the kept signatures; that happens often in a small library and seldom in a large one. A source that leaves
 * (a photo whose caption changed) has its old group linked again among its remaining members.
 */
final class IncrementalGrouper {

    /** The prefix of the keys groups have while {@link #relink} makes them; no kept key starts with it. */
    private static final String TEMPORARY = "\u0000";
    private static final String VENUE = "v\u0001";
    private static final String CITY = "c\u0001";
    private static final String NAME = "n\u0001";
    private static final String KEYWORD = "k\u0001";

    private final Map<String, EventGrouper.Signature> sigs = new HashMap<>();
    private final Map<String, Integer> df = new HashMap<>();
    private final Map<Integer, Integer> keywordsWithDf = new HashMap<>();
    private final Map<String, String> groupOf = new HashMap<>();
    private final Map<String, Set<String>> members = new HashMap<>();
    private final Map<String, Set<String>> byEvent = new HashMap<>();
    private final Map<Long, Set<String>> byDay = new HashMap<>();
    private final Set<String> undated = new HashSet<>();
    /** Sources by venue, city, name and keyword key (kind-prefixed), and the same for the undated ones. */
    private final Map<String, Set<String>> postings = new HashMap<>();
    private final Map<String, Set<String>> undatedPostings = new HashMap<>();
    /** Each distinct venue, city and name key with the keys of its kind it is equal or similar to. */
    private final Map<String, Set<String>> similarKeys = new HashMap<>();
    private final Map<String, Set<String>> distinctKeys = new HashMap<>();
    private final Set<String> changed = new LinkedHashSet<>();
    private int relinks;

    /** How many sources are kept. */
    int size() {
        return sigs.size();
    }

    /** How many times every group was linked again (keywords crossed the rare limit). */
    int relinks() {
        return relinks;
    }

    /** The signature kept for {@code memberId}, or null. */
    EventGrouper.Signature signature(String memberId) {
        return sigs.get(memberId);
    }

    /** The group of {@code memberId}, or null. */
    String groupOf(String memberId) {
        return groupOf.get(memberId);
    }

    /** Every group by key, with its members. */
    Map<String, Set<String>> groups() {
        return members;
    }

    /** The members whose group changed since the last call (added, moved, merged, split). */
    Set<String> drainChanged() {
        Set<String> out = new LinkedHashSet<>(changed);
        changed.clear();
        return out;
    }

    /** Keeps {@code s} in group {@code group} as a writer decided, without linking it (a stored row read back). */
    void load(EventGrouper.Signature s, String group) {
        forget(s.memberId());
        counting(s.keywords(), EventGrouper.rareLimit(sigs.size()), +1);
        index(s);
        assign(s.memberId(), group);
    }

    /** Adds or replaces {@code s} and links it; the groups are then those of the batch grouping. */
    void put(EventGrouper.Signature s) {
        EventGrouper.Signature old = sigs.get(s.memberId());
        if (s.equals(old)) {
            return;
        }
        if (old != null) {
            remove(s.memberId());
        }
        int rare0 = EventGrouper.rareLimit(sigs.size());
        boolean flip = counting(s.keywords(), rare0, +1);
        index(s);
        if (flip || newlyRare(rare0, EventGrouper.rareLimit(sigs.size()))) {
            relinkAll();
            return;
        }
        assign(s.memberId(), freshKey(s.memberId()));
        link(s, sigs.keySet());
    }

    /** Adds or replaces {@code s} alone in a group of its own; call {@link #relinkAll} after a batch of these. */
    void putUnlinked(EventGrouper.Signature s) {
        forget(s.memberId());
        counting(s.keywords(), EventGrouper.rareLimit(sigs.size()), +1);
        index(s);
        assign(s.memberId(), freshKey(s.memberId()));
    }

    /** Takes {@code id} out with its keyword counts, without linking anything again. */
    private void forget(String id) {
        EventGrouper.Signature old = sigs.get(id);
        if (old != null) {
            counting(old.keywords(), EventGrouper.rareLimit(sigs.size()), -1);
            leave(id);
        }
    }

    /** Takes {@code memberId} out; its group is linked again among the members left. */
    void remove(String memberId) {
        EventGrouper.Signature s = sigs.get(memberId);
        if (s == null) {
            return;
        }
        int rare0 = EventGrouper.rareLimit(sigs.size());
        boolean flip = counting(s.keywords(), rare0, -1);
        String group = groupOf.get(memberId);
        leave(memberId);
        if (flip || newlyCommon(EventGrouper.rareLimit(sigs.size()), rare0)) {
            relinkAll();
        } else if (members.containsKey(group)) {
            relink(new ArrayList<>(members.get(group)));
        }
    }

    /** Links every kept source again from the kept signatures, as the batch grouping does. */
    void relinkAll() {
        relinks++;
        relink(new ArrayList<>(sigs.keySet()));
    }

    // ---- linking ----

    /** Links {@code s} with the candidates of its block among {@code among}, merging groups it links. */
    private void link(EventGrouper.Signature s, Set<String> among) {
        int rare = EventGrouper.rareLimit(sigs.size());
        if (s.iptcEvent() != null) {
            for (String other : byEvent.getOrDefault(s.iptcEvent(), Set.of())) {
                if (among.contains(other) && !other.equals(s.memberId())) {
                    union(s.memberId(), other);
                    break;
                }
            }
        }
        for (String other : candidates(s)) {
            if (other.equals(s.memberId()) || !among.contains(other)) {
                continue;
            }
            EventGrouper.Signature b = sigs.get(other);
            if (s.iptcEvent() != null && b.iptcEvent() != null
                    || groupOf.get(other).equals(groupOf.get(s.memberId()))) {
                continue;
            }
            if (EventGrouper.links(s, b, df, rare)) {
                union(s.memberId(), other);
            }
        }
    }

    /**
     * The sources {@code s} may link with: those of the days within one of its own, and of the undated (every source
     * when {@code s} is undated itself) those it shares enough with to score: a venue alike, or two of a city alike,
     * a name alike and a rare keyword ({@link EventGrouper#links} needs a score of 2, and each of those counts at
     * most its hits). Alike is {@link NameIndex#similar} or equal, asked of the distinct keys once each.
     */
    private Collection<String> candidates(EventGrouper.Signature s) {
        boolean dated = !s.days().isEmpty();
        Map<String, Set<String>> from = dated ? undatedPostings : postings;
        Set<String> out = new HashSet<>();
        if (dated) {
            for (LocalDate d : s.days()) {
                for (long day = d.toEpochDay() - 1; day <= d.toEpochDay() + 1; day++) {
                    out.addAll(byDay.getOrDefault(day, Set.of()));
                }
            }
        }
        for (String v : s.venues()) {
            alike(VENUE + v).forEach(k -> out.addAll(from.getOrDefault(k, Set.of())));
        }
        Map<String, Integer> hits = new HashMap<>();
        Set<String> cities = new HashSet<>();
        s.cities().forEach(c -> alike(CITY + c).forEach(k -> cities.addAll(from.getOrDefault(k, Set.of()))));
        cities.forEach(b -> hits.merge(b, 1, Integer::sum));
        for (String n : s.names()) {
            Set<String> named = new HashSet<>();
            alike(NAME + n).forEach(k -> named.addAll(from.getOrDefault(k, Set.of())));
            named.forEach(b -> hits.merge(b, 1, Integer::sum));
        }
        int rare = EventGrouper.rareLimit(sigs.size());
        for (String k : s.keywords()) {
            if (df.getOrDefault(k, 0) <= rare) {
                from.getOrDefault(KEYWORD + k, Set.of()).forEach(b -> hits.merge(b, 1, Integer::sum));
            }
        }
        hits.forEach((b, h) -> {
            if (h >= 2) {
                out.add(b);
            }
        });
        return out;
    }

    /** The distinct keys of {@code key}'s kind that are equal or similar to it, itself included. */
    private Set<String> alike(String key) {
        return similarKeys.getOrDefault(key, Set.of(key));
    }

    /** The keys (kind-prefixed) a source is found by in the postings. */
    private static List<String> keys(EventGrouper.Signature s) {
        List<String> out = new ArrayList<>();
        s.venues().forEach(v -> out.add(VENUE + v));
        s.cities().forEach(c -> out.add(CITY + c));
        s.names().forEach(n -> out.add(NAME + n));
        s.keywords().forEach(k -> out.add(KEYWORD + k));
        return out;
    }

    /** Records a venue, city or name key not seen before with the distinct keys of its kind it is similar to. */
    private void learn(String key) {
        if (key.startsWith(KEYWORD) || similarKeys.containsKey(key)) {
            return;
        }
        String kind = key.substring(0, 2);
        String text = key.substring(2);
        Set<String> mine = new HashSet<>();
        mine.add(key);
        Set<String> ofKind = distinctKeys.computeIfAbsent(kind, k -> new HashSet<>());
        for (String other : ofKind) {
            String t = other.substring(2);
            if (NameIndex.similar(text, t) || NameIndex.similar(t, text)) {
                mine.add(other);
                similarKeys.get(other).add(key);
            }
        }
        ofKind.add(key);
        similarKeys.put(key, mine);
    }

    /** Splits {@code ids} into singletons and links them among themselves again, keeping group keys where it can. */
    private void relink(List<String> ids) {
        Set<String> changedBefore = new LinkedHashSet<>(changed);
        Map<String, String> before = new HashMap<>();
        ids.forEach(id -> before.put(id, groupOf.get(id)));
        ids.forEach(this::unassign);
        ids.sort(null);
        ids.forEach(id -> assign(id, TEMPORARY + id));
        Set<String> among = new HashSet<>(ids);
        ids.forEach(id -> link(sigs.get(id), among));
        rekey(ids, before);
        changed.clear();
        changed.addAll(changedBefore);
        before.forEach((id, old) -> {
            if (!groupOf.get(id).equals(old)) {
                changed.add(id);
            }
        });
    }

    /** Gives each group made by {@link #relink} the key its first member's group had before, when still free. */
    private void rekey(List<String> ids, Map<String, String> before) {
        Map<String, List<String>> made = new TreeMap<>();
        ids.forEach(id -> made.computeIfAbsent(groupOf.get(id), k -> new ArrayList<>()).add(id));
        Set<String> taken = new HashSet<>(members.keySet());
        taken.removeAll(made.keySet());
        Map<String, String> keyOf = new HashMap<>();
        for (Map.Entry<String, List<String>> g : made.entrySet()) {
            String first = g.getValue().getFirst();
            String old = before.get(first);
            keyOf.put(g.getKey(), old != null && taken.add(old) ? old : fresh(first, taken));
        }
        Map<String, String> now = new HashMap<>();
        ids.forEach(id -> now.put(id, groupOf.get(id)));
        ids.forEach(this::unassign);
        ids.forEach(id -> assign(id, keyOf.get(now.get(id))));
    }

    /** {@code base}, or {@code base} with primes, whichever no group has. */
    private String freshKey(String base) {
        String key = base;
        while (members.containsKey(key)) {
            key = key + "'";
        }
        return key;
    }

    /** {@code base}, or {@code base} with primes, whichever no group has; taken from then on. */
    private static String fresh(String base, Set<String> taken) {
        String key = base;
        while (!taken.add(key)) {
            key = key + "'";
        }
        return key;
    }

    /** Joins the groups of {@code a} and {@code b}; the larger keeps its key. */
    private void union(String a, String b) {
        String ga = groupOf.get(a);
        String gb = groupOf.get(b);
        if (ga.equals(gb)) {
            return;
        }
        String keep = members.get(ga).size() >= members.get(gb).size() ? ga : gb;
        String gone = keep.equals(ga) ? gb : ga;
        for (String m : new ArrayList<>(members.get(gone))) {
            unassign(m);
            assign(m, keep);
            changed.add(m);
        }
    }

    private void assign(String id, String group) {
        groupOf.put(id, group);
        members.computeIfAbsent(group, k -> new TreeSet<>()).add(id);
        changed.add(id);
    }

    private void unassign(String id) {
        String g = groupOf.remove(id);
        if (g != null) {
            Set<String> ms = members.get(g);
            ms.remove(id);
            if (ms.isEmpty()) {
                members.remove(g);
            }
        }
    }

    // ---- the keyword limit ----

    /**
     * Counts {@code keywords} once more ({@code +1}) or once less ({@code -1}); true when one that two or more other
     * sources share changes between counting and not, which may change links between those sources.
     */
    private boolean counting(Set<String> keywords, int rare0, int step) {
        int rare1 = EventGrouper.rareLimit(sigs.size() + step);
        boolean flip = false;
        for (String k : keywords) {
            int before = df.getOrDefault(k, 0);
            int after = before + step;
            move(before, after);
            if (after == 0) {
                df.remove(k);
            } else {
                df.put(k, after);
            }
            int others = step > 0 ? before : after;
            flip |= others >= 2 && (before <= rare0) != (after <= rare1);
        }
        return flip;
    }

    private void move(int from, int to) {
        if (from > 0) {
            keywordsWithDf.merge(from, -1, Integer::sum);
        }
        if (to > 0) {
            keywordsWithDf.merge(to, 1, Integer::sum);
        }
    }

    /** Whether a keyword became rare because the limit rose from {@code rare0} to {@code rare1}. */
    private boolean newlyRare(int rare0, int rare1) {
        for (int d = rare0 + 1; d <= rare1; d++) {
            if (keywordsWithDf.getOrDefault(d, 0) > 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether a keyword stopped being rare because the limit fell to {@code rare1} from {@code rare0}. */
    private boolean newlyCommon(int rare1, int rare0) {
        return newlyRare(rare1, rare0);
    }

    // ---- indexes ----

    private static void unpost(Map<String, Set<String>> postings, String key, String id) {
        Set<String> ids = postings.get(key);
        if (ids != null) {
            ids.remove(id);
            if (ids.isEmpty()) {
                postings.remove(key);
            }
        }
    }

    private void index(EventGrouper.Signature s) {
        sigs.put(s.memberId(), s);
        if (s.iptcEvent() != null) {
            byEvent.computeIfAbsent(s.iptcEvent(), k -> new HashSet<>()).add(s.memberId());
        }
        if (s.days().isEmpty()) {
            undated.add(s.memberId());
        }
        s.days().forEach(d -> byDay.computeIfAbsent(d.toEpochDay(), k -> new HashSet<>()).add(s.memberId()));
        for (String k : keys(s)) {
            learn(k);
            postings.computeIfAbsent(k, x -> new HashSet<>()).add(s.memberId());
            if (s.days().isEmpty()) {
                undatedPostings.computeIfAbsent(k, x -> new HashSet<>()).add(s.memberId());
            }
        }
    }

    /** Takes {@code id} out of the indexes and its group, without touching the keyword counts. */
    private void leave(String id) {
        EventGrouper.Signature s = sigs.remove(id);
        if (s.iptcEvent() != null) {
            byEvent.get(s.iptcEvent()).remove(id);
        }
        undated.remove(id);
        s.days().forEach(d -> byDay.get(d.toEpochDay()).remove(id));
        for (String k : keys(s)) {
            unpost(postings, k, id);
            unpost(undatedPostings, k, id);
        }
        unassign(id);
    }
}
