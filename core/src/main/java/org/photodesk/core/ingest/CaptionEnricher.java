package org.photodesk.core.ingest;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.photodesk.core.caption.CreditCleaner;
import org.photodesk.core.check.CaptionChecker;
import org.photodesk.core.check.NameBook;
import org.photodesk.core.photo.PhotoMetadata;
import org.photodesk.core.photo.Problem;

/**
 * The ingest stage that reads captions as a picture editor does: cleans credits and bylines (the file's own metadata
 * is kept apart), names the agency, and checks the caption against the names the library already knows.
 *
 * <p>The name book is built on first use (from the library and its rosters: that may read the whole store) and then
 * grows with every caption ingested, so a misspelling is caught against spellings seen earlier in the same run too.
 */
public final class CaptionEnricher implements MetadataEnricher {

    private final CreditCleaner cleaner;
    private final Clock clock;
    private final Supplier<NameBook> seed;
    private final ReentrantLock lock = new ReentrantLock();
    private CaptionChecker checker;
    private NameBook names;

    public CaptionEnricher(CreditCleaner cleaner, Clock clock, Supplier<NameBook> seed) {
        this.cleaner = cleaner;
        this.clock = clock;
        this.seed = seed;
    }

    @Override
    public Enrichment enrich(PhotoMetadata embedded) {
        CreditCleaner.Result cleaned = cleaner.clean(embedded);
        List<Problem> problems = new ArrayList<>(cleaned.problems());
        String caption = cleaned.metadata().caption();
        if (caption != null) {
            problems.addAll(check(caption, cleaned.metadata()));
        }
        return new Enrichment(cleaned.metadata(), cleaned.agency(), problems);
    }

    /**
     * Builds the name book and loads the gazetteer the caption parser places datelines with (some 300,000 towns):
     * a second or two of work that otherwise falls on the first file of the first burst.
     */
    @Override
    public void warmUp() {
        lock.lock();
        try {
            checker();
        } finally {
            lock.unlock();
        }
        org.photodesk.core.text.Geo.standard();
    }

    private CaptionChecker checker() {
        if (checker == null) {
            names = seed.get();
            checker = new CaptionChecker(clock, names);
        }
        return checker;
    }

    /** Checks under a lock: the name book is shared by every ingest thread and learns from each caption. */
    private List<Problem> check(String caption, PhotoMetadata metadata) {
        lock.lock();
        try {
            List<Problem> found = checker().check(caption, metadata);
            names.addSeen(caption);
            return found;
        } finally {
            lock.unlock();
        }
    }
}
