package org.photodesk.core.check;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.photodesk.core.caption.HouseCredit;
import org.photodesk.core.gallery.CaptionChecker;
import org.photodesk.core.gallery.CreditLineFormatter;
import org.photodesk.core.photo.PhotoMetadata;
import org.photodesk.core.photo.PhotoStore;
import org.photodesk.core.photo.Problem;

/**
 * The house's style as the desk and the gallery publisher apply it: how a credit line is printed, and the caption
 * checks, against the names the library knows. Set the credit template with {@code PHOTODESK_CREDIT_STYLE}, such as
 * {@code "Photo: {photographer} / {agency}"}; without it each agency's own form is used ("AP Photo/Martin Meissner").
 */
public final class HouseStyle {

    private final HouseCredit credit;
    private final Clock clock;
    private final Supplier<NameBook> names;
    private final ReentrantLock lock = new ReentrantLock();
    private org.photodesk.core.check.CaptionChecker checker;

    public HouseStyle(HouseCredit credit, Clock clock, Supplier<NameBook> names) {
        this.credit = credit;
        this.clock = clock;
        this.names = names;
    }

    /** The style from the environment, checking names against {@code names} (read on first use). */
    public static HouseStyle fromEnvironment(Clock clock, Supplier<NameBook> names) {
        String template = System.getenv("PHOTODESK_CREDIT_STYLE");
        return new HouseStyle(template == null || template.isBlank() ? HouseCredit.agencyDefaults()
                : HouseCredit.of(template), clock, names);
    }

    /** The style from the environment, checking names against those the library's photos already spell. */
    public static HouseStyle of(PhotoStore store, Clock clock) {
        return fromEnvironment(clock, () -> knownNames(store));
    }

    /** The names the library's captions and people fields already spell, for the caption checks. */
    public static NameBook knownNames(PhotoStore store) {
        NameBook book = new NameBook();
        long after = 0;
        for (var page = store.page(after, 1000); !page.isEmpty(); page = store.page(after, 1000)) {
            for (var photo : page) {
                book.addSeen(photo.metadata().caption());
                photo.metadata().people().forEach(book::addSeen);
            }
            after = page.getLast().id();
        }
        return book;
    }

    /** Credit lines in the house style, from the photo's first byline and its agency (else its credit). */
    public CreditLineFormatter creditLines() {
        return (PhotoMetadata m, String agency) -> {
            String photographer = m.byline().isEmpty() ? null : m.byline().getFirst();
            String line = credit.render(photographer, agency != null ? agency : m.credit() != null ? m.credit() : m.source());
            return line == null || line.isBlank() ? null : line;
        };
    }

    /**
     * The caption checks, reading the name book but never teaching it: ingest learns the library's spellings, while
     * views and re-checks (which repeat) must not make a spelling look better attested than it is.
     */
    public CaptionChecker captionChecks() {
        return this::check;
    }

    private List<Problem> check(String caption) {
        if (caption == null || caption.isBlank()) {
            return List.of();
        }
        lock.lock();
        try {
            if (checker == null) {
                checker = new org.photodesk.core.check.CaptionChecker(clock, names.get());
            }
            return checker.check(caption, PhotoMetadata.EMPTY);
        } finally {
            lock.unlock();
        }
    }
}
