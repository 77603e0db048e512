package org.photodesk.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.photodesk.core.search.Query.And;
import org.photodesk.core.search.Query.Field;
import org.photodesk.core.search.Query.Not;
import org.photodesk.core.search.Query.Phrase;
import org.photodesk.core.search.Query.Taken;
import org.photodesk.core.search.Query.Words;

class QueryParserTest {

    private final QueryParser parser = new QueryParser();

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t\n", "\u00a0"})
    void blankIsAll(String text) {
        assertThat(parser.parse(text)).isEqualTo(new Query.All());
    }

    @Test
    void nullIsAll() {
        assertThat(parser.parse(null)).isEqualTo(new Query.All());
    }

    static Stream<Arguments> forms() {
        return Stream.of(
                Arguments.of("angele", new Words(Field.ANY, "angele")),
                Arguments.of("  Angèle  ", new Words(Field.ANY, "Angèle")),
                Arguments.of("flood bonn", new And(List.of(new Words(Field.ANY, "flood"), new Words(Field.ANY, "bonn")))),
                Arguments.of("\"red cross\"", new Phrase(Field.ANY, "red cross")),
                Arguments.of("\" red cross \"", new Phrase(Field.ANY, "red cross")),
                Arguments.of("-pool", new Not(new Words(Field.ANY, "pool"))),
                Arguments.of("-\"press conference\"", new Not(new Phrase(Field.ANY, "press conference"))),
                Arguments.of("-by:meissner", new Not(new Words(Field.BY, "meissner"))),
                Arguments.of("well-known", new Words(Field.ANY, "well-known")),
                Arguments.of("10:30", new Words(Field.ANY, "10:30")),
                Arguments.of("a2:b", new Words(Field.ANY, "a2:b")),
                Arguments.of(":x", new Words(Field.ANY, ":x")),
                Arguments.of("by:meissner", new Words(Field.BY, "meissner")),
                Arguments.of("BY:Meissner", new Words(Field.BY, "Meissner")),
                Arguments.of("by:\"Martin Meissner\"", new Phrase(Field.BY, "Martin Meissner")),
                Arguments.of("credit:dpa", new Words(Field.CREDIT, "dpa")),
                Arguments.of("agency:reuters", new Words(Field.AGENCY, "reuters")),
                Arguments.of("person:\"Olaf Scholz\"", new Phrase(Field.PERSON, "Olaf Scholz")),
                Arguments.of("city:Köln", new Words(Field.CITY, "Köln")),
                Arguments.of("country:de", new Words(Field.COUNTRY, "de")),
                Arguments.of("in:paris", new Words(Field.IN, "paris")),
                Arguments.of("keyword:flood", new Words(Field.KEYWORD, "flood")),
                Arguments.of("event:\"Paris 2024\"", new Phrase(Field.EVENT, "Paris 2024")),
                Arguments.of("c2pa:verified", new Words(Field.C2PA, "verified")),
                Arguments.of("C2PA:AI", new Words(Field.C2PA, "ai")),
                Arguments.of("-c2pa:none", new Not(new Words(Field.C2PA, "none"))),
                Arguments.of("c2pa:\"invalid\"", new Words(Field.C2PA, "invalid")),
                Arguments.of("assignment:PAR-ROWING-0811", new Words(Field.ASSIGNMENT, "PAR-ROWING-0811")),
                Arguments.of("mp3:x", new Words(Field.ANY, "mp3:x")),
                Arguments.of("by:a\"b c\"", new And(List.of(new Words(Field.BY, "a"), new Phrase(Field.ANY, "b c")))),
                Arguments.of("\"a\"b", new And(List.of(new Phrase(Field.ANY, "a"), new Words(Field.ANY, "b")))),
                Arguments.of("angele by:\"martin meissner\" -pool taken:2024-08-01..2024-08-12", new And(List.of(
                        new Words(Field.ANY, "angele"),
                        new Phrase(Field.BY, "martin meissner"),
                        new Not(new Words(Field.ANY, "pool")),
                        new Taken(LocalDate.of(2024, 8, 1), LocalDate.of(2024, 8, 12))))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void parsesEachForm(String text, Query expected) {
        assertThat(parser.parse(text)).isEqualTo(expected);
    }

    static Stream<Arguments> dates() {
        return Stream.of(
                Arguments.of("taken:2024-08-11", "2024-08-11", "2024-08-11"),
                Arguments.of("taken:2024-8-1", "2024-08-01", "2024-08-01"),
                Arguments.of("taken:\"2024-08-11\"", "2024-08-11", "2024-08-11"),
                Arguments.of("taken:2024-08", "2024-08-01", "2024-08-31"),
                Arguments.of("taken:2024-02", "2024-02-01", "2024-02-29"),
                Arguments.of("taken:2024", "2024-01-01", "2024-12-31"),
                Arguments.of("taken:>2024-08-01", "2024-08-02", null),
                Arguments.of("taken:>=2024-08-01", "2024-08-01", null),
                Arguments.of("taken:<2024-08-01", null, "2024-07-31"),
                Arguments.of("taken:<=2024-08-01", null, "2024-08-01"),
                Arguments.of("taken:>2024-08", "2024-09-01", null),
                Arguments.of("taken:<=2024", null, "2024-12-31"),
                Arguments.of("taken:2024-08-01..2024-08-12", "2024-08-01", "2024-08-12"),
                Arguments.of("taken:2024-07..2024-08", "2024-07-01", "2024-08-31"),
                Arguments.of("taken:2024-08-01..", "2024-08-01", null),
                Arguments.of("taken:..2024-08-12", null, "2024-08-12"),
                Arguments.of("TAKEN:2024-08-11..2024-08-11", "2024-08-11", "2024-08-11"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dates")
    void parsesDates(String text, String from, String to) {
        assertThat(parser.parse(text)).isEqualTo(new Taken(
                from == null ? null : LocalDate.parse(from), to == null ? null : LocalDate.parse(to)));
    }

    @Test
    void negatesDates() {
        assertThat(parser.parse("-taken:2024")).isEqualTo(
                new Not(new Taken(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))));
    }

    static Stream<Arguments> errors() {
        return Stream.of(
                Arguments.of("foo:bar", 0, "unknown filter 'foo:'"),
                Arguments.of("flood bye:meissner", 6, "did you mean by:?"),
                Arguments.of("citi:paris", 0, "did you mean city:?"),
                Arguments.of("keywords:flood", 0, "did you mean keyword:?"),
                Arguments.of("tkaen:2024", 0, "did you mean taken:?"),
                Arguments.of("http://example.org", 0, "quote it: \"http:…\""),
                Arguments.of("\"red cross", 0, "never closed"),
                Arguments.of("flood \"\"", 6, "hold nothing"),
                Arguments.of("by:", 3, "has no value"),
                Arguments.of("by: meissner", 3, "has no value"),
                Arguments.of("by:\"\"", 3, "has no value"),
                Arguments.of("taken:", 6, "has no value"),
                Arguments.of("by:\"martin", 3, "never closed"),
                Arguments.of("-", 0, "lone '-'"),
                Arguments.of("flood - pool", 6, "lone '-'"),
                Arguments.of("--pool", 0, "double negation"),
                Arguments.of("taken:2024-13-45", 11, "no month 13"),
                Arguments.of("taken:2024-02-30", 14, "no day 30 in 2024-02"),
                Arguments.of("taken:2023-02-29", 14, "no day 29"),
                Arguments.of("taken:aug", 6, "'aug' is not a date"),
                Arguments.of("taken:24-08-11", 6, "is not a date"),
                Arguments.of("taken:2024-08-11T10:00", 6, "is not a date"),
                Arguments.of("taken:>", 7, "missing after '>'"),
                Arguments.of("taken:..", 6, "has no dates"),
                Arguments.of("taken:2024-08-12..2024-08-01", 6, "ends before it starts"),
                Arguments.of("taken:2024-08-01..2024-13", 23, "no month 13"),
                Arguments.of("taken:\"2024-99\"", 12, "no month 99"),
                Arguments.of("c2pa:signed", 5, "takes verified, claimed, invalid, none, ai"),
                Arguments.of("c2pa:", 5, "has no value"),
                Arguments.of("asignment:PAR1", 0, "did you mean assignment:?"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errors")
    void reportsErrorsWithPosition(String text, int position, String fragment) {
        assertThatThrownBy(() -> parser.parse(text))
                .isInstanceOfSatisfying(QuerySyntaxException.class, e -> {
                    assertThat(e.query()).isEqualTo(text);
                    assertThat(e.position()).isEqualTo(position);
                    assertThat(e.getMessage()).contains(fragment).doesNotContain("\n");
                });
    }

    @Test
    void readsTheStatusFilter() {
        assertThat(parser.parse("status:killed")).isEqualTo(new Query.Status(Query.Status.Kind.KILLED));
        assertThat(parser.parse("Status:ANY")).isEqualTo(new Query.Status(Query.Status.Kind.ANY));
        assertThat(parser.parse("-status:killed")).isEqualTo(new Not(new Query.Status(Query.Status.Kind.KILLED)));
        assertThat(Query.namesStatus(parser.parse("flood -status:live"))).isTrue();
        assertThat(Query.namesStatus(parser.parse("flood"))).isFalse();
        assertThat(catchSyntax("status:dead").getMessage()).contains("status:killed, status:live or status:any");
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"rating:3,3,3", "rating:>=4,4,5", "rating:>4,5,5", "rating:<=2,0,2",
            "rating:<2,0,1", "rating:0,0,0", "rating:2..4,2,4", "RATING:\"5\",5,5"})
    void readsTheRatingFilter(String text, int min, int max) {
        assertThat(parser.parse(text)).isEqualTo(new Query.Rating(min, max));
    }

    @Test
    void readsLabelsAndTheTag() {
        assertThat(parser.parse("label:Select")).isEqualTo(new Query.Label("select"));
        assertThat(parser.parse("label:\"needs crop\"")).isEqualTo(new Query.Label("needs crop"));
        assertThat(parser.parse("tagged:yes")).isEqualTo(new Query.Label(DeskLabels.TAG));
        assertThat(parser.parse("tagged:no")).isEqualTo(new Not(new Query.Label(DeskLabels.TAG)));
        assertThat(parser.parse("flood rating:>=4 -label:review")).isEqualTo(new And(List.of(
                new Words(Field.ANY, "flood"), new Query.Rating(4, 5), new Not(new Query.Label("review")))));
        assertThat(catchSyntax("tagged:maybe").getMessage()).contains("tagged:yes or tagged:no");
    }

    @ParameterizedTest
    @ValueSource(strings = {"rating:6", "rating:>5", "rating:<0", "rating:-1", "rating:four", "rating:4..2", "rating:>=x"})
    void rejectsRatingsOutsideZeroToFive(String text) {
        assertThat(catchSyntax(text).getMessage()).contains("rating:");
        assertThat(catchSyntax(text).position()).isEqualTo(7);
    }

    @Test
    void readsTheSimilarFilter() {
        assertThat(parser.parse("similar:42")).isEqualTo(new Query.Similar(42));
        assertThat(parser.parse("-Similar:\"7\"")).isEqualTo(new Not(new Query.Similar(7)));
        assertThat(catchSyntax("similar:ladybird").getMessage()).contains("'similar:' takes a photo id");
        assertThat(catchSyntax("similar:-3").getMessage()).contains("'similar:' takes a photo id");
        assertThat(catchSyntax("simlar:3").getMessage()).contains("did you mean similar:?");
    }

    @Test
    void rejectsOverlongQueries() {
        String text = "a ".repeat(QueryParser.MAX_LENGTH);
        assertThatThrownBy(() -> parser.parse(text))
                .isInstanceOfSatisfying(QuerySyntaxException.class,
                        e -> assertThat(e.position()).isEqualTo(QueryParser.MAX_LENGTH))
                .hasMessageContaining("at most 1000");
    }

    @Test
    void rendersACaretUnderTheProblem() {
        var e = catchSyntax("flood taken:2024-13-45");
        assertThat(e.render()).isEqualTo("""
                flood taken:2024-13-45
                                 ^ %s""".formatted(e.getMessage()));
    }

    @Test
    void rendersControlCharactersAsSpacesAndCountsCodePoints() {
        var e = catchSyntax("\uD83D\uDCF7\tfoo:x");
        assertThat(e.render()).startsWith("\uD83D\uDCF7 foo:x\n  ^ unknown filter");
    }

    @Test
    void unknownFilterListsTheKnownOnesWhenNothingIsClose() {
        assertThat(catchSyntax("zzzzzz:1").getMessage())
                .doesNotContain("did you mean")
                .contains("by: credit: agency: person: city: country: in: keyword: event: c2pa: assignment: taken:");
    }

    private QuerySyntaxException catchSyntax(String text) {
        try {
            parser.parse(text);
        } catch (QuerySyntaxException e) {
            return e;
        }
        throw new AssertionError("expected a syntax error for " + text);
    }
}
