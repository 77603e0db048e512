package org.photodesk.core.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.photodesk.core.photo.PhotoMetadata;
import org.photodesk.core.photo.Problem;

/**
 * Writes JPEGs (and a TIFF and a PNG) with exiftool, then checks every normalised field the reader gives against
 * what exiftool itself reads back, merged by the same precedence.
 */
class MetadataReaderExiftoolIT {

    private static final String[] UTF8 = {"-charset", "iptc=UTF8", "-IPTC:CodedCharacterSet=UTF8"};
    private static final String[] UTF8_UNDECLARED = {"-charset", "iptc=UTF8"};
    private static final String[] LATIN = {"-charset", "iptc=Latin"};
    private static final String LONG_CAPTION = ("Rescue teams worked through the night to clear the mountain road"
            + " after the storm, while residents of the valley waited in the school gym for news. ").repeat(16);
    private static final String GREEK_CAPTION = "Οι διασώστες εργάστηκαν όλη τη νύχτα στον ορεινό δρόμο. ".repeat(20);
    private static final String LONG_HEADLINE = "Storm closes the mountain road for a second night ".repeat(6);
    private static final String LONG_BYLINE = "Maximiliane Konstantinopoulou-Vasilaki";
    private static final String LONG_COPYRIGHT = "© 2024 Example Regional Picture Agency and its contributing"
            + " photographers; all rights reserved worldwide, no resale, no archiving without licence";

    @TempDir
    static Path dir;

    private static byte[] baseJpeg;

    /** One fixture: the exiftool arguments that write it, an optional later edit, and the oracle's charset. */
    record Case(String name, String oracleCharset, List<String> write, List<String> edit) {
        @Override
        public String toString() {
            return name;
        }

        Case then(String... args) {
            return new Case(name, oracleCharset, write, List.of(args));
        }

        Case oracle(String charset) {
            return new Case(name, charset, write, edit);
        }
    }

    private static Case c(String name, String[] prefix, String... args) {
        var all = new ArrayList<>(Arrays.asList(prefix));
        all.addAll(Arrays.asList(args));
        return new Case(name, "Latin", all, List.of());
    }

    private static String[] with(String[] prefix, String... args) {
        return Stream.concat(Arrays.stream(prefix), Arrays.stream(args)).toArray(String[]::new);
    }

