package org.photodesk.core.event;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names in an event's sources: capitalised-word sequences, the roles a small lexicon gives them, and the
 * clusters of spellings that name the same person, group or place.
 *
 * <p>Spellings merge when they fold to the same letters (diacritics and case removed: "Angele", "Angèle"; "AIR",
 * "Air"), or when they differ by one or two edits in one word ("Phonenix", "Alaine Roche") and the frequency says
 * which is the typo: the kept spelling is named by more sources, or at least twice as often. Spellings never merge
 * when both appear in one sentence (two people) or when the text gives them roles that do not overlap.
 */
final class NameIndex {

    private static final Set<String> PARTICLES =
            Set.of("de", "du", "des", "do", "das", "la", "le", "van", "von", "der", "den", "di", "da", "del", "della", "dos");
    private static final Pattern AFTER_ROLE_NOUN = Pattern.compile(
            "^\\s*,\\s*(?:the |a |an |its |their )?((?:[\\p{L}'’\\-]+\\s+){0,3}?)(\\p{L}+)"
                    + "(?=\\s*(?:[,.;)]|$|\\s+(?:of|at|for|from|in|with|who|and|on)\\b))");
    private static final Pattern AFTER_VERB = Pattern.compile("^\\s*(?:,\\s*)?(?:who\\s+)?(\\p{Ll}+)\\b");
    private static final Pattern LIST_GAP = Pattern.compile(
            "^\\s*(?:,\\s*(?:and\\s+)?|\\s*and\\s+|\\s*&\\s*)((?:the\\s+)?(?:[\\p{L}&'’\\-]+\\s+){0,4}?)$");
    private static final Set<String> LIST_NOUNS = Set.of("performances", "performance", "appearances", "sets");

    /** A word of a sentence, with offsets in the sentence. */
    record Word(String text, int start, int end) {}

    /** One occurrence of a name. */
    record Mention(Unit unit, String surface, int start, int end, List<RoleFact> roles, String listCue,
            boolean thePlural, boolean titled, boolean fromMetadata) {}

    /** The spellings that name one person, group or place. */
    static final class Cluster {
        final List<Mention> mentions = new ArrayList<>();
        String canonical;
        NameKind kind = NameKind.UNKNOWN;
        /** Partial names were merged in: the spelling with the most words is the canonical one. */
        boolean fullest;

        Set<String> surfaces() {
            Set<String> out = new LinkedHashSet<>();
            mentions.forEach(m -> out.add(m.surface()));
            return out;
        }

        Set<String> sources() {
            Set<String> out = new java.util.TreeSet<>();
            mentions.forEach(m -> out.add(m.unit().sourceId()));
            return out;
        }

        List<RoleFact> roles() {
            return mentions.stream().flatMap(m -> m.roles().stream()).toList();
        }

        Set<Role> roleSet() {
            Set<Role> out = java.util.EnumSet.noneOf(Role.class);
            roles().forEach(r -> out.add(r.role()));
            return out;
        }

        boolean inMetadata() {
            return mentions.stream().anyMatch(Mention::fromMetadata);
        }
    }

    private final Corpus corpus;
    private final List<Cluster> clusters;

    NameIndex(Corpus corpus, Map<String, List<String>> metadataPeople) {
        this.corpus = corpus;
        List<Mention> mentions = new ArrayList<>();
        for (Unit u : corpus.units()) {
            mentions.addAll(propagateLists(u, find(u)));
        }
        for (Unit u : corpus.units()) {
            if (u.first() && u.photoKey() != null && u.photoKey().startsWith("photo:")) {
                for (String name : metadataPeople.getOrDefault(u.sourceId(), List.of())) {
                    mentions.add(new Mention(u, name.strip(), -1, -1, List.of(), null, false, false, true));
                }
            }
        }
        this.clusters = cluster(mentions);
    }

    List<Cluster> clusters() {
        return clusters;
    }

    /** The cluster one spelling belongs to. */
    Optional<Cluster> find(String spelling) {
        String key = fold(spelling);
        return clusters.stream().filter(c -> c.surfaces().stream().anyMatch(s -> fold(s).equals(key))).findFirst();
    }

    // ---- finding mentions -------------------------------------------------------------------------------------

