package org.photodesk.core.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.photodesk.core.metadata.IimText.Declared;

class IimTextTest {

    private static final byte[] UTF8_ESCAPE = {0x1B, '%', 'G'};

    @Test
    void declaredUtf8IsReadAsUtf8() {
        byte[] greek = "Αθήνα, Ελλάδα".getBytes(StandardCharsets.UTF_8);
        assertThat(IimText.decode(greek, Declared.of(UTF8_ESCAPE))).isEqualTo(new IimText.Decoded("Αθήνα, Ελλάδα", false));
    }

    @Test
    void undeclaredUtf8IsStillReadAsUtf8() {
        byte[] french = "Société Générale à Orléans".getBytes(StandardCharsets.UTF_8);
        assertThat(IimText.decode(french, Declared.NONE).text()).isEqualTo("Société Générale à Orléans");
        assertThat(IimText.decode(french, Declared.NONE).fallback()).isFalse();
    }

    @Test
    void undeclaredLatin1FallsBackToWindows1252AndSaysSo() {
        byte[] latin = "Société Générale – “quoted”".getBytes(IimText.WINDOWS_1252);
        IimText.Decoded decoded = IimText.decode(latin, Declared.NONE);
        assertThat(decoded.text()).isEqualTo("Société Générale – “quoted”");
        assertThat(decoded.fallback()).isTrue();
    }

    @Test
    void declaredUtf8ThatIsNotUtf8FallsBackRatherThanProducingReplacementCharacters() {
        byte[] latin = "Zoë Müller".getBytes(StandardCharsets.ISO_8859_1);
        IimText.Decoded decoded = IimText.decode(latin, Declared.UTF8);
        assertThat(decoded.text()).isEqualTo("Zoë Müller").doesNotContain("\uFFFD");
        assertThat(decoded.fallback()).isTrue();
    }

    @Test
    void anotherDeclaredCharsetIsReadAsWindows1252WithoutFallbackNote() {
        byte[] latin = "Zoë".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(IimText.decode(latin, Declared.of(new byte[] {0x1B, '-', 'A'})))
                .isEqualTo(new IimText.Decoded("Zoë", false));
    }

    @Test
    void aUtf8CharacterCutByTheLengthLimitIsDroppedNotMangled() {
        byte[] full = "Ελληνικά".getBytes(StandardCharsets.UTF_8);
        byte[] cut = Arrays.copyOf(full, full.length - 1);
        IimText.Decoded decoded = IimText.decode(cut, Declared.NONE);
        assertThat(decoded.text()).isEqualTo("Ελληνικ");
        assertThat(decoded.fallback()).isFalse();
    }

    @Test
    void cutThreeAndFourByteCharactersAreDroppedToo() {
        byte[] cjk = "東京都".getBytes(StandardCharsets.UTF_8);
        assertThat(IimText.decode(Arrays.copyOf(cjk, 7), Declared.NONE).text()).isEqualTo("東京");
        byte[] emoji = "ok😀".getBytes(StandardCharsets.UTF_8);
        assertThat(IimText.decode(Arrays.copyOf(emoji, 4), Declared.NONE).text()).isEqualTo("ok");
    }

    @Test
    void trailingNulPaddingIsRemoved() {
        assertThat(IimText.decode(new byte[] {'A', 'B', 0, 0}, Declared.NONE).text()).isEqualTo("AB");
    }

    @Test
    void declarationIsReadFromDataset190() {
        assertThat(Declared.of(null)).isEqualTo(Declared.NONE);
        assertThat(Declared.of(UTF8_ESCAPE)).isEqualTo(Declared.UTF8);
        assertThat(Declared.of(new byte[] {0x1B, '.', 'A'})).isEqualTo(Declared.OTHER);
    }
}
