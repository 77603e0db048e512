package org.photodesk.core.feed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the feed fixtures written for these tests (after the IPTC specifications' shapes) from the classpath. */
final class Fixtures {

    private Fixtures() {}

    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name + " beside " + Fixtures.class.getName());
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static FeedItem only(String name) {
        FeedRead read = new FeedReader().read(bytes(name));
        if (read.items().size() != 1) {
            throw new AssertionError(name + " holds " + read.items().size() + " items: " + read.allProblems());
        }
        return read.items().getFirst();
    }
}
