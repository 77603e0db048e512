package org.photodesk.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KeptGroupsTest {

    private static final Instant T0 = Instant.parse("2024-08-11T20:00:00Z");

    private static EventMember row(String id, String group, int minute, long changed) {
        return new EventMember(id, group, T0.plusSeconds(60L * minute), "sig", "d", changed);
    }

    @Test
    void aGroupKnowsItsMembersSortedItsAnchorAndItsArticles() {
        var kept = new KeptGroups();
        kept.put(row("photo:2", "g1", 5, 1));
        kept.put(row("reuters-1", "g1", 3, 1));
        kept.put(row("photo:1", "g1", 9, 1));

        KeptGroups.KeptGroup g = kept.group("g1").orElseThrow();
        assertThat(g.members()).extracting(EventMember::memberId).containsExactly("photo:1", "photo:2", "reuters-1");
        assertThat(g.anchor()).isEqualTo("reuters-1");
        assertThat(g.anchorAdded()).isEqualTo(T0.plusSeconds(180));
        assertThat(g.articles()).isOne();
        assertThat(g.photos()).isEqualTo(2);
        assertThat(g.fingerprint()).isEqualTo(KeptGroups.fingerprint(g.members()));
    }

    @Test
    void whenTheAnchorLeavesTheNextEarliestMemberAnchorsAndAnEmptiedGroupIsGone() {
        var kept = new KeptGroups();
        kept.put(row("photo:1", "g1", 1, 1));
        kept.put(row("photo:2", "g1", 2, 1));
        kept.put(row("photo:3", "g2", 3, 1));

        kept.put(row("photo:1", "g2", 1, 2));

        assertThat(kept.group("g1").orElseThrow().anchor()).isEqualTo("photo:2");
        assertThat(kept.group("g2").orElseThrow().anchor()).isEqualTo("photo:1");
        kept.put(row("photo:2", "g2", 2, 3));
        assertThat(kept.group("g1")).isEmpty();
        assertThat(kept.groups()).extracting(KeptGroups.KeptGroup::key).containsExactly("g2");
    }

    @Test
    void equalArrivalsAnchorOnTheSmallerMemberId() {
        var kept = new KeptGroups();
        kept.put(row("photo:9", "g", 0, 1));
        kept.put(row("photo:10", "g", 0, 1));
        assertThat(kept.group("g").orElseThrow().anchor()).isEqualTo("photo:10");
    }

    @Test
    void anUnchangedGroupIsHandedOutAsTheSameSnapshot() {
        var kept = new KeptGroups();
        kept.put(row("photo:1", "g1", 1, 1));
        kept.put(row("photo:2", "g2", 1, 1));
        KeptGroups.KeptGroup g1 = kept.group("g1").orElseThrow();
        KeptGroups.KeptGroup g2 = kept.group("g2").orElseThrow();

        kept.put(row("photo:3", "g2", 2, 2));

        assertThat(kept.group("g1").orElseThrow()).isSameAs(g1);
        assertThat(kept.group("g2").orElseThrow()).isNotSameAs(g2);
    }

    @Test
    void aRewrittenRowChangesTheFingerprintEvenInTheSameGroup() {
        var kept = new KeptGroups();
        kept.put(row("photo:1", "g", 1, 1));
        String before = kept.group("g").orElseThrow().fingerprint();
        kept.put(row("photo:1", "g", 1, 2));
        assertThat(kept.group("g").orElseThrow().fingerprint()).isNotEqualTo(before);
    }

    /** Random moves between groups: every group as kept step by step equals the same group made from scratch. */
    @Test
    void keptStepByStepEqualsMadeFromScratch() {
        var random = new Random(7);
        var kept = new KeptGroups();
        Map<String, EventMember> truth = new HashMap<>();
        for (int step = 1; step <= 5_000; step++) {
            String id = "photo:" + random.nextInt(400);
            EventMember r = row(id, "g" + random.nextInt(30), random.nextInt(100), step);
            kept.put(r);
            truth.put(id, r);
        }
        Map<String, List<EventMember>> byGroup = new HashMap<>();
        truth.values().forEach(r -> byGroup.computeIfAbsent(r.group(), k -> new ArrayList<>()).add(r));

        assertThat(kept.size()).isEqualTo(truth.size());
        assertThat(kept.groups()).hasSameSizeAs(byGroup.keySet());
        for (KeptGroups.KeptGroup g : kept.groups()) {
            List<EventMember> expected = byGroup.get(g.key()).stream()
                    .sorted(Comparator.comparing(EventMember::memberId)).toList();
            assertThat(g.members()).isEqualTo(expected);
            assertThat(g.fingerprint()).isEqualTo(KeptGroups.fingerprint(expected));
            assertThat(g.anchor()).isEqualTo(expected.stream().min(KeptGroups.ARRIVAL).orElseThrow().memberId());
        }
    }
}
