package org.photodesk.core.check;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.photodesk.core.caption.NameChunks;
import org.photodesk.core.caption.Similarity;

/**
 * The names a desk knows, with how often each spelling was seen: people, bands, places and venues from rosters
 * (one name a line, aliases after a tab) and from the captions of a batch or library. Answers "is this spelling a
 * variant of a better-attested name?", conservatively.
 */
public final class NameBook {

    /** A known spelling the checked one seems to be a variant of, and why. */
    public record Suggestion(String known, boolean diacriticsOnly) {}

    /** A name spelling and what attests it. */
    private static final class Form {
        final String text;
        final String folded;
        final long letters;
        int seen;
        boolean roster;

        Form(String text, String folded) {
            this.text = text;
            this.folded = folded;
            this.letters = letters(folded);
        }
    }

    private static final Set<String> GIVEN_NAMES = Set.of("jon", "john", "jonathan", "johan", "johann", "juan",
            "jan", "jean", "joan", "sean", "shaun", "shawn", "alan", "allan", "allen", "alain", "ann", "anne", "anna",
            "ana", "eric", "erik", "erika", "erica", "mark", "marc", "marco", "marcus", "markus", "carl", "karl",
            "steven", "stephen", "stefan", "stephan", "michael", "michel", "michele", "michelle", "daniel", "daniele",
            "danielle", "paul", "paula", "pablo", "peter", "pieter", "petra", "piotr", "louis", "luis", "lewis",
            "luiz", "lucas", "lukas", "luca", "luke", "max", "maxime", "mathieu", "matthieu", "matthew", "matt",
            "mateo", "matteo", "sara", "sarah", "clare", "claire", "clara", "katherine", "catherine", "kathryn",
            "caroline", "carolina", "chris", "kris", "christian", "kristian", "christopher", "kristoffer", "nicolas",
            "nicholas", "nikolas", "nico", "niko", "tom", "thom", "tomas", "thomas", "tommy", "leon", "leo", "leah",
            "lea", "emma", "emily", "emilie", "andy", "andi", "andre", "andrea", "andreas", "andrew", "jamie", "james",
            "jaime", "ben", "benjamin", "bernard", "bernhard", "phil", "philip", "phillip", "philippe", "felipe",
            "adam", "adem", "aaron", "aron", "alex", "alexis", "axel", "maria", "marie", "mario", "marion", "ivan",
            "ivana", "iván", "eva", "eve", "ava", "victor", "viktor", "vincent", "vince", "rafael", "raphael",
            "gabriel", "gabriela", "gabrielle", "julia", "julie", "julien", "julian", "juliana", "simon", "simone",
            "simona", "laura", "lauren", "lara", "mia", "noah", "noa", "nina", "nino", "dan", "dana", "don", "ron",
            "rob", "bob", "robert", "roberto", "roberta", "kim", "kin", "tim", "jim", "tina", "tino");

    private final Map<String, List<Form>> byFold = new HashMap<>();
    private final List<Form> all = new ArrayList<>();
    /** Forms that may be suggested, by each word's deletion neighbourhood: built on demand, so lookups stay cheap. */
    private Map<String, List<Form>> neighbourhood;
    private final Set<String> aliases = new HashSet<>();

    /** An empty book. */
    public NameBook() {}

    /**
     * Adds a roster name and its accepted aliases (also correct spellings); a short code kept among the aliases
     * ({@code \mm3\}, see {@link org.photodesk.core.template.RosterCodes}) is no spelling and is left out.
     */
    public NameBook addRoster(String name, List<String> aliasList) {
        if (name != null && !name.isBlank()) {
            form(name.strip()).roster = true;
            neighbourhood = null;
            for (String a : aliasList) {
                if (!a.isBlank() && org.photodesk.core.template.RosterCodes.codeOf(a).isEmpty()) {
                    aliases.add(a.strip());
                    form(a.strip()).roster = true;
                }
            }
        }
        return this;
    }

