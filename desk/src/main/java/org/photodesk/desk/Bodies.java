package org.photodesk.desk;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads the body of a route that takes a file as a stream cut at a limit, whether the client gave its length or
 * sent it in chunks: the whole-body reads of the framework stop at the form limit, which a photo passes.
 */
final class Bodies {

    private Bodies() {}

    /** The request body, at most {@code limit} bytes; a longer one is refused with 413 as soon as it passes the limit. */
    static byte[] read(Context ctx, long limit, String fix) {
        long length = ctx.contentLength();
        if (length > limit) {
            throw tooLarge(length, limit, fix);
        }
        var out = new ByteArrayOutputStream(length > 0 ? (int) length : 64 * 1024);
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (InputStream in = ctx.bodyInputStream()) {
            for (int n; (n = in.read(buffer)) != -1; ) {
                total += n;
                if (total > limit) {
                    throw tooLarge(-1, limit, fix);
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the request body failed: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /** The 413 answer for a body of {@code length} bytes (negative: unknown, sent in chunks) over {@code limit}. */
    static DeskException tooLarge(long length, long limit, String fix) {
        String size = length < 0 ? "more than " + megabytes(limit) : megabytes(length);
        return new DeskException(413, "Too large", "The file is " + size + "; the limit is " + megabytes(limit)
                + ": " + fix);
    }

    private static String megabytes(long bytes) {
        return bytes >= 10_000_000 ? bytes / 1_000_000 + " MB" : String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
}
