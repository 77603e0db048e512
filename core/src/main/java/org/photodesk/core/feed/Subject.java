package org.photodesk.core.feed;

/**
 * A concept the item is about: its name when given, its code (a QCode such as {@code medtop:20000523} or a URI) and
 * the kind of concept ({@code cpnat:abstract}, {@code cpnat:event}, ...), each null when absent.
 */
public record Subject(String name, String code, String type) {

    public Subject {
        name = FeedText.clean(name);
        code = FeedText.clean(code);
        type = FeedText.clean(type);
    }
}
