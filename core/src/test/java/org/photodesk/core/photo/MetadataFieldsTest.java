package org.photodesk.core.photo;

import org.photodesk.core.testing.StoreFixtures;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.photodesk.core.photo.DateCreated;
import org.photodesk.core.photo.PhotoMetadata;

class MetadataFieldsTest {

    private final PhotoMetadata full = StoreFixtures.fullMetadata("Residents wade through a flooded street.");

    @Test
    void everyMetadataComponentIsAField() {
        List<String> components = Arrays.stream(PhotoMetadata.class.getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getName).toList();

        assertThat(MetadataFields.names()).containsExactlyElementsOf(components);
    }

    @Test
    void setThenGetGivesTheTextBackForEveryField() {
        for (String field : MetadataFields.names()) {
            String text = field.equals("dateCreated") ? "2023-02-01" : "new " + field;

            PhotoMetadata edited = MetadataFields.set(full, field, text);

            assertThat(MetadataFields.get(edited, field)).as(field).isEqualTo(text);
        }
    }

    @Test
    void setChangesOnlyThatField() {
        PhotoMetadata edited = MetadataFields.set(full, "city", "Deggendorf");

        assertThat(edited).isEqualTo(full.toBuilder().city("Deggendorf").build());
    }

    @Test
    void listsAreCommaSeparated() {
        assertThat(MetadataFields.get(full, "byline")).isEqualTo("Anna Körtig, Jean-Luc Ébrard");

        PhotoMetadata edited = MetadataFields.set(full, "byline", " Ana Lima ,Tom Berg,, ");

        assertThat(edited.byline()).containsExactly("Ana Lima", "Tom Berg");
    }

    @Test
    void blankOrNullClearsAField() {
        assertThat(MetadataFields.set(full, "caption", "  ").caption()).isNull();
        assertThat(MetadataFields.set(full, "keywords", null).keywords()).isEmpty();
        assertThat(MetadataFields.set(full, "dateCreated", "").dateCreated()).isNull();
        assertThat(MetadataFields.get(PhotoMetadata.EMPTY, "people")).isNull();
    }

    @Test
    void dateCreatedIsIso() {
        assertThat(MetadataFields.get(full, "dateCreated")).isEqualTo("2024-06-03T14:05:09+02:00");

        PhotoMetadata edited = MetadataFields.set(full, "dateCreated", "2024-08-11T21:04:05-05:00");

        assertThat(edited.dateCreated()).isEqualTo(
                new DateCreated(LocalDate.of(2024, 8, 11), LocalTime.of(21, 4, 5), ZoneOffset.ofHours(-5)));
    }

    @Test
    void anInvalidDateSaysHowToWriteOne() {
        assertThatThrownBy(() -> MetadataFields.set(full, "dateCreated", "11/08/2024"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'11/08/2024'")
                .hasMessageContaining("2024-08-11");
    }

    @Test
    void anUnknownFieldListsTheKnownOnes() {
        assertThatThrownBy(() -> MetadataFields.get(full, "captoin"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'captoin'")
                .hasMessageContaining("caption, byline");
        assertThat(MetadataFields.isField("captoin")).isFalse();
        assertThat(MetadataFields.isField("caption")).isTrue();
    }
}
