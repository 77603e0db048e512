package org.photodesk.core.feed;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.photodesk.core.photo.Problem;

/**
 * The entry point for agency items in bytes: says which format they are ({@link #sniff}) and reads them with the
 * matching reader ({@link #read}). Bounded in size; never throws.
 */
public final class FeedReader {

    /** The largest document read by default: 16 MiB, far above any single item or package. */
    public static final int DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

    private static final int SNIFF_WINDOW = 8 * 1024;
    private static final Pattern XML_PREAMBLE = Pattern.compile(
            "\\A(?:\\s|<\\?.*?\\?>|<!--.*?-->|<!DOCTYPE[^>]*>)*+<(?:[A-Za-z_][\\w.-]*:)?([A-Za-z_][\\w.-]*)",
            Pattern.DOTALL);

    private final int maxBytes;
    private final NewsMlReader newsMl = new NewsMlReader();
    private final NinjsReader ninjs = new NinjsReader();

    /** A reader bounded at {@link #DEFAULT_MAX_BYTES}. */
    public FeedReader() {
        this(DEFAULT_MAX_BYTES);
    }

    /** A reader that refuses documents larger than {@code maxBytes}. */
    public FeedReader(int maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /**
     * Which format the bytes are in, from their start: a NewsML-G2 root element, or a JSON object (or array of them)
     * with ninjs properties, by generation; {@link FeedFormat#NONE} for anything else.
     */
    public FeedFormat sniff(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return FeedFormat.NONE;
        }
        String head = head(bytes);
        String start = head.stripLeading();
        if (start.startsWith("<")) {
            return sniffXml(head);
        }
        if ((start.startsWith("{") || start.startsWith("[")) && bytes.length <= maxBytes) {
            FeedRead read = ninjs.read(bytes);
            return read.items().isEmpty() ? FeedFormat.NONE : read.format();
        }
        return FeedFormat.NONE;
    }

    /** Reads the bytes as whichever format they are in; an unknown format or oversize document is a problem. */
    public FeedRead read(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return FeedRead.failed(FeedFormat.NONE, Problem.of("feed.empty", "the document is empty"));
        }
        if (bytes.length > maxBytes) {
            return FeedRead.failed(FeedFormat.NONE, tooLarge(bytes.length, maxBytes));
        }
        String start = head(bytes).stripLeading();
        if (start.startsWith("<")) {
            return newsMl.read(bytes);
        }
        if (start.startsWith("{") || start.startsWith("[")) {
            return ninjs.read(bytes);
        }
        return FeedRead.failed(FeedFormat.NONE, Problem.of("feed.format.unknown",
                "the document is neither NewsML-G2 XML nor ninjs JSON"));
    }

    static Problem tooLarge(long size, long max) {
        return Problem.of("feed.size", "the document is " + size + " bytes, more than the " + max
                + " read for one feed document: ask the sender to split it");
    }

    private static FeedFormat sniffXml(String head) {
        Matcher m = XML_PREAMBLE.matcher(head);
        if (!m.find()) {
            return FeedFormat.NONE;
        }
        return switch (m.group(1)) {
            case "newsItem" -> FeedFormat.NEWSML_G2_NEWS_ITEM;
            case "packageItem" -> FeedFormat.NEWSML_G2_PACKAGE_ITEM;
            case "newsMessage" -> FeedFormat.NEWSML_G2_NEWS_MESSAGE;
            default -> FeedFormat.NONE;
        };
    }

    /** The first bytes as text: UTF-16 by its byte-order mark, else as Latin-1 (ASCII markup reads the same). */
    private static String head(byte[] bytes) {
        int n = Math.min(bytes.length, SNIFF_WINDOW);
        if (n >= 2 && (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF
                || bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)) {
            return new String(bytes, 0, n - (n % 2), StandardCharsets.UTF_16);
        }
        int from = n >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        return new String(bytes, from, n - from, StandardCharsets.ISO_8859_1);
    }
}
