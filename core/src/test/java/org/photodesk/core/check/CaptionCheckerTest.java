package org.photodesk.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.photodesk.core.caption.CaptionCorpus;
import org.photodesk.core.photo.DateCreated;
import org.photodesk.core.photo.PhotoMetadata;
import org.photodesk.core.photo.Problem;

/** Tests {@link CaptionChecker}: quiet on every clean corpus caption, and each check on good and bad captions. */
class CaptionCheckerTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-08-12T00:00:00Z"), ZoneOffset.UTC);

    private static CaptionChecker checker(NameBook book) {
        return new CaptionChecker(CLOCK, book);
    }

    private static List<String> codes(List<Problem> ps) {
        return ps.stream().map(Problem::code).toList();
    }

    private static List<Problem> check(String caption) {
        return checker(new NameBook()).check(caption, PhotoMetadata.EMPTY);
    }

    @Test
    void quietOnEveryCleanCaptionOfTheCorpus() {
        var clean = CaptionCorpus.load().stream().filter(CaptionCorpus.Entry::clean).toList();
        NameBook book = new NameBook();
        clean.forEach(e -> book.addSeen(e.caption()));
        var c = checker(book);
        List<String> noisy = new ArrayList<>();
        for (var e : clean) {
            var ps = c.check(e.caption(), e.iptc());
            ps.forEach(p -> noisy.add("line " + e.line() + ": " + p.message()));
        }
        assertThat(clean).hasSizeGreaterThan(100);
        assertThat(noisy).isEmpty();
    }

    @Test
    void weekdayThatDoesNotMatchTheDate() {
        var ps = check("Fans gather in Madrid, Spain, Saturday, Aug. 11, 2024. (AP Photo/Manu Fernandez)");
        assertThat(ps).extracting(Problem::code).containsExactly("caption.weekday");
        Problem p = ps.getFirst();
        assertThat(p.message()).isEqualTo("caption: weekday 'Saturday' does not match 2024-08-11, a Sunday;"
                + " write 'Sunday' or correct the date");
        assertThat(p.span().of("Fans gather in Madrid, Spain, Saturday, Aug. 11, 2024. (AP Photo/Manu Fernandez)"))
                .isEqualTo("Saturday");
        assertThat(p.fix()).isEqualTo("Sunday");
        assertThat(check("Fans gather in Madrid, Spain, Sunday, Aug. 11, 2024. (AP Photo/Manu Fernandez)")).isEmpty();
    }

    @Test
    void captionDateFarFromDateCreated() {
        String caption = "Fans gather in Madrid, Spain, Sunday, Aug. 11, 2024. (AP Photo/Manu Fernandez)";
        var c = checker(new NameBook());
        var far = PhotoMetadata.builder().dateCreated(DateCreated.ofDate(LocalDate.of(2024, 8, 14))).build();
        var near = PhotoMetadata.builder().dateCreated(DateCreated.ofDate(LocalDate.of(2024, 8, 12))).build();
        assertThat(codes(c.check(caption, far))).containsExactly("caption.date-mismatch");
        assertThat(c.check(caption, near)).isEmpty();
    }

    @Test
    void missingCreditPlaceAndDate() {
        assertThat(codes(check("Fans cheer in the stands."))).containsExactlyInAnyOrder("caption.no-credit",
                "caption.no-place", "caption.no-date");
        var withFields = PhotoMetadata.builder().credit("AP").city("Madrid").build();
        assertThat(checker(new NameBook()).check("Fans cheer on Sunday.", withFields))
                .extracting(Problem::code, Problem::fix)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("caption.no-place", "in Madrid"));
    }

    @Test
    void placeAndDateHintsComeFromThePhotosOwnFields() {
        var fields = PhotoMetadata.builder().credit("AP").city("Lyon").country("France")
                .dateCreated(org.photodesk.core.photo.DateCreated.parse("2023-06-04").orElseThrow()).build();
        var problems = checker(new NameBook()).check("Fans cheer in the stands. (AP Photo/Jane Doe)", fields);
        assertThat(problems).extracting(Problem::code, Problem::fix).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("caption.no-place", "in Lyon, France"),
                org.assertj.core.groups.Tuple.tuple("caption.no-date", "Sunday, June 4, 2023"));
        assertThat(problems).allSatisfy(p -> assertThat(p.message()).doesNotContain("Saint-Denis", "Aug. 11"));
        var empty = checker(new NameBook()).check("Fans cheer in the stands. REUTERS/Jane Doe", PhotoMetadata.EMPTY);
        assertThat(empty).extracting(Problem::fix).containsOnlyNulls();
        assertThat(empty).allSatisfy(p -> assertThat(p.message()).doesNotContain("Saint-Denis", "Aug. 11"));
    }

    @Test
    void aMisspeltNameIsFlaggedInAPossessiveToo() {
        NameBook book = new NameBook().addRosterLines(List.of("Simone Biles", "Amelie Mauresmo"));
        var c = checker(book);
        String tail = " competes in Paris, France, Sunday, Aug. 4, 2024. (AP Photo/Jane Doe)";
        assertThat(c.check("United States' Simone Bils" + tail, PhotoMetadata.EMPTY)).extracting(Problem::fix)
                .containsExactly("Simone Biles");
        assertThat(c.check("France's Amelie Mauresmmo's coach" + tail, PhotoMetadata.EMPTY)).extracting(Problem::fix)
                .containsExactly("Amelie Mauresmo");
    }

    @Test
    void creditDisagreeingWithCreditAndBylineFields() {
        String caption = "Fans gather in Madrid, Spain, Sunday, Aug. 11, 2024. (AP Photo/Manu Fernandez)";
        var c = checker(new NameBook());
        var other = PhotoMetadata.builder().credit("REUTERS").byline(List.of("Juan Medina")).build();
        assertThat(codes(c.check(caption, other))).containsExactlyInAnyOrder("caption.credit-mismatch",
                "caption.byline-mismatch");
        var same = PhotoMetadata.builder().credit("AP Photo").byline(List.of("MANU FERNANDEZ")).build();
        assertThat(c.check(caption, same)).isEmpty();
    }

    @Test
    void misspeltAgency() {
        var ps = check("A woman prays in Lviv, Ukraine, January 7, 2024. REUETRS/Roman Baluk");
        assertThat(codes(ps)).containsExactly("caption.agency-misspelt");
        assertThat(ps.getFirst().fix()).isEqualTo("REUTERS");
        assertThat(check("A woman prays in Lviv, Ukraine, January 7, 2024. REUTERS/Roman Baluk")).isEmpty();
    }

    @Test
    void apStyleMonthsSpacesAndPeriodBeforeCredit() {
        assertThat(codes(check("Fans gather in Madrid, Spain, Sunday, August 11, 2024. (AP Photo/Manu Fernandez)")))
                .containsExactly("caption.ap-month");
        assertThat(check("Runners start in Boston, Mass., Monday, Apr. 15, 2024. (AP Photo/Charles Krupa)"))
                .extracting(Problem::fix).containsExactly("April");
        assertThat(codes(check("Fans gather  in Madrid, Spain, Sunday, Aug. 11, 2024. (AP Photo/Manu Fernandez)")))
                .containsExactly("caption.double-space");
        assertThat(codes(check("Fans gather in Madrid, Spain, Sunday, Aug. 11, 2024 AP/Manu Fernandez")))
                .containsExactly("caption.period-before-credit");
        assertThat(check("Fans gather in Madrid, Spain, Sunday, June 9, 2024. (AP Photo/Manu Fernandez)")).isEmpty();
        assertThat(check("Fans gather in Madrid, Spain, August 11, 2024. REUTERS/Juan Medina")).isEmpty();
    }

    @Test
    void numberAgreementInTheFirstClause() {
        String tail = " during the ceremony in Madrid, Spain, Sunday, Aug. 11, 2024. (AP Photo/Manu Fernandez)";
        var article = check("An artists perform" + tail);
        assertThat(codes(article)).containsExactly("caption.agreement-article");
        var verb = check("Athletes waves flags" + tail);
        assertThat(codes(verb)).containsExactly("caption.agreement-verb");
        assertThat(verb.getFirst().fix()).isEqualTo("Athletes wave");
        assertThat(check("An artist performs" + tail)).isEmpty();
        assertThat(check("Athletes wave flags" + tail)).isEmpty();
        assertThat(check("Charles waves flags" + tail)).isEmpty();
        assertThat(check("A series of flags hang" + tail)).isEmpty();
    }

    @Test
    void restrictionsAndEmbargoes() {
        String base = "Fans gather in Madrid, Spain, Sunday, Aug. 11, 2024. (AP Photo/Manu Fernandez) ";
        assertThat(codes(check(base + "EDITORIAL USE ONLY"))).containsExactly("caption.restricted");
        assertThat(codes(check(base + "EMBARGOED UNTIL 0001 GMT AUG 13, 2024"))).containsExactly("caption.embargoed");
        assertThat(check(base + "EMBARGOED UNTIL 0001 GMT AUG 11, 2024")).isEmpty();
    }

    @Test
    void namesWrittenDifferentlyFromTheRosterOrTheBatch() {
        NameBook book = new NameBook().addRosterLines(List.of("Angèle", "Léon Marchand\tLeon Marchand", "Phoenix",
                "Alain Roche", "Stade de France"));
        var c = checker(book);
        String tail = " performs in Paris, France, Sunday, Aug. 11, 2024. (AP Photo/Manu Fernandez)";
        assertThat(c.check("Angele" + tail, PhotoMetadata.EMPTY)).extracting(Problem::code, Problem::fix)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("caption.name-diacritics", "Angèle"));
        assertThat(c.check("Phonenix" + tail, PhotoMetadata.EMPTY)).extracting(Problem::fix).containsExactly("Phoenix");
        assertThat(c.check("Alaine Roche" + tail, PhotoMetadata.EMPTY)).extracting(Problem::fix)
                .containsExactly("Alain Roche");
        assertThat(c.check("Leon Marchand" + tail, PhotoMetadata.EMPTY)).as("alias").isEmpty();
        assertThat(c.check("Angèle" + tail, PhotoMetadata.EMPTY)).isEmpty();
        assertThat(c.check("Alan Roche" + tail, PhotoMetadata.EMPTY)).as("a different person").isEmpty();
    }

    @Test
    void distinctRealNamesThatLookAlikeAreNotFlagged() {
        NameBook book = new NameBook();
        for (int i = 0; i < 3; i++) {
            book.addSeen("John Smith waves.");
        }
        book.addSeen("Jon Smith waves.");
        book.addSeen("Anna Berg waves.").addSeen("Anne Berg waves.").addSeen("Anne Berg smiles.");
        var c = checker(book);
        String tail = " waves in Paris, France, Sunday, Aug. 11, 2024. (AP Photo/Manu Fernandez)";
        assertThat(c.check("Jon Smith" + tail, PhotoMetadata.EMPTY)).isEmpty();
        assertThat(c.check("Anna Berg" + tail, PhotoMetadata.EMPTY)).isEmpty();
        assertThat(c.check("Jhon Smith" + tail, PhotoMetadata.EMPTY)).extracting(Problem::fix)
                .containsExactly("John Smith");
    }

    @Test
    void flagsTheSeedArticleErrorsWhenNamesAreKnown() throws IOException {
        List<String> lines = Files.readAllLines(CaptionCheckerTestSeeds.find("001_6499f0225b0dc24d.txt"), StandardCharsets.UTF_8)
                .stream().filter(l -> !l.isBlank()).toList();
        NameBook book = new NameBook().addRosterLines(List.of("Angèle", "Phoenix", "Air", "Alain Roche",
                "Stade de France", "Léon Marchand", "Tom Cruise"));
        lines.forEach(book::addSeen);
        var c = checker(book);
        List<String> fixes = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (String l : lines) {
            for (Problem p : c.check(l, PhotoMetadata.EMPTY)) {
                codes.add(p.code());
                if (p.fix() != null && p.span() != null) {
                    fixes.add(p.span().of(l) + " -> " + p.fix());
                }
            }
        }
        assertThat(fixes).contains("Phonenix -> Phoenix", "Alaine Roche -> Alain Roche",
                "State de France -> Stade de France", "Angele -> Angèle", "Leon Marchand -> Léon Marchand",
                "An artists perform -> Artists perform", "Athletes waves -> Athletes wave");
        assertThat(codes).contains("caption.period-before-credit", "caption.agreement-article",
                "caption.agreement-verb");
    }
}