    private List<Mention> find(Unit u) {
        String text = u.text();
        List<Word> words = words(text);
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            if (!isCap(words.get(i))) {
                i++;
                continue;
            }
            int k = i + 1;
            while (k < words.size() && whitespaceGap(text, words, k)) {
                if (isCap(words.get(k))) {
                    k++;
                } else if (PARTICLES.contains(words.get(k).text()) && k + 1 < words.size() && isCap(words.get(k + 1))
                        && whitespaceGap(text, words, k + 1)) {
                    k += 2;
                } else {
                    break;
                }
            }
            mention(u, words, i, k).ifPresent(out::add);
            i = k;
        }
        return out;
    }

    private Optional<Mention> mention(Unit u, List<Word> words, int from, int to) {
        String text = u.text();
        int s = from;
        String inCue = null;
        for (int j = to - 2; j >= from; j--) {
            if (Lexicon.roleNoun(words.get(j).text()).isPresent()) {
                inCue = words.get(j).text();
                s = j + 1;
                break;
            }
        }
        for (int j = to - 2; j >= s; j--) {
            String w = words.get(j).text();
            if (w.endsWith("'s") || w.endsWith("\u2019s")) {
                // "Britain's Kate", "Manchester City's Phil Foden": the owner is not part of the name
                s = j + 1;
                break;
            }
        }
        int e = to;
        while (s < e && isStripped(words, s)) {
            s++;
        }
        while (e > s && (isStop(words.get(e - 1).text()) || PARTICLES.contains(words.get(e - 1).text()))) {
            e--;
        }
        if (e <= s) {
            return Optional.empty();
        }
        String surface = text.substring(words.get(s).start(), words.get(e - 1).end()).replaceAll("['’]s$", "");
        if (surface.length() < 2 || surface.chars().allMatch(Character::isDigit)
                || e - s == 1 && Lexicon.roleNoun(surface).isPresent()) {
            return Optional.empty();
        }
        int start = words.get(s).start();
        int end = start + surface.length();
        List<RoleFact> roles = new ArrayList<>();
        String cue = inCue != null ? inCue : cueBefore(text, words, s).orElse(null);
        String listCue = null;
        if (cue != null) {
            roles.add(new RoleFact(Lexicon.roleNoun(cue).orElseThrow(), cue, u.ref()));
            if (Lexicon.isPluralRoleNoun(cue) || introducedList(words, s)) {
                listCue = cue;
            }
        } else {
            listCue = listNounBefore(words, s).orElse(null);
        }
        cueAfter(text.substring(end)).ifPresent(c -> roles.add(new RoleFact(roleOf(c), c, u.ref())));
        boolean the = s > 0 && words.get(s - 1).text().equalsIgnoreCase("the") && whitespaceGap(text, words, s);
        boolean plural = e - s >= 2 && surface.endsWith("s");
        boolean titled = Lexicon.TITLES.contains(words.get(s).text());
        return Optional.of(new Mention(u, surface, start, end, roles, listCue, the && plural, titled, false));
    }

    /** Leading words that are not part of a name: stop words, nationalities, a common word opening the sentence. */
    private boolean isStripped(List<Word> words, int i) {
        String w = words.get(i).text();
        String lower = w.toLowerCase(Locale.ROOT).replaceAll("['’]s$", "");
        if (Lexicon.STOP.contains(lower) || Lexicon.DEMONYMS.contains(lower)) {
            return true;
        }
        if (i == 0 && !Lexicon.TITLES.contains(w)) {
            return corpus.seenLowerCase(lower) || lower.endsWith("ly") || lower.endsWith("ing") && lower.length() >= 6;
        }
        return false;
    }

    private static boolean isStop(String w) {
        return Lexicon.STOP.contains(w.toLowerCase(Locale.ROOT));
    }

    private static Optional<String> cueBefore(String text, List<Word> words, int s) {
        if (s == 0) {
            return Optional.empty();
        }
        int p = s - 1;
        if (words.get(p).text().equalsIgnoreCase("the") && p > 0 && whitespaceGap(text, words, s)) {
            p--;
        }
        Word prev = words.get(p);
        String gap = text.substring(prev.end(), words.get(p + 1).start());
        if (gap.isBlank() || gap.strip().equals(",")) {
            if (Lexicon.roleNoun(prev.text()).isPresent()) {
                return Optional.of(prev.text());
            }
        }
        if (gap.isBlank() && introducedList(words, s)) {
            int back = prev.text().equals("as") ? s - 3 : s - 2;
            if (back >= 0 && Lexicon.roleNoun(words.get(back).text()).isPresent()) {
                return Optional.of(words.get(back).text());
            }
        }
        return Optional.empty();
    }

    private static boolean introducedList(List<Word> words, int s) {
        return s > 0 && Lexicon.LIST_INTRODUCERS.contains(words.get(s - 1).text().toLowerCase(Locale.ROOT));
    }

    /** "performances by A, B and C": a list of performers with no role noun. */
    private static Optional<String> listNounBefore(List<Word> words, int s) {
        if (s >= 2 && words.get(s - 1).text().equals("by")
                && LIST_NOUNS.contains(words.get(s - 2).text().toLowerCase(Locale.ROOT))) {
            return Optional.of(words.get(s - 2).text());
        }
        return Optional.empty();
    }

    private static Optional<String> cueAfter(String after) {
        Matcher noun = AFTER_ROLE_NOUN.matcher(after);
        if (noun.find() && Lexicon.roleNoun(noun.group(2)).isPresent()
                && noun.group(1).chars().noneMatch(Character::isUpperCase)) {
            return Optional.of(noun.group(2));
        }
        Matcher verb = AFTER_VERB.matcher(after);
        if (verb.find() && Lexicon.ROLE_VERBS.containsKey(verb.group(1))) {
            return Optional.of(verb.group(1));
        }
        return Optional.empty();
    }

    private static Role roleOf(String cue) {
        return Lexicon.roleNoun(cue).orElseGet(() -> Lexicon.ROLE_VERBS.getOrDefault(cue, Role.PERFORMER));
    }

    /** Gives the members of a list ("artists A, B, the C and D") the role of its head when they have none. */
    private static List<Mention> propagateLists(Unit u, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions);
        for (int k = 0; k < out.size(); k++) {
            String cue = out.get(k).listCue();
            for (int j = k + 1; cue != null && j < out.size(); j++) {
                Matcher gap = LIST_GAP.matcher(u.text().substring(out.get(j - 1).end(), out.get(j).start()));
                if (!gap.find() || !listWords(gap.group(1))) {
                    break;
                }
                Mention m = out.get(j);
                if (m.roles().isEmpty()) {
                    Role role = LIST_NOUNS.contains(cue.toLowerCase(Locale.ROOT)) ? Role.PERFORMER : roleOf(cue);
                    out.set(j, new Mention(m.unit(), m.surface(), m.start(), m.end(),
                            List.of(new RoleFact(role, cue, u.ref())), m.listCue(), m.thePlural(), m.titled(), false));
                }
            }
        }
        return out.stream().map(m -> m.roles().isEmpty() && m.listCue() != null
                && LIST_NOUNS.contains(m.listCue().toLowerCase(Locale.ROOT))
                        ? new Mention(m.unit(), m.surface(), m.start(), m.end(),
                                List.of(new RoleFact(Role.PERFORMER, m.listCue(), u.ref())), m.listCue(),
                                m.thePlural(), m.titled(), false)
                        : m).toList();
    }

    /** The words between two list items may only describe the next one ("Belgian singer", "the"). */
    private static boolean listWords(String between) {
        for (String w : between.strip().split("\\s+")) {
            String lower = w.toLowerCase(Locale.ROOT);
            boolean ok = w.isEmpty() || lower.equals("the") || w.contains("-") || w.contains("&")
                    || Lexicon.DEMONYMS.contains(lower) || Lexicon.roleNoun(lower).isPresent();
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /**
     * The words of {@code text} in one pass (no backtracking pattern, so a chain of thousands of hyphenated parts
     * costs its length): dotted acronyms ("U.S.A."), "Dr." and the like, and runs of letters and digits joined by
     * apostrophes, ampersands and hyphens ("Saint-Denis", "O'Neill").
     */
    static List<Word> words(String text) {
        List<Word> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            int acronym = acronymEnd(text, i);
            if (acronym > 0) {
                out.add(new Word(text.substring(i, acronym), i, acronym));
                i = acronym;
                continue;
            }
            int title = titleEnd(text, i);
            if (title > 0) {
                out.add(new Word(text.substring(i, title), i, title));
                i = title;
                continue;
            }
            if (!wordChar(c)) {
                i++;
                continue;
            }
            int e = i + 1;
            while (e < n) {
                if (wordChar(text.charAt(e))) {
                    e++;
                } else if (e + 1 < n && "'\u2019&-".indexOf(text.charAt(e)) >= 0 && wordChar(text.charAt(e + 1))) {
                    e += 2;
                } else {
                    break;
                }
            }
            out.add(new Word(text.substring(i, e), i, e));
            i = e;
        }
        return out;
    }

    private static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK || Character.getType(c) == Character.ENCLOSING_MARK;
    }

    /** The end of a dotted acronym of at least two letters at {@code i} ("U.S."), or -1. */
    private static int acronymEnd(String text, int i) {
        int e = i;
        int pairs = 0;
        while (e + 1 < text.length() && Character.isUpperCase(text.charAt(e)) && text.charAt(e + 1) == '.') {
            e += 2;
            pairs++;
        }
        return pairs >= 2 ? e : -1;
    }

    private static final String[] TITLE_ABBREVIATIONS = {"Dr", "Mr", "Mrs", "Ms", "St", "Jr", "Sr"};

    /** The end of "Dr.", "Mrs.", "St." and the like at {@code i}, or -1. */
    private static int titleEnd(String text, int i) {
        for (String t : TITLE_ABBREVIATIONS) {
            if (text.startsWith(t, i) && i + t.length() < text.length() && text.charAt(i + t.length()) == '.') {
                return i + t.length() + 1;
            }
        }
        return -1;
    }

    private static boolean whitespaceGap(String text, List<Word> words, int k) {
        return text.substring(words.get(k - 1).end(), words.get(k).start()).isBlank();
    }

    private static boolean isCap(Word w) {
        String t = w.text();
        if (Lexicon.TITLES.contains(t)) {
            return true;
        }
        if (!Character.isUpperCase(t.charAt(0))) {
            return false;
        }
        for (String part : t.split("-")) {
            if (part.isEmpty() || !Character.isUpperCase(part.charAt(0)) && !Character.isDigit(part.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    // ---- clustering -------------------------------------------------------------------------------------------

    private static List<Cluster> cluster(List<Mention> mentions) {
        Map<String, Cluster> byKey = new TreeMap<>();
        for (Mention m : mentions) {
            byKey.computeIfAbsent(fold(m.surface()), k -> new Cluster()).mentions.add(m);
        }
        List<Cluster> list = new ArrayList<>(byKey.values());
        list.sort(Comparator.comparingInt((Cluster c) -> -c.mentions.size()).thenComparing(c -> fold(first(c))));
        List<Cluster> merged = new ArrayList<>();
        for (Cluster c : list) {
            Optional<Cluster> into = merged.stream().filter(big -> mergeable(big, c)).findFirst();
            if (into.isPresent()) {
                into.get().mentions.addAll(c.mentions);
            } else {
                merged.add(c);
            }
        }
        merged = mergePartials(merged);
        merged.forEach(NameIndex::decide);
        merged.sort(Comparator.comparingInt((Cluster c) -> -c.mentions.size()).thenComparing(c -> c.canonical));
        return List.copyOf(merged);
    }

    /**
     * A one-word name merges into the one name that adds a regnal number to it ("Elizabeth" into "Elizabeth II"),
     * unless their roles clash; the numbered spelling is then the canonical one. A given name alone is not merged
     * into a full name: "Charles" may be a king or an earl.
     */
    private static List<Cluster> mergePartials(List<Cluster> clusters) {
        List<Cluster> multi = clusters.stream().filter(c -> fold(first(c)).indexOf(' ') > 0).toList();
        List<Cluster> out = new ArrayList<>();
        for (Cluster c : clusters) {
            String k = fold(first(c));
            if (k.indexOf(' ') >= 0 || k.length() < 3) {
                out.add(c);
                continue;
            }
            List<Cluster> candidates = multi.stream().filter(m -> endsOrStartsWith(fold(first(m)), k)).toList();
            if (candidates.isEmpty()) {
                // a surname on second reference ("Sunak") is the one full name ending with it ("Rishi Sunak")
                candidates = multi.stream().filter(m -> endsWithSurname(fold(first(m)), k))
                        .toList();
            }
            if (candidates.size() == 1 && !rolesClash(candidates.getFirst(), c)) {
                candidates.getFirst().mentions.addAll(c.mentions);
                candidates.getFirst().fullest = true;
            } else {
                out.add(c);
            }
        }
        return out;
    }

    private static final Set<String> REGNAL = Set.of("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x",
            "xi", "xii", "xiii", "xiv", "xv", "xvi");

    private static boolean endsOrStartsWith(String name, String word) {
        String[] w = name.split(" ");
        return w.length == 2 && w[0].equals(word) && REGNAL.contains(w[1]);
    }

    /** "rishi sunak" ends with the surname "sunak"; a place ("France" in "Stade de France") is never a surname. */
    private static boolean endsWithSurname(String name, String word) {
        String[] w = name.split(" ");
        if (w.length < 2 || w.length > 3 || !w[w.length - 1].equals(word) || word.length() < 4) {
            return false;
        }
        for (String x : w) {
            if (PARTICLES.contains(x)) {
                return false;
            }
        }
        var geo = org.photodesk.core.text.Geo.standard();
        return geo.country(word).isEmpty() && geo.towns(word).isEmpty() && geo.divisions(word).isEmpty();
    }

    private static boolean rolesClash(Cluster a, Cluster b) {
        Set<Role> x = a.roleSet();
        Set<Role> y = b.roleSet();
        return !x.isEmpty() && !y.isEmpty() && x.stream().noneMatch(y::contains);
    }

    private static String first(Cluster c) {
        return c.mentions.getFirst().surface();
    }

    /** Whether {@code small} is a misspelling of {@code big}: see the class comment. */
    private static boolean mergeable(Cluster big, Cluster small) {
        if (!similar(fold(first(big)), fold(first(small)))) {
            return false;
        }
        boolean frequency = big.sources().size() > small.sources().size()
                || big.mentions.size() >= 2 * small.mentions.size();
        Set<Role> a = big.roleSet();
        Set<Role> b = small.roleSet();
        boolean rolesClash = !a.isEmpty() && !b.isEmpty() && a.stream().noneMatch(b::contains);
        return frequency && !rolesClash && !together(big, small);
    }

    private static boolean together(Cluster a, Cluster b) {
        Set<Unit> units = new java.util.HashSet<>();
        a.mentions.stream().filter(m -> !m.fromMetadata()).forEach(m -> units.add(m.unit()));
        return b.mentions.stream().filter(m -> !m.fromMetadata()).anyMatch(m -> units.contains(m.unit()));
    }

    /** Same number of words, at most one word different, and that by one edit (two for long words). */
    static boolean similar(String a, String b) {
        String[] x = a.split(" ");
        String[] y = b.split(" ");
        if (x.length != y.length) {
            return false;
        }
        int differing = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i].equals(y[i])) {
                continue;
            }
            differing++;
            int shorter = Math.min(x[i].length(), y[i].length());
            int allowed = shorter >= 8 ? 2 : shorter >= 4 ? 1 : 0;
            if (differing > 1 || distance(x[i], y[i]) > allowed) {
                return false;
            }
        }
        return differing <= 1;
    }

    private static void decide(Cluster c) {
        Map<String, Integer> count = new HashMap<>();
        Map<String, Set<String>> sources = new HashMap<>();
        Map<String, Integer> roled = new HashMap<>();
        for (Mention m : c.mentions) {
            count.merge(m.surface(), 1, Integer::sum);
            sources.computeIfAbsent(m.surface(), k -> new java.util.HashSet<>()).add(m.unit().sourceId());
            roled.merge(m.surface(), m.roles().isEmpty() ? 0 : 1, Integer::sum);
        }
        c.canonical = count.keySet().stream().min(Comparator
                .comparing((String s) -> c.fullest ? -s.split(" ").length : 0)
                .thenComparing((String s) -> -marks(s))
                .thenComparing(s -> allCaps(s) ? 1 : 0)
                .thenComparing(s -> -sources.get(s).size())
                .thenComparing(s -> -roled.get(s))
                .thenComparing(s -> -count.get(s))
                .thenComparing(Comparator.naturalOrder())).orElseThrow();
        c.kind = kind(c);
    }

    private static NameKind kind(Cluster c) {
        Set<String> cues = new LinkedHashSet<>();
        c.roles().forEach(r -> cues.add(r.cue().toLowerCase(Locale.ROOT)));
        if (cues.stream().anyMatch(Lexicon.GROUP_NOUNS::contains) || c.mentions.stream().anyMatch(Mention::thePlural)) {
            return NameKind.GROUP;
        }
        int words = c.canonical.split(" ").length;
        if (cues.stream().anyMatch(Lexicon.PERSON_NOUNS::contains) || c.mentions.stream().anyMatch(Mention::titled)
                || c.inMetadata() || words >= 2 && words <= 3 && !allCaps(c.canonical)) {
            return NameKind.PERSON;
        }
        return NameKind.UNKNOWN;
    }

    private static int marks(String s) {
        return (int) Normalizer.normalize(s, Normalizer.Form.NFD).chars()
                .filter(ch -> Character.getType(ch) == Character.NON_SPACING_MARK).count();
    }

    private static boolean allCaps(String s) {
        long letters = s.chars().filter(Character::isLetter).count();
        return letters > 1 && s.equals(s.toUpperCase(Locale.ROOT));
    }

    /** Diacritics and case removed, hyphens as spaces, dots and apostrophes dropped. */
    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replace('-', ' ').replaceAll("[.'’]", "").replaceAll("\\s+", " ").strip();
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
