package org.photodesk.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.photodesk.core.ingest.IngestOutcome.Added;
import org.photodesk.core.metadata.MetadataReader;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.PhotoProvenance;
import org.photodesk.core.provenance.C2paReader;
import org.photodesk.core.provenance.C2paSamples;
import org.photodesk.core.provenance.TrustAnchors;
import org.photodesk.core.testing.InMemoryBlobStore;
import org.photodesk.core.testing.InMemoryPhotoStore;
import org.photodesk.core.testing.InMemorySearchIndex;
import org.photodesk.core.testing.TestImages;

/** Content Credentials and digital source types read at ingest, and the perceptual hash's place in the pipeline. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IngestProvenanceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC);

    private final C2paSamples samples = new C2paSamples();

    @TempDir
    Path dir;

    private InMemoryPhotoStore store;
    private InMemoryBlobStore blobs;
    private InMemorySearchIndex index;

    @BeforeEach
    void setUp() {
        store = new InMemoryPhotoStore(CLOCK);
        blobs = new InMemoryBlobStore();
        index = new InMemorySearchIndex();
    }

    private Ingestor ingestor(RenditionMaker renditions, PerceptualHasher hasher) {
        return new Ingestor(store, blobs, index, new MetadataReader(), MetadataEnricher.NONE, renditions,
                IngestLimits.DEFAULT, CLOCK, new C2paReader(TrustAnchors.none(), CLOCK), hasher);
    }

    private Photo added(IngestOutcome outcome) {
        assertThat(outcome).isInstanceOf(Added.class);
        return ((Added) outcome).photo();
    }

    @Test
    void aSignedAiGeneratedPictureKeepsItsGeneratorSignerStateAndDeclaration() {
        byte[] file = samples.aiGenerated(TestImages.jpeg(320, 200, 40));

        Photo photo = added(ingestor(RenditionMaker.DEFERRED, PerceptualHasher.NONE).ingest("ai.jpg", file));

        PhotoProvenance p = photo.provenance();
        assertThat(p.state()).isEqualTo(PhotoProvenance.State.CLAIMED);
        assertThat(p.summary()).startsWith("Content Credentials claimed, not verified");
        assertThat(p.generator()).isEqualTo("Photodesk Test Generator 1.0");
        assertThat(p.signer()).isEqualTo("Photodesk Test Newsroom");
        assertThat(p.ai()).isEqualTo(PhotoProvenance.Ai.GENERATED);
        assertThat(p.digitalSourceType()).endsWith("/trainedAlgorithmicMedia");
        assertThat(p.sourceType()).isEqualTo("AI-generated");
        assertThat(p.synthetic()).isTrue();
        assertThat(p.actions()).containsExactly("c2pa.created");
        assertThat(store.findById(photo.id()).orElseThrow().provenance()).isEqualTo(p);
    }

    @Test
    void aSignedCaptureIsClaimedAndNotSyntheticAndATamperedOneIsInvalid() {
        Ingestor ingestor = ingestor(RenditionMaker.DEFERRED, PerceptualHasher.NONE);

        Photo captured = added(ingestor.ingest("cam.jpg", samples.captured(TestImages.jpeg(320, 200, 41))));
        Photo tampered = added(ingestor.ingest("bad.jpg", samples.tampered(TestImages.jpeg(320, 200, 42))));

        assertThat(captured.provenance().state()).isEqualTo(PhotoProvenance.State.CLAIMED);
        assertThat(captured.provenance().synthetic()).isFalse();
        assertThat(captured.provenance().sourceType()).isEqualTo("Digital capture");
        assertThat(tampered.provenance().state()).isEqualTo(PhotoProvenance.State.INVALID);
        assertThat(tampered.provenance().summary()).startsWith("Content Credentials invalid");
        assertThat(tampered.problems()).anyMatch(p -> p.code().startsWith("c2pa."));
    }

    @Test
    void withoutCredentialsTheXmpDigitalSourceTypeIsKeptInWords() throws IOException {
        Path file = TestImages.taggedJpeg(dir.resolve("x.jpg"), 43,
                "-XMP-iptcExt:DigitalSourceType=http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia");
        Path plain = TestImages.taggedJpeg(dir.resolve("y.jpg"), 44, "-IPTC:Credit=AP");
        Ingestor ingestor = ingestor(RenditionMaker.DEFERRED, PerceptualHasher.NONE);

        Photo declared = added(ingestor.ingest(file));
        Photo none = added(ingestor.ingest(plain));

        assertThat(declared.provenance().state()).isEqualTo(PhotoProvenance.State.NONE);
        assertThat(declared.provenance().sourceType()).isEqualTo("AI-generated");
        assertThat(declared.provenance().synthetic()).isTrue();
        assertThat(none.provenance()).isEqualTo(PhotoProvenance.NONE);
    }

    @Test
    void theHasherIsCalledWithTheThumbnailAfterRenditionsAndItsHashIsStoredAndIndexed() {
        byte[] thumb = TestImages.jpeg(40, 30, 45);
        RenditionMaker renditions = photo -> {
            blobs.putRendition(photo.sha256(), "thumb", thumb);
            return List.of();
        };
        var seen = new ArrayList<byte[]>();
        PerceptualHasher hasher = jpeg -> {
            seen.add(jpeg);
            return OptionalLong.of(0x0123_4567_89AB_CDEFL);
        };

        Photo photo = added(ingestor(renditions, hasher).ingest("h.jpg", TestImages.jpeg(64, 48, 46)));

        assertThat(seen).singleElement().isEqualTo(thumb);
        assertThat(store.findById(photo.id()).orElseThrow().perceptualHash()).isEqualTo(0x0123_4567_89AB_CDEFL);
        assertThat(index.lastStoreChange()).isEqualTo(store.lastChange());
    }

    @Test
    void withRenditionsDeferredTheHashWaitsAndNothingFails() {
        var calls = new ArrayList<byte[]>();
        Photo photo = added(ingestor(RenditionMaker.DEFERRED, jpeg -> {
            calls.add(jpeg);
            return OptionalLong.of(1);
        }).ingest("d.jpg", TestImages.jpeg(64, 48, 47)));

        assertThat(calls).isEmpty();
        assertThat(store.findById(photo.id()).orElseThrow().perceptualHash()).isNull();
        assertThat(Files.exists(dir)).isTrue();
    }
}