    /**
     * Adds a roster file's lines: one name a line, aliases after tabs; blank lines and "#" comments are skipped. A
     * short code before the name ({@code mm3=Kylian Mbappé}, see {@link org.photodesk.core.template.RosterCodes}) is
     * not a spelling and is dropped here.
     */
    public NameBook addRosterLines(List<String> lines) {
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t");
            String name = org.photodesk.core.template.RosterCodes.split(parts[0])
                    .map(org.photodesk.core.template.RosterCodes.Coded::name).orElse(parts[0]);
            addRoster(name, List.of(parts).subList(1, parts.length));
        }
        return this;
    }

    /** Counts every name the text writes (one caption of the batch or the library). */
    public NameBook addSeen(String text) {
        if (text == null) {
            return this;
        }
        for (int[] s : NameChunks.nameSpans(text)) {
            Form f = form(text.substring(s[0], s[1]));
            f.seen++;
            if (f.seen == 2) {
                neighbourhood = null;
            }
        }
        return this;
    }

    private Form form(String text) {
        String f = fold(text);
        List<Form> forms = byFold.computeIfAbsent(f, k -> new ArrayList<>(2));
        for (Form x : forms) {
            if (x.text.equals(text)) {
                return x;
            }
        }
        Form x = new Form(text, f);
        forms.add(x);
        all.add(x);
        neighbourhood = null;
        return x;
    }

    /** The set of characters a folded name uses, as bits (letters a-z, digits and others folded together). */
    private static long letters(String folded) {
        long m = 0;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            m |= 1L << (c >= 'a' && c <= 'z' ? c - 'a' : c >= '0' && c <= '9' ? 26 + (c - '0') : 36 + (c % 27));
        }
        return m;
    }

    /** Lower case, no diacritics. */
    static String fold(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) {
            ascii = s.charAt(i) < 128;
        }
        if (ascii) {
            return s.toLowerCase(java.util.Locale.ROOT);
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }

    /** How many times {@code name} was seen, spelt exactly so. */
    public int seen(String name) {
        Form f = find(name);
        return f == null ? 0 : f.seen;
    }

    /** Whether {@code name} is on a roster or an alias. */
    public boolean onRoster(String name) {
        Form f = find(name);
        return f != null && f.roster;
    }

    private Form find(String name) {
        List<Form> forms = byFold.get(fold(name));
        if (forms != null) {
            for (Form x : forms) {
                if (x.text.equals(name)) {
                    return x;
                }
            }
        }
        return null;
    }

    /** The better-attested spelling {@code name} seems to be a variant of, if the evidence is strong enough. */
    public Optional<Suggestion> suggest(String name) {
        Form self = find(name);
        if (self != null && self.roster) {
            return Optional.empty();
        }
        int selfSeen = self == null ? 0 : self.seen;
        String f = fold(name);
        List<Form> same = byFold.get(f);
        if (same != null) {
            for (Form k : same) {
                boolean caseOnly = k.text.equalsIgnoreCase(name);
                if (!caseOnly && (k.roster || k.seen > selfSeen)) {
                    return Optional.of(new Suggestion(k.text, true));
                }
            }
        }
        return nearMiss(name, f, selfSeen);
    }

    /** The longest name a near miss is looked for in ("Maria Jose Martinez Sanchez de la Torre" has 7 words). */
    private static final int MAX_NAME_WORDS = 7;

    private Optional<Suggestion> nearMiss(String name, String f, int selfSeen) {
        if (f.length() < 5) {
            return Optional.empty();
        }
        int max = f.length() > 10 ? 2 : 1;
        long mask = letters(f);
        String[] words = f.split(" ");
        if (words.length > MAX_NAME_WORDS) {
            // a run of capitals longer than any name ("Fans Cheer In Paris Lyon Nice...") is not one misspelt
            return Optional.empty();
        }
        Form best = null;
        int bestD = Integer.MAX_VALUE;
        java.util.Set<Form> tried = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        Map<String, List<Form>> index = neighbourhood();
        if (index.isEmpty()) {
            return Optional.empty();
        }
        for (int i = 0; i < words.length; i++) {
            for (String key : keys(words, i, 1)) {
                for (Form k : index.getOrDefault(key, List.of())) {
                    if (!tried.add(k) || !(k.roster || k.seen >= Math.max(2, 2 * selfSeen))) {
                        continue;
                    }
                    String kf = k.folded;
                    if (Math.abs(kf.length() - f.length()) > max || Long.bitCount(mask ^ k.letters) > 2 * max
                            || kf.equals(f)) {
                        continue;
                    }
                    int d = Similarity.damerauLevenshtein(f, kf, max);
                    if (d > max || !plausibleVariant(words, kf.split(" "))) {
                        continue;
                    }
                    if (d < bestD || (d == bestD && best != null && k.seen > best.seen)) {
                        best = k;
                        bestD = d;
                    }
                }
            }
        }
        return best == null ? Optional.empty() : Optional.of(new Suggestion(best.text, false));
    }

    /** The index of every form that may be suggested (on a roster or seen twice), built when first needed. */
    private Map<String, List<Form>> neighbourhood() {
        if (neighbourhood == null) {
            Map<String, List<Form>> index = new HashMap<>();
            for (Form k : all) {
                if (!(k.roster || k.seen >= 2) || k.folded.length() < 4) {
                    continue;
                }
                String[] words = k.folded.split(" ");
                for (int i = 0; i < words.length; i++) {
                    for (String key : keys(words, i, 1)) {
                        index.computeIfAbsent(key, x -> new ArrayList<>(1)).add(k);
                    }
                }
            }
            neighbourhood = index;
        }
        return neighbourhood;
    }

    /**
     * Keys under which two names differing only in word {@code i}, by at most {@code max} edits, meet: the other
     * words, the position, and each form of word {@code i} with up to {@code max} letters deleted (the checks use
     * one: a misspelling is one letter dropped, doubled, changed or swapped in one word).
     */
    private static java.util.Set<String> keys(String[] words, int i, int max) {
        StringBuilder rest = new StringBuilder().append(words.length).append(':').append(i).append(':');
        for (int k = 0; k < words.length; k++) {
            if (k != i) {
                rest.append(words[k]).append(' ');
            }
        }
        String prefix = rest.append('|').toString();
        java.util.Set<String> out = new java.util.HashSet<>();
        java.util.Set<String> level = java.util.Set.of(words[i]);
        out.add(prefix + words[i]);
        for (int d = 0; d < max && words[i].length() <= 16; d++) {
            java.util.Set<String> next = new java.util.HashSet<>();
            for (String w : level) {
                for (int c = 0; c < w.length(); c++) {
                    next.add(w.substring(0, c) + w.substring(c + 1));
                }
            }
            next.forEach(w -> out.add(prefix + w));
            level = next;
        }
        return out;
    }

    /** Same number of words; distinct given names with the same surname are different people ("Jon"/"John"). */
    private static boolean plausibleVariant(String[] a, String[] b) {
        if (a.length != b.length) {
            return false;
        }
        int differing = 0;
        int at = -1;
        for (int i = 0; i < a.length; i++) {
            if (!a[i].equals(b[i])) {
                differing++;
                at = i;
            }
        }
        if (differing != 1) {
            return false;
        }
        String x = a[at];
        String y = b[at];
        if (a.length > 1 && at < a.length - 1 && GIVEN_NAMES.contains(x) && GIVEN_NAMES.contains(y)) {
            return false;
        }
        return x.length() >= 3 && y.length() >= 3;
    }
}
