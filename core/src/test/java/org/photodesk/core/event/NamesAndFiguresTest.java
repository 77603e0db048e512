package org.photodesk.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.photodesk.core.article.Article;
import org.photodesk.core.article.ArticleReader;

/** Small cases of name merging and figure reading, one rule each. */
class NamesAndFiguresTest {

    private static EventSheet sheetOf(String... texts) {
        ArticleReader reader = new ArticleReader();
        List<Article> articles = new java.util.ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            articles.add(reader.readText("s" + i, texts[i]));
        }
        return new EventSheets().sheetOf(new Event("e", "e", articles, List.of()));
    }

    @Test
    void aNameAndTheSameNameWithItsRegnalNumberAreOnePerson() {
        EventSheet sheet = sheetOf("date 2022-06-02 Jubilee\n\nQueen Elizabeth II waved from the balcony.",
                "date 2022-06-02 Jubilee day\n\nQueen Elizabeth smiled at the crowds. Prince Charles watched.");
        assertThat(sheet.people()).filteredOn(p -> p.spellings().contains("Elizabeth"))
                .singleElement().satisfies(p -> assertThat(p.name()).isEqualTo("Elizabeth II"));
    }

    @Test
    void anOfficeAndAnOwnerBeforeANameAreNotPartOfIt() {
        // forms of real coronation and state-visit galleries, invented people
        EventSheet sheet = sheetOf("date 2023-05-06 Arrivals\n\nHome Secretary Mara Quell arrived early. Britain's Tova"
                + " waved to the crowds.", "date 2023-05-06 Crowds\n\nMara Quell spoke to reporters. Tova smiled.");
        assertThat(sheet.people()).filteredOn(p -> p.name().contains("Quell")).singleElement()
                .satisfies(p -> assertThat(p.spellings()).containsExactly("Mara Quell"));
        assertThat(sheet.people()).extracting(PersonEntry::name).doesNotContain("Britain's Tova",
                "Home Secretary Mara Quell");
    }

    @Test
    void aSurnameOnSecondReferenceIsTheOneFullNameEndingWithIt() {
        EventSheet sheet = sheetOf("date 2023-05-06 Arrivals\n\nPrime Minister Ravi Okonkwo arrived. Okonkwo waved.");
        assertThat(sheet.people()).filteredOn(p -> p.spellings().contains("Okonkwo")).singleElement()
                .satisfies(p -> assertThat(p.name()).isEqualTo("Ravi Okonkwo"));
    }

    @Test
    void sistersWithTheSameSurnameStayApart() {
        EventSheet sheet = sheetOf("date 2025-07-05 Final day\n\nTennis player Venus Williams waved. Player Serena Williams"
                + " won.\n\nSerena Williams lifted the trophy.");
        assertThat(sheet.people()).extracting(PersonEntry::name).contains("Venus Williams", "Serena Williams");
    }

    @Test
    void aOneLetterDifferenceWithoutFrequencyEvidenceIsNotMerged() {
        EventSheet sheet = sheetOf("date 2025-07-05 Night one\n\nSinger Lena Marsh sang first.",
                "date 2025-07-05 Night two\n\nSinger Lena Mars sang first.");
        assertThat(sheet.people()).extracting(PersonEntry::name).containsExactlyInAnyOrder("Lena Mars", "Lena Marsh");
    }

    @Test
    void aTypoNamedLessOftenThanTheNameMergesIntoIt() {
        EventSheet sheet = sheetOf("date 2025-07-05 Night one\n\nSinger Lena Marsh sang first. Lena Marsh sang last.",
                "date 2025-07-05 Night two\n\nSinger Lena Mars sang first.");
        assertThat(sheet.people()).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("Lena Marsh");
            assertThat(p.variants()).containsExactly("Lena Mars");
        });
    }

    @Test
    void numberWordsMultipliersAndQualifiers() {
        EventSheet sheet = sheetOf("date 2025-07-05 Numbers\n\nThe band played twenty-five songs and a dozen encores"
                + " for nearly 1.5 million viewers in 2024 over some 90 minutes, in front of 3 thousand fans.");
        assertThat(sheet.figures()).extracting(Figure::text, Figure::quantity, Figure::unit, Figure::qualifier)
                .containsExactly(
                        tuple("twenty-five songs", new BigDecimal("25"), "song", null),
                        tuple("a dozen encores", new BigDecimal("12"), "encore", null),
                        tuple("nearly 1.5 million viewers", new BigDecimal("1500000"), "viewer", "nearly"),
                        tuple("some 90 minutes", new BigDecimal("90"), "minute", "some"),
                        tuple("3 thousand fans", new BigDecimal("3000"), "fan", null));
    }

    @Test
    void datesAndYearsAreNotFigures() {
        EventSheet sheet = sheetOf("date 2025-07-05 Dates\n\nOn July 4, 2025, in 1998 and at Paris 2024 Games, two of"
                + " them came.");
        assertThat(sheet.figures()).isEmpty();
        assertThat(sheet.dates()).extracting(DateFact::date).containsExactly(java.time.LocalDate.of(2025, 7, 4));
    }
}
