package org.photodesk.desk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import org.photodesk.core.check.HouseStyle;
import org.photodesk.core.gallery.CaptionChecker;
import org.photodesk.core.ingest.IngestPipeline;
import org.photodesk.core.ingest.Ingestor;
import org.photodesk.core.library.Library;
import org.photodesk.core.publish.GalleryPublisher;
import org.photodesk.core.publish.PublishOptions;
import org.photodesk.core.render.StoredRenditions;

/**
 * Adapts an open {@link Library} to the desk: edits through the domain's editor, renditions from the blob store
 * (made on demand when missing), galleries through the repository and publisher, uploads and hot folders through one
 * {@link IngestPipeline} (an upload is searchable before the answer; its renditions follow), events and article imports through the event book.
 */
final class DeskWiring {

    /** How often a hot folder is scanned. */
    static final Duration HOT_FOLDER_INTERVAL = Duration.ofMillis(250);
    /** How long a file in a hot folder must stay unchanged before it is taken. */
    static final Duration HOT_FOLDER_SETTLE = Duration.ofSeconds(1);

    private DeskWiring() {}

    static DeskPorts ports(Library library, Supplier<String> publicUrl, Clock clock) {
        Ingestor ingestor = library.ingestor();
        IngestPipeline pipeline = new IngestPipeline(ingestor);
        HouseStyle style = HouseStyle.of(library.store(), clock);
        CaptionChecker captions = style.captionChecks();
        var publisher = new GalleryPublisher(library.site(), library.locks(), library.galleries(),
                library.store()::findById, library.renditions(), style.creditLines(), captions, clock,
                PublishOptions.fromEnvironment(System.getenv()));
        return new DeskPorts(library.store(), library.blobs(), library.index(),
                text -> library.ingestor().nearDuplicates().resolve(library.queryParser().parse(text)),
                pipeline::store,
                new StoreEditing(library.store(), library.editor()),
                renditions(library),
                new LibraryGalleries(library.galleries(), publisher, publicUrl, clock), library.site(),
                new EditAwareChecks(library.store(), captions),
                new LibraryHotFolders(pipeline, ingestor, HOT_FOLDER_INTERVAL, HOT_FOLDER_SETTLE, clock),
                new LibraryEvents(library.events(), library.galleries(), library.store(), clock),
                library.accounts(), library.audit(), () -> {
                    pipeline.close();
                    library.close();
                }, library.changes(), ingestor::reindex, Captioning.of(library), ingestor.nearDuplicates()::stacks);
    }

    /** The stored thumbnail or preview, made on first request when missing. */
    private static Renditions renditions(Library library) {
        StoredRenditions renditions = library.renditions();
        return (sha, kind) -> {
            try {
                return renditions.find(library.store(), sha, kind);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the " + kind + " of " + sha + ": " + e.getMessage(), e);
            }
        };
    }


}
