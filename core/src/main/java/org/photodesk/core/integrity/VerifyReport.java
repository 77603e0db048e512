package org.photodesk.core.integrity;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a check of a library found: every photo whose original or renditions are damaged, the search index against
 * the store, and the counts behind them.
 *
 * @param photos the photos in the store
 * @param originals how the originals (current and earlier versions) fared
 * @param renditions how the stored renditions fared
 * @param index the search index against the store
 * @param orphans originals in the blob store that no photo uses (left over from an interrupted ingest; harmless)
 * @param damaged each photo with a problem, in id order
 */
public record VerifyReport(long photos, Originals originals, Renditions renditions, IndexCheck index, long orphans,
        List<DamagedPhoto> damaged) {

    public VerifyReport {
        Objects.requireNonNull(originals, "originals");
        Objects.requireNonNull(renditions, "renditions");
        Objects.requireNonNull(index, "index");
        damaged = List.copyOf(damaged);
    }

    /** Whether nothing is damaged and the index agrees with the store. */
    public boolean sound() {
        return damaged.isEmpty() && index.sound();
    }

    /** The originals read back and hashed: how many were checked, found missing, found damaged. */
    public record Originals(long checked, long missing, long damaged) {}

    /** The renditions read back: how many were checked, how many photos lack one, how many are unreadable. */
    public record Renditions(long checked, long missing, long unreadable) {}

    /**
     * The search index against the store.
     *
     * @param storeCount photos in the store
     * @param indexCount documents in the index
     * @param notIndexed ids of photos the index lacks (at most {@link LibraryVerifier#LISTED} of them)
     * @param notStored ids the index has that the store does not (at most as many)
     * @param behind whether the index records an older store change than the store's last
     * @param damage why the index cannot be read, when it cannot
     */
    public record IndexCheck(long storeCount, long indexCount, List<Long> notIndexed, List<Long> notStored,
            boolean behind, Optional<String> damage) {

        public IndexCheck {
            notIndexed = List.copyOf(notIndexed);
            notStored = List.copyOf(notStored);
            Objects.requireNonNull(damage, "damage");
        }

        /** Whether the index can be read and holds exactly the store's photos. */
        public boolean sound() {
            return damage.isEmpty() && storeCount == indexCount && notIndexed.isEmpty() && notStored.isEmpty()
                    && !behind;
        }
    }

    /** One photo with problems: each says what is wrong with which file, and how to fix it. */
    public record DamagedPhoto(long id, String sha256, String fileName, List<String> problems) {

        public DamagedPhoto {
            problems = List.copyOf(problems);
        }
    }
}
