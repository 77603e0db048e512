package org.photodesk.embedded.store;

import java.util.concurrent.ConcurrentHashMap;
import org.photodesk.core.photo.Photo;

/**
 * Parsed photos by id, bounded, for many threads: reads take no lock (a synchronised access-ordered map made every
 * read of a page wait for the others). Two generations: when the young one is full it becomes the old one and the
 * old one is dropped, and a photo found in the old one moves back to the young one, so the {@code keep} photos used
 * most recently always stay, and at most twice as many are held.
 * Callers check that a cached photo is still what the database holds (version and update time) before using it.
 */
final class PhotoCache {

    private final int generation;
    private volatile ConcurrentHashMap<Long, Photo> young = new ConcurrentHashMap<>();
    private volatile ConcurrentHashMap<Long, Photo> old = new ConcurrentHashMap<>();

    /** A cache that keeps at least the {@code keep} photos used most recently, and at most about twice as many. */
    PhotoCache(int keep) {
        if (keep < 1) {
            throw new IllegalArgumentException("a photo cache that keeps " + keep + " photos is useless: keep 1 or more");
        }
        this.generation = keep;
    }

    /** The photo last put under {@code id}, or null. */
    Photo get(long id) {
        Photo photo = young.get(id);
        if (photo == null) {
            photo = old.get(id);
            if (photo != null) {
                put(id, photo);
            }
        }
        return photo;
    }

    void put(long id, Photo photo) {
        young.put(id, photo);
        if (young.size() > generation) {
            rotate();
        }
    }

    private synchronized void rotate() {
        if (young.size() > generation) {
            old = young;
            young = new ConcurrentHashMap<>();
        }
    }

    /** Forgets the photo under {@code id}, for a change the version and update time do not show. */
    void remove(long id) {
        young.remove(id);
        old.remove(id);
    }
}