    static List<Case> cases() {
        return List.of(
                c("iim-utf8-all-fields", UTF8, "-IPTC:ObjectName=FETE-MUSIQUE", "-IPTC:Headline=Fête à Besançon",
                        "-IPTC:Caption-Abstract=Des musiciens jouent place Pasteur à Besançon.",
                        "-IPTC:By-line=Élodie Mercier", "-IPTC:By-lineTitle=Photographe",
                        "-IPTC:Credit=Agence Régionale", "-IPTC:Source=ARP", "-IPTC:CopyrightNotice=© ARP 2024",
                        "-IPTC:City=Besançon", "-IPTC:Sub-location=Place Pasteur", "-IPTC:Province-State=Doubs",
                        "-IPTC:Country-PrimaryLocationName=France", "-IPTC:Country-PrimaryLocationCode=FRA",
                        "-IPTC:SpecialInstructions=Pas de recadrage", "-IPTC:OriginalTransmissionReference=ARP-0621",
                        "-IPTC:Keywords=musique", "-IPTC:Keywords=fête", "-IPTC:DateCreated=2024:06:21",
                        "-IPTC:TimeCreated=20:15:00+02:00"),
                c("iim-latin1-all-fields", LATIN, "-IPTC:ObjectName=FETE-MUSIQUE", "-IPTC:Headline=Fête à Besançon",
                        "-IPTC:Caption-Abstract=Des musiciens jouent près de la cathédrale.",
                        "-IPTC:By-line=Élodie Mercier", "-IPTC:Credit=Agence Régionale",
                        "-IPTC:City=Besançon", "-IPTC:Keywords=été", "-IPTC:Keywords=cœur",
                        "-IPTC:DateCreated=2024:06:21"),
                c("iim-utf8-undeclared", UTF8_UNDECLARED, "-IPTC:Headline=Fête à Orléans",
                        "-IPTC:Caption-Abstract=Un défilé dans les rues d'Orléans.",
                        "-IPTC:By-line=Loïc Gaël").oracle("UTF8"),
                c("xmp-all-fields", UTF8, "-XMP-dc:Title=HARBOUR-01", "-XMP-dc:Description=Boats in the harbour at dawn.",
                        "-XMP-dc:Creator=Ana Lima", "-XMP-dc:Creator=Rui Costa", "-XMP-dc:Rights=© Porto Photo",
                        "-XMP-dc:Subject=harbour", "-XMP-dc:Subject=boats", "-XMP-photoshop:Headline=Dawn in Porto",
                        "-XMP-photoshop:AuthorsPosition=Staff photographer", "-XMP-photoshop:Credit=Porto Photo",
                        "-XMP-photoshop:Source=PP", "-XMP-photoshop:City=Porto", "-XMP-photoshop:State=Norte",
                        "-XMP-photoshop:Country=Portugal", "-XMP-photoshop:Instructions=Embargo until 06:00",
                        "-XMP-photoshop:TransmissionReference=PP-2024-77",
                        "-XMP-photoshop:DateCreated=2024:05:02 06:12:00+01:00", "-XMP-iptcCore:Location=Ribeira",
                        "-XMP-iptcCore:CountryCode=PRT", "-XMP-iptcCore:AltTextAccessibility=Fishing boats on a river",
                        "-XMP-xmpRights:UsageTerms=Editorial use only", "-XMP-iptcExt:PersonInImage=João Silva",
                        "-XMP-iptcExt:Event=São João festival",
                        "-XMP-iptcExt:DigitalSourceType=http://cv.iptc.org/newscodes/digitalsourcetype/digitalCapture",
                        "-XMP-iptcExt:LocationShown={City=Porto,CountryName=Portugal}",
                        "-XMP-plus:ImageSupplierName=Porto Photo", "-XMP-xmpRights:WebStatement=https://example.org/l"),
                c("exif-only", UTF8, "-EXIF:ImageDescription=A tram in Lisbon", "-EXIF:Artist=Ana Lima; Rui Costa",
                        "-EXIF:Copyright=© Ana Lima", "-EXIF:DateTimeOriginal=2024:03:04 10:11:12",
                        "-EXIF:OffsetTimeOriginal=+00:00", "-EXIF:Orientation#=6"),
                c("exif-date-without-offset", UTF8, "-EXIF:DateTimeOriginal=2023:12:31 23:59:59",
                        "-EXIF:Orientation#=8"),
                c("exif-orientation-3", UTF8, "-EXIF:Orientation#=3", "-EXIF:ImageDescription=Upside down"),
                c("conflict-no-digest-xmp-wins", UTF8, "-IPTC:Headline=IIM headline", "-XMP-photoshop:Headline=XMP headline",
                        "-IPTC:Caption-Abstract=IIM caption", "-XMP-dc:Description=XMP caption",
                        "-IPTC:City=Lyon", "-XMP-photoshop:City=Marseille"),
                c("conflict-fresh-digest-xmp-wins", UTF8, "-IPTC:Headline=IIM headline",
                        "-XMP-photoshop:Headline=XMP headline", "-IPTC:By-line=IIM Name", "-XMP-dc:Creator=XMP Name",
                        "-IPTCDigest=new"),
                c("stale-digest-iim-wins", UTF8, "-IPTC:Headline=Original headline",
                        "-XMP-photoshop:Headline=Original headline", "-IPTC:Caption-Abstract=Original caption",
                        "-XMP-dc:Description=Original caption", "-IPTC:Credit=Same credit",
                        "-XMP-photoshop:Credit=Same credit", "-IPTCDigest=new")
                        .then(with(UTF8, "-IPTC:Headline=Corrected headline", "-IPTC:Caption-Abstract=Corrected caption")),
                c("stale-digest-lists-and-date", UTF8, "-IPTC:Keywords=one", "-IPTC:Keywords=two",
                        "-XMP-dc:Subject=one", "-XMP-dc:Subject=two", "-IPTC:DateCreated=2024:01:01",
                        "-XMP-photoshop:DateCreated=2024:01:01", "-IPTCDigest=new")
                        .then(with(UTF8, "-IPTC:Keywords=three", "-IPTC:DateCreated=2024:01:02")),
                c("stale-digest-latin1", LATIN, "-IPTC:City=Genève", "-XMP-photoshop:City=Genève", "-IPTCDigest=new")
                        .then(with(LATIN, "-IPTC:City=Zürich")),
                c("stale-digest-truncated-caption-xmp-wins", UTF8, "-IPTC:Caption-Abstract=" + LONG_CAPTION,
                        "-XMP-dc:Description=" + LONG_CAPTION, "-IPTC:Headline=First", "-XMP-photoshop:Headline=First",
                        "-IPTCDigest=new")
                        .then(with(UTF8, "-IPTC:Headline=Second")),
                c("truncated-byline", UTF8, "-IPTC:By-line=" + LONG_BYLINE, "-XMP-dc:Creator=" + LONG_BYLINE),
                c("truncated-headline", UTF8, "-IPTC:Headline=" + LONG_HEADLINE, "-XMP-photoshop:Headline=" + LONG_HEADLINE),
                c("truncated-caption-ascii", UTF8, "-IPTC:Caption-Abstract=" + LONG_CAPTION,
                        "-XMP-dc:Description=" + LONG_CAPTION),
                c("truncated-caption-greek", UTF8, "-IPTC:Caption-Abstract=" + GREEK_CAPTION,
                        "-XMP-dc:Description=" + GREEK_CAPTION),
                c("stale-digest-truncated-greek", UTF8, "-IPTC:Caption-Abstract=" + GREEK_CAPTION,
                        "-XMP-dc:Description=" + GREEK_CAPTION, "-IPTCDigest=new")
                        .then(with(UTF8, "-IPTC:Headline=Νέος τίτλος")),
                c("truncated-credit-source-city", UTF8, "-IPTC:Credit=Agence France-Presse Photo Service Intl",
                        "-XMP-photoshop:Credit=Agence France-Presse Photo Service Intl",
                        "-IPTC:Source=Regional Newspaper Syndicate of the North", "-XMP-photoshop:Source=Regional Newspaper Syndicate of the North",
                        "-IPTC:City=Llanfairpwllgwyngyllgogerychwyrndrobwll",
                        "-XMP-photoshop:City=Llanfairpwllgwyngyllgogerychwyrndrobwll"),
                c("truncated-copyright", UTF8, "-IPTC:CopyrightNotice=" + LONG_COPYRIGHT, "-XMP-dc:Rights=" + LONG_COPYRIGHT),
                c("truncated-iim-without-xmp", UTF8, "-IPTC:Headline=" + LONG_HEADLINE),
                c("multi-keywords-same", UTF8, "-IPTC:Keywords=politics", "-IPTC:Keywords=election",
                        "-IPTC:Keywords=Europe", "-XMP-dc:Subject=politics", "-XMP-dc:Subject=election",
                        "-XMP-dc:Subject=Europe"),
                c("multi-bylines-iim-only", UTF8, "-IPTC:By-line=Ana Lima", "-IPTC:By-line=Rui Costa",
                        "-IPTC:By-line=Ines Sousa"),
                c("multi-people-xmp", UTF8, "-XMP-iptcExt:PersonInImage=Olaf Scholz",
                        "-XMP-iptcExt:PersonInImage=Emmanuel Macron", "-XMP-iptcExt:PersonInImage=Giorgia Meloni"),
                c("greek-both", UTF8, "-IPTC:Caption-Abstract=Η Ακρόπολη τη νύχτα.", "-XMP-dc:Description=Η Ακρόπολη τη νύχτα.",
                        "-IPTC:City=Αθήνα", "-XMP-photoshop:City=Αθήνα", "-IPTC:By-line=Νίκος Παπαδόπουλος"),
                c("cyrillic-iim", UTF8, "-IPTC:Headline=Парад на Красной площади", "-IPTC:City=Москва",
                        "-IPTC:Keywords=парад", "-IPTC:Keywords=Москва", "-IPTC:By-line=Иван Петров"),
                c("arabic-iim", UTF8, "-IPTC:Headline=مهرجان الموسيقى في القاهرة", "-IPTC:City=القاهرة",
                        "-IPTC:Country-PrimaryLocationName=مصر"),
                c("cjk-iim-and-xmp", UTF8, "-IPTC:Headline=東京の桜が満開", "-IPTC:Keywords=桜", "-IPTC:Keywords=東京",
                        "-XMP-dc:Subject=桜", "-XMP-dc:Subject=東京", "-IPTC:City=東京", "-XMP-photoshop:City=東京都",
                        "-IPTC:By-line=김민준"),
                c("french-latin1-iim-xmp-differs", LATIN, "-IPTC:Caption-Abstract=Crème brûlée à Paris",
                        "-XMP-dc:Description=Crème brûlée à Paris, France", "-IPTC:By-line=François Lefèvre"),
                c("iim-date-time-offset", UTF8, "-IPTC:DateCreated=2024:08:11", "-IPTC:TimeCreated=21:04:05-05:30"),
                c("iim-date-only", UTF8, "-IPTC:DateCreated=2022:02:28"),
                c("xmp-date-beats-exif", UTF8, "-XMP-photoshop:DateCreated=2024:08:11 21:04:05+02:00",
                        "-EXIF:DateTimeOriginal=2024:08:11 19:00:00", "-EXIF:OffsetTimeOriginal=+00:00"),
                c("exif-fallback-mixed", UTF8, "-IPTC:Headline=IIM headline", "-EXIF:ImageDescription=EXIF caption",
                        "-EXIF:Artist=EXIF Artist", "-EXIF:Copyright=EXIF copyright", "-XMP-dc:Rights=XMP rights"),
                c("lang-alt-default-and-french", UTF8, "-XMP-dc:Description=English caption",
                        "-XMP-dc:Description-fr=Légende française", "-XMP-dc:Title-de=Nur Deutsch"),
                c("locations-shown", UTF8, "-XMP-iptcExt:LocationShown={LocationName=Louvre,City=Paris}",
                        "-XMP-iptcExt:LocationShown+={Sublocation=Marais,City=Paris,ProvinceState=Île-de-France,CountryName=France}"),
                c("location-fields-both", UTF8, "-IPTC:Sub-location=Old Town", "-XMP-iptcCore:Location=Old Town",
                        "-IPTC:Province-State=Bavaria", "-XMP-photoshop:State=Bayern",
                        "-IPTC:Country-PrimaryLocationCode=DEU", "-XMP-iptcCore:CountryCode=DEU",
                        "-IPTC:SpecialInstructions=No sales", "-XMP-photoshop:Instructions=No sales to tabloids",
                        "-IPTC:OriginalTransmissionReference=REF-A", "-XMP-photoshop:TransmissionReference=REF-B"),
                c("ext-fields-greek", UTF8, "-XMP-iptcExt:Event=Ολυμπιακοί Αγώνες",
                        "-XMP-iptcCore:AltTextAccessibility=Αθλητής στον τερματισμό",
                        "-XMP-iptcExt:DigitalSourceType=http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia"),
                c("title-iim-vs-xmp", UTF8, "-IPTC:ObjectName=OBJ-IIM", "-XMP-dc:Title=OBJ-XMP"),
                c("whitespace-trimmed", UTF8, "-IPTC:Headline=  padded headline  ", "-XMP-dc:Description= padded  "));
    }

