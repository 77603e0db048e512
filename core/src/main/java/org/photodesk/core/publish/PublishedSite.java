package org.photodesk.core.publish;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The port to where published galleries live for readers: each publish writes a whole new release of a gallery's
 * files, then makes it live at once, so readers see the old page or the new one, never a mix. Paths are relative
 * to the site, such as {@code closing-ceremony/index.html}.
 */
public interface PublishedSite {

    /** A new, empty release of gallery {@code slug} at {@code revision}, to write files into. */
    Release newRelease(String slug, int revision) throws IOException;

    /**
     * What the site holds at {@code path} (already URL-decoded): a file, or a folder (a gallery's slug) whose
     * {@code index.html} a reader gets at the path with a trailing slash. Empty for hidden files, paths that leave
     * the site, and nothing there.
     */
    Optional<Entry> find(String path) throws IOException;

    /** Takes gallery {@code slug} off the site; false when it was not published. */
    boolean remove(String slug) throws IOException;

    /**
     * The files of gallery {@code slug}'s live release, as paths relative to it (such as {@code index.html} and
     * {@code images/12-thumb.jpg}), sorted; empty when it is not published. For copying a site elsewhere.
     */
    List<String> files(String slug) throws IOException;

    /** A release being written. */
    interface Release {

        /** Writes {@code bytes} at {@code path} inside the release, such as {@code images/12-thumb.jpg}. */
        void write(String path, byte[] bytes) throws IOException;

        /**
         * Makes this release the live one of its gallery, atomically, and drops older ones; returns where readers
         * find it (a folder or an address), for messages.
         */
        String makeLive() throws IOException;

        /** Deletes this release, which was not made live; never throws. */
        void discard();
    }

    /** What a path of the site holds. */
    sealed interface Entry {

        /** A file and its bytes; {@code name} is its last path element, for its media type. */
        record File(String name, byte[] bytes) implements Entry {}

        /** A published gallery's folder, read at its path with a trailing slash. */
        record Folder() implements Entry {}
    }
}
