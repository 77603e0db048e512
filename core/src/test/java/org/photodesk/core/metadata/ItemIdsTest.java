package org.photodesk.core.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.photodesk.core.photo.ItemIdentity;

/** The agency's item ids, version and its time, read from files tagged by the real exiftool. */
class ItemIdsTest {

    @TempDir
    Path dir;

    private ItemIdentity read(String... tags) throws IOException {
        Path file = org.photodesk.core.testing.TestImages.taggedJpeg(dir.resolve("f.jpg"), 3, tags);
        return new MetadataReader().read(Files.readAllBytes(file)).identity();
    }

    @Test
    void everyUniqueIdIsReadMostTrustedFirstAndTheJobIdNever() throws IOException {
        ItemIdentity identity = read("-XMP-plus:ImageSupplierImageID=RTX9QK2F",
                "-XMP-iptcExt:DigitalImageGUID=urn:uuid:5f1c2a9e-0d7b-4f55-9a53-1f0c6b8e7d21",
                "-XMP-iptcExt:RegistryOrganisationID=AP", "-XMP-iptcExt:RegistryItemID=AP24224000123",
                "-XMP-xmpMM:DocumentID=xmp.did:0f6c7a1e-1b2c", "-XMP-xmpMM:VersionID=3",
                "-XMP-xmp:MetadataDate=2024:08:11 21:04:05+02:00",
                "-IPTC:OriginalTransmissionReference=PAR-ROWING-0811", "-IPTC:EditStatus=CORRECTION");

        assertThat(identity.ids()).containsExactly("plus:ImageSupplierImageID=RTX9QK2F",
                "Iptc4xmpExt:DigImageGUID=urn:uuid:5f1c2a9e-0d7b-4f55-9a53-1f0c6b8e7d21",
                "Iptc4xmpExt:RegistryId=AP/AP24224000123", "xmpMM:DocumentID=xmp.did:0f6c7a1e-1b2c");
        assertThat(identity.version()).isEqualTo("3");
        assertThat(identity.versionNumber()).hasValue(3);
        assertThat(identity.versionCreated()).isEqualTo(Instant.parse("2024-08-11T19:04:05Z"));
        assertThat(identity.editStatus()).isEqualTo("CORRECTION");
    }

    @Test
    void theTimeTheAgencySentItStandsInWhenXmpHasNoMetadataDate() throws IOException {
        ItemIdentity identity = read("-IPTC:DateSent=20240811", "-IPTC:TimeSent=210405+0200");

        assertThat(identity.ids()).isEmpty();
        assertThat(identity.versionCreated()).isEqualTo(Instant.parse("2024-08-11T19:04:05Z"));
    }

    @Test
    void placeholderIdsAndAFileWithoutAnyAreNoIdentity() throws IOException {
        assertThat(read("-XMP-xmpMM:DocumentID=0", "-IPTC:Credit=AP").ids()).isEmpty();
        assertThat(read("-IPTC:Credit=AP").none()).isTrue();
    }
}