    @BeforeAll
    static void baseImage() throws IOException {
        baseJpeg = TestImages.image("jpg", 64, 48, 5);
        Files.write(dir.resolve("base.jpg"), baseJpeg);
    }

    private static Path write(Case c) throws IOException {
        Path file = dir.resolve(c.name() + ".jpg");
        Files.write(file, baseJpeg);
        exiftool(c.write(), file);
        if (!c.edit().isEmpty()) {
            exiftool(c.edit(), file);
        }
        return file;
    }

    private static void exiftool(List<String> args, Path file) {
        var all = new ArrayList<>(List.of("-q", "-overwrite_original"));
        all.addAll(args);
        all.add(file.toString());
        ExiftoolOracle.run(dir, all);
    }

    @Test
    void thereAreAtLeastThirtyJpegCases() {
        assertThat(cases()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(cases().stream().map(Case::name).distinct()).hasSameSizeAs(cases());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyFieldAgreesWithExiftool(Case c) throws IOException {
        Path file = write(c);
        JsonNode oracle = ExiftoolOracle.json(dir, file, c.oracleCharset());
        MetadataRead read = new MetadataReader().read(Files.readAllBytes(file));

        PhotoMetadata expected = ExiftoolOracle.expected(oracle);
        assertThat(expected).as("exiftool saw the fields written").isNotEqualTo(PhotoMetadata.EMPTY);
        assertThat(read.metadata()).isEqualTo(expected);
        assertThat(read.image().width()).isEqualTo(oracle.get("File:ImageWidth").asInt());
        assertThat(read.image().height()).isEqualTo(oracle.get("File:ImageHeight").asInt());
        int orientation = oracle.has("IFD0:Orientation") ? oracle.get("IFD0:Orientation").asInt() : 1;
        assertThat(read.image().orientation()).isEqualTo(orientation);
        assertThat(read.problems()).extracting(Problem::code)
                .doesNotContain("metadata.unreadable", "metadata.corrupt", "jpeg.corrupt", "iim.corrupt");
        assertThat(read.metadata().toString()).as("mojibake").doesNotContain("\uFFFD", "Ã", "Â");
    }

    @Test
    void staleDigestIsDetectedAndIimWinsWhereItDiffers() throws IOException {
        Case c = find("stale-digest-iim-wins");
        Path file = write(c);
        assertThat(ExiftoolOracle.staleDigest(ExiftoolOracle.json(dir, file, "Latin"))).isTrue();
        MetadataRead read = new MetadataReader().read(Files.readAllBytes(file));
        assertThat(read.metadata().headline()).isEqualTo("Corrected headline");
        assertThat(read.metadata().caption()).isEqualTo("Corrected caption");
        assertThat(read.metadata().credit()).isEqualTo("Same credit");
    }

    @Test
    void freshDigestKeepsXmp() throws IOException {
        Path file = write(find("conflict-fresh-digest-xmp-wins"));
        assertThat(ExiftoolOracle.staleDigest(ExiftoolOracle.json(dir, file, "Latin"))).isFalse();
        MetadataRead read = new MetadataReader().read(Files.readAllBytes(file));
        assertThat(read.metadata().headline()).isEqualTo("XMP headline");
        assertThat(read.metadata().byline()).containsExactly("XMP Name");
    }

    @Test
    void truncatedIimIsRecoveredFromXmpAndReported() throws IOException {
        MetadataRead stale = new MetadataReader().read(Files.readAllBytes(write(
                find("stale-digest-truncated-caption-xmp-wins"))));
        assertThat(stale.metadata().caption()).isEqualTo(LONG_CAPTION.strip());
        assertThat(stale.metadata().headline()).isEqualTo("Second");
        assertThat(stale.problems()).anySatisfy(p -> {
            assertThat(p.code()).isEqualTo("iim.truncated");
            assertThat(p.field()).isEqualTo("caption");
        });
        MetadataRead greek = new MetadataReader().read(Files.readAllBytes(write(find("truncated-caption-greek"))));
        assertThat(greek.metadata().caption()).isEqualTo(GREEK_CAPTION.strip());
        assertThat(greek.raw().iim().get("2:120 Caption-Abstract").getFirst()).doesNotContain("\uFFFD");
        assertThat(greek.problems()).extracting(Problem::code).contains("iim.truncated");
        MetadataRead byline = new MetadataReader().read(Files.readAllBytes(write(find("truncated-byline"))));
        assertThat(byline.metadata().byline()).containsExactly(LONG_BYLINE);
        assertThat(byline.raw().iim().get("2:80 By-line").getFirst()).hasSize(32);
    }

    @Test
    void latin1IimNotesTheFallbackAndUtf8DoesNot() throws IOException {
        MetadataRead latin = new MetadataReader().read(Files.readAllBytes(write(find("iim-latin1-all-fields"))));
        assertThat(latin.metadata().city()).isEqualTo("Besançon");
        assertThat(latin.metadata().keywords()).containsExactly("été", "cœur");
        assertThat(latin.problems()).extracting(Problem::code).contains("iim.charset.fallback");
        MetadataRead utf8 = new MetadataReader().read(Files.readAllBytes(write(find("iim-utf8-all-fields"))));
        assertThat(utf8.metadata().city()).isEqualTo("Besançon");
        assertThat(utf8.problems()).isEmpty();
        MetadataRead undeclared = new MetadataReader().read(Files.readAllBytes(write(find("iim-utf8-undeclared"))));
        assertThat(undeclared.metadata().byline()).containsExactly("Loïc Gaël");
        assertThat(undeclared.problems()).isEmpty();
    }

    @Test
    void exifDateWithOffsetAndOrientation() throws IOException {
        MetadataRead read = new MetadataReader().read(Files.readAllBytes(write(find("exif-only"))));
        assertThat(read.metadata().dateCreated().iso()).isEqualTo("2024-03-04T10:11:12+00:00");
        assertThat(read.metadata().byline()).containsExactly("Ana Lima", "Rui Costa");
        assertThat(read.image().orientation()).isEqualTo(6);
        assertThat(read.raw().exif()).containsKeys("DateTimeOriginal", "OffsetTimeOriginal", "Artist");
    }

    @Test
    void pixelHashIgnoresCaptionsWrittenByExiftool() throws IOException {
        Path a = dir.resolve("hash-a.jpg");
        Path b = dir.resolve("hash-b.jpg");
        Files.write(a, baseJpeg);
        Files.write(b, baseJpeg);
        exiftool(List.of("-IPTC:Caption-Abstract=First caption", "-XMP-dc:Description=First"), a);
        exiftool(List.of("-IPTC:Caption-Abstract=Another caption", "-EXIF:Artist=Someone", "-comment=note"), b);
        byte[] bytesA = Files.readAllBytes(a);
        byte[] bytesB = Files.readAllBytes(b);
        assertThat(bytesA).isNotEqualTo(bytesB);
        assertThat(PixelHash.of(bytesA, "image/jpeg")).isPresent().isEqualTo(PixelHash.of(bytesB, "image/jpeg"));
        assertThat(PixelHash.of(TestImages.image("jpg", 64, 48, 6), "image/jpeg"))
                .isNotEqualTo(PixelHash.of(bytesA, "image/jpeg"));
    }

    @Test
    void tiffWithIptcAndXmpAgreesWithExiftool() throws IOException {
        Path file = dir.resolve("photo.tif");
        Files.write(file, TestImages.image("tiff", 20, 10, 3));
        exiftool(List.of("-charset", "iptc=UTF8", "-IPTC:CodedCharacterSet=UTF8", "-IPTC:Headline=Ο τίτλος",
                "-IPTC:By-line=Ζωή", "-XMP-dc:Description=Une légende", "-EXIF:Artist=Zoé",
                "-IPTC:Caption-Abstract=IIM légende", "-IPTCDigest=new"), file);
        exiftool(List.of("-charset", "iptc=UTF8", "-IPTC:Caption-Abstract=IIM légende corrigée"), file);
        JsonNode oracle = ExiftoolOracle.json(dir, file, "Latin");
        MetadataRead read = new MetadataReader().read(Files.readAllBytes(file));
        assertThat(read.image()).extracting(i -> i.mediaType(), i -> i.width(), i -> i.height())
                .containsExactly("image/tiff", 20, 10);
        assertThat(read.metadata()).isEqualTo(ExiftoolOracle.expected(oracle));
        assertThat(read.metadata().caption()).isEqualTo("IIM légende corrigée");
    }

    @Test
    void pngWithXmpAgreesWithExiftool() throws IOException {
        Path file = dir.resolve("photo.png");
        Files.write(file, TestImages.image("png", 20, 10, 3));
        exiftool(List.of("-XMP-dc:Description=Ein Bild", "-XMP-dc:Subject=eins", "-XMP-dc:Subject=zwei",
                "-XMP-photoshop:Headline=Überschrift"), file);
        MetadataRead read = new MetadataReader().read(Files.readAllBytes(file));
        assertThat(read.metadata()).isEqualTo(ExiftoolOracle.expected(ExiftoolOracle.json(dir, file, "Latin")));
        assertThat(read.metadata().headline()).isEqualTo("Überschrift");
        assertThat(PixelHash.of(Files.readAllBytes(file), "image/png"))
                .isEqualTo(PixelHash.of(TestImages.image("png", 20, 10, 3), "image/png"));
    }

    private static Case find(String name) {
        return cases().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }
}
