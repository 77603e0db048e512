package org.photodesk.desk;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.util.Optional;
import org.photodesk.core.publish.PublishedSite;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Serves the published galleries under {@code /published/} to anyone, from the published folder only: a path
 * that leaves the folder, hidden files and folders without an {@code index.html} are not found.
 */
final class PublishedFiles implements Handler {

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "json", "application/json", "xml", "application/xml", "rss", "application/rss+xml",
            "jpg", "image/jpeg", "jpeg", "image/jpeg", "png", "image/png", "webp", "image/webp");
    /**
     * The published pages carry their own inline stylesheet and no script (their JSON-LD is data): styles inline
     * are allowed, scripts not at all.
     */
    static final String PUBLISHED_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "script-src 'none'; object-src 'none'; base-uri 'self'; form-action 'none'; frame-ancestors 'self'";
    private final PublishedSite site;

    PublishedFiles(PublishedSite site) {
        this.site = site;
    }

    @Override
    public void handle(Context ctx) throws IOException {
        String rel = URLDecoder.decode(ctx.pathParam("path"), StandardCharsets.UTF_8);
        if (ctx.path().endsWith("/") && !rel.endsWith("/")) {
            rel = rel + "/";
        }
        if (rel.contains("\0")) {
            throw notFound(ctx);
        }
        Optional<PublishedSite.Entry> entry = site.find(rel);
        if (entry.isEmpty()) {
            throw notFound(ctx);
        }
        switch (entry.get()) {
            case PublishedSite.Entry.Folder f -> ctx.redirect(ctx.path() + "/");
            case PublishedSite.Entry.File file -> {
                ctx.contentType(type(file.name()));
                ctx.header("Cache-Control", "no-cache");
                ctx.header("Content-Security-Policy", PUBLISHED_POLICY);
                ctx.result(file.bytes());
            }
        }
    }

    private static DeskException notFound(Context ctx) {
        return DeskException.notFound("Nothing is published at " + ctx.path() + ": check the gallery's slug.");
    }

    private static String type(String name) {
        String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }
}
