package org.photodesk.core.photo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.photodesk.core.photo.WordDiff.Op;
import org.photodesk.core.photo.WordDiff.Part;

class WordDiffTest {

    @Test
    void aCorrectedNameIsOneRemovedAndOneAddedRunBetweenCommonWords() {
        assertThat(WordDiff.of("Coach Amelie Mauresmmo watches from the side.",
                "Coach Amelie Mauresmo watches from the side.")).containsExactly(
                new Part(Op.SAME, "Coach Amelie "), new Part(Op.REMOVED, "Mauresmmo "),
                new Part(Op.ADDED, "Mauresmo "), new Part(Op.SAME, "watches from the side."));
    }

    @Test
    void addedAndRemovedWordsInTheMiddleAreFoundByTheirLongestCommonRun() {
        List<Part> parts = WordDiff.of("a b c d e f", "a x c d y f");
        assertThat(parts).containsExactly(new Part(Op.SAME, "a "), new Part(Op.REMOVED, "b "),
                new Part(Op.ADDED, "x "), new Part(Op.SAME, "c d "), new Part(Op.REMOVED, "e "),
                new Part(Op.ADDED, "y "), new Part(Op.SAME, "f"));
    }

    @Test
    void theCommonAndAddedPartsGiveBackTheNewText() {
        String before = "Fans wait in the rain outside the arena in Lille.";
        String after = "Fans wait in the rain outside the Pierre Mauroy stadium in Lille, France.";
        assertThat(WordDiff.of(before, after).stream().filter(p -> p.op() != Op.REMOVED).map(Part::text)
                .collect(Collectors.joining())).isEqualTo(after);
        assertThat(WordDiff.of(before, after).stream().filter(p -> p.op() != Op.ADDED).map(Part::text)
                .collect(Collectors.joining()).replace("  ", " ")).isEqualTo(before);
    }

    @Test
    void absentTextsAreEmpty() {
        assertThat(WordDiff.of(null, "New caption.")).containsExactly(new Part(Op.ADDED, "New caption."));
        assertThat(WordDiff.of("Old.", null)).containsExactly(new Part(Op.REMOVED, "Old."));
        assertThat(WordDiff.of(null, null)).isEmpty();
    }

    @Test
    void twoLongUnrelatedTextsAreComparedInBoundedTimeAndMemory() {
        String a = "alpha ".repeat(100_000);
        String b = "beta ".repeat(100_000);
        long start = System.nanoTime();

        List<Part> parts = WordDiff.of(a, b);

        assertThat(parts).extracting(Part::op).containsExactly(Op.REMOVED, Op.ADDED);
        assertThat(System.nanoTime() - start).as("generous bound: linear, not quadratic").isLessThan(5_000_000_000L);
    }
}
