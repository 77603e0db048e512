package org.photodesk.embedded.store;

import org.photodesk.core.photo.MetadataFields;
import org.photodesk.core.testing.StoreFixtures;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.photodesk.core.photo.DateCreated;
import org.photodesk.core.photo.PhotoMetadata;
import org.photodesk.core.photo.Problem;
import org.photodesk.core.photo.RawMetadata;

class StoreJsonTest {

    private final org.photodesk.core.photo.RecordJson json = new org.photodesk.core.photo.RecordJson(StoreException::new);

    static Stream<PhotoMetadata> metadata() {
        return Stream.of(
                PhotoMetadata.EMPTY,
                StoreFixtures.fullMetadata("Residents wade through a flooded street on Monday."),
                PhotoMetadata.builder().caption("Only a caption, with \"quotes\", a tab\tand a\nnewline 🌊").build(),
                PhotoMetadata.builder().dateCreated(DateCreated.ofDate(LocalDate.of(1999, 12, 31))).build(),
                PhotoMetadata.builder().dateCreated(new DateCreated(LocalDate.of(2024, 8, 11),
                        LocalTime.of(21, 4, 5, 120_000_000), null)).build(),
                PhotoMetadata.builder().dateCreated(new DateCreated(LocalDate.of(2024, 8, 11),
                        LocalTime.of(0, 0), ZoneOffset.UTC)).build(),
                PhotoMetadata.builder().dateCreated(new DateCreated(LocalDate.of(2024, 1, 2),
                        LocalTime.of(23, 59, 59), ZoneOffset.ofHoursMinutes(-9, -30))).build());
    }

    @ParameterizedTest
    @MethodSource("metadata")
    void metadataRoundTripsExactly(PhotoMetadata metadata) {
        assertThat(json.metadata(json.write(metadata))).isEqualTo(metadata);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 2024, 99991})
    void randomMetadataRoundTripsExactly(long seed) {
        PhotoMetadata metadata = randomMetadata(new Random(seed));
        assertThat(json.metadata(json.write(metadata))).isEqualTo(metadata);
    }

    @Test
    void dateCreatedIsWrittenAsItsIsoString() {
        PhotoMetadata metadata = PhotoMetadata.builder().dateCreated(new DateCreated(LocalDate.of(2024, 8, 11),
                LocalTime.of(21, 4, 5), ZoneOffset.ofHours(2))).build();

        assertThat(json.write(metadata)).contains("\"dateCreated\":\"2024-08-11T21:04:05+02:00\"");
    }

    @Test
    void absentFieldsAreLeftOut() {
        assertThat(json.write(PhotoMetadata.builder().city("Passau").build()))
                .contains("\"city\":\"Passau\"")
                .doesNotContain("null")
                .doesNotContain("caption");
    }

    @Test
    void rawMetadataRoundTripsInOrder() {
        RawMetadata raw = StoreFixtures.raw();

        RawMetadata back = json.raw(json.writeRaw(raw));

        assertThat(back).isEqualTo(raw);
        assertThat(back.iim().sequencedKeySet()).containsExactly("2:120 Caption-Abstract", "2:25 Keywords");
        assertThat(json.raw(json.writeRaw(RawMetadata.EMPTY))).isEqualTo(RawMetadata.EMPTY);
    }

    @Test
    void problemsRoundTrip() {
        List<Problem> problems = StoreFixtures.record("a", "b").problems();

        assertThat(json.problems(json.write(problems))).isEqualTo(problems);
        assertThat(json.problems("[]")).isEmpty();
    }

    @Test
    void unknownPropertiesFromANewerVersionAreIgnored() {
        assertThat(json.metadata("{\"city\":\"Passau\",\"mood\":\"grim\"}"))
                .isEqualTo(PhotoMetadata.builder().city("Passau").build());
    }

    @Test
    void corruptJsonIsAStoreExceptionThatSaysWhat() {
        assertThatThrownBy(() -> json.metadata("{\"dateCreated\":\"yesterday\"}"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("PhotoMetadata");
        assertThatThrownBy(() -> json.problems("{not json"))
                .isInstanceOf(StoreException.class);
    }

    private static PhotoMetadata randomMetadata(Random random) {
        PhotoMetadata metadata = PhotoMetadata.EMPTY;
        for (String field : MetadataFields.names()) {
            if (random.nextBoolean()) {
                continue;
            }
            String value = field.equals("dateCreated") ? randomDate(random).iso() : randomText(random);
            metadata = MetadataFields.set(metadata, field, value);
        }
        return metadata;
    }

    private static DateCreated randomDate(Random random) {
        LocalDate date = LocalDate.ofEpochDay(random.nextInt(40_000));
        return switch (random.nextInt(3)) {
            case 0 -> DateCreated.ofDate(date);
            case 1 -> new DateCreated(date, LocalTime.ofSecondOfDay(random.nextInt(86_400)), null);
            default -> new DateCreated(date, LocalTime.ofSecondOfDay(random.nextInt(86_400)),
                    ZoneOffset.ofTotalSeconds(random.nextInt(-12, 15) * 3600));
        };
    }

    private static String randomText(Random random) {
        String alphabet = "abcXYZ äöüßéñ€中文🌊\"\\/\t\n<>&'";
        var codePoints = new ArrayList<Integer>();
        alphabet.codePoints().forEach(codePoints::add);
        var text = new StringBuilder("x");
        for (int i = random.nextInt(40); i > 0; i--) {
            text.appendCodePoint(codePoints.get(random.nextInt(codePoints.size())));
        }
        return text.toString();
    }
}
