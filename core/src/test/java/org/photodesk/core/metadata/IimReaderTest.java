package org.photodesk.core.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.photodesk.core.metadata.IimReader.IimData;
import org.photodesk.core.photo.Problem;

class IimReaderTest {

    /** Builds an IIM block by hand, dataset by dataset. */
    static final class Iim {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Iim add(int record, int number, byte[] value) {
            out.write(0x1C);
            out.write(record);
            out.write(number);
            out.write(value.length >> 8);
            out.write(value.length & 0xFF);
            out.writeBytes(value);
            return this;
        }

        Iim add(int number, String value, Charset charset) {
            return add(2, number, value.getBytes(charset));
        }

        Iim utf8() {
            return add(1, 90, new byte[] {0x1B, '%', 'G'});
        }

        byte[] bytes() {
            return out.toByteArray();
        }
    }

    @Test
    void readsFieldsListsAndRawKeys() {
        byte[] block = new Iim().utf8()
                .add(120, "Ein Bild aus Köln", StandardCharsets.UTF_8)
                .add(80, "Anna Schmidt", StandardCharsets.UTF_8)
                .add(80, "Jonas Weber", StandardCharsets.UTF_8)
                .add(25, "Dom", StandardCharsets.UTF_8)
                .add(25, "Rhein", StandardCharsets.UTF_8)
                .add(5, "KOELN-DOM", StandardCharsets.UTF_8)
                .bytes();
        IimData iim = IimReader.read(block);
        assertThat(iim.values().get(Field.CAPTION)).containsExactly("Ein Bild aus Köln");
        assertThat(iim.values().get(Field.BYLINE)).containsExactly("Anna Schmidt", "Jonas Weber");
        assertThat(iim.values().get(Field.KEYWORDS)).containsExactly("Dom", "Rhein");
        assertThat(iim.values().get(Field.TITLE)).containsExactly("KOELN-DOM");
        assertThat(iim.raw()).containsKeys("2:120 Caption-Abstract", "2:80 By-line", "1:90 CodedCharacterSet");
        assertThat(iim.problems()).isEmpty();
    }

    @Test
    void latin1WithoutDeclarationIsDecodedAndNotedOnce() {
        byte[] block = new Iim()
                .add(120, "Fête de la musique à Besançon", StandardCharsets.ISO_8859_1)
                .add(90, "Besançon", StandardCharsets.ISO_8859_1)
                .bytes();
        IimData iim = IimReader.read(block);
        assertThat(iim.values().get(Field.CAPTION)).containsExactly("Fête de la musique à Besançon");
        assertThat(iim.values().get(Field.CITY)).containsExactly("Besançon");
        assertThat(iim.problems()).extracting(Problem::code).containsExactly("iim.charset.fallback");
        assertThat(iim.problems().getFirst().message()).contains("2:120 Caption-Abstract", "2:90 City");
    }

    @Test
    void dateAndTimeWithOffsetBecomeOneIsoValue() {
        byte[] block = new Iim()
                .add(55, "20240811", StandardCharsets.US_ASCII)
                .add(60, "210405-0530", StandardCharsets.US_ASCII)
                .bytes();
        assertThat(IimReader.read(block).values().get(Field.DATE_CREATED)).containsExactly("2024-08-11T21:04:05-05:30");
    }

    @Test
    void invalidDateIsAProblemNotAnException() {
        byte[] block = new Iim().add(55, "20241341", StandardCharsets.US_ASCII).bytes();
        IimData iim = IimReader.read(block);
        assertThat(iim.values()).doesNotContainKey(Field.DATE_CREATED);
        assertThat(iim.problems()).extracting(Problem::code).containsExactly("date.invalid");
    }

    @Test
    void valueFillingItsLimitIsMarkedFull() {
        byte[] block = new Iim()
                .add(80, "x".repeat(32), StandardCharsets.US_ASCII)
                .add(110, "short credit", StandardCharsets.US_ASCII)
                .bytes();
        assertThat(IimReader.read(block).full()).containsExactly(Field.BYLINE);
    }

    @Test
    void aDatasetLongerThanTheBlockIsReportedAndTheRestKept() {
        byte[] good = new Iim().add(105, "Headline", StandardCharsets.US_ASCII).bytes();
        byte[] block = java.util.Arrays.copyOf(good, good.length + 5);
        block[good.length] = 0x1C;
        block[good.length + 1] = 2;
        block[good.length + 2] = 120;
        block[good.length + 3] = 0x10;
        IimData iim = IimReader.read(block);
        assertThat(iim.values().get(Field.HEADLINE)).containsExactly("Headline");
        assertThat(iim.problems()).extracting(Problem::code).containsExactly("iim.corrupt");
    }

    @Test
    void trailingZeroPaddingIsNotAProblem() {
        byte[] good = new Iim().add(105, "Headline", StandardCharsets.US_ASCII).bytes();
        assertThat(IimReader.read(java.util.Arrays.copyOf(good, good.length + 3)).problems()).isEmpty();
    }

    @Test
    void garbageIsReported() {
        assertThat(IimReader.read(new byte[] {1, 2, 3}).problems()).extracting(Problem::code)
                .isEqualTo(List.of("iim.corrupt"));
    }
}
