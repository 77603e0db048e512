package org.photodesk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.photodesk.core.check.HouseStyle;
import org.photodesk.core.library.Library;
import org.photodesk.core.check.NameBook;
import org.photodesk.core.publish.GalleryPublisher;
import org.photodesk.core.gallery.GalleryStoreException;
import org.photodesk.core.publish.PublishOptions;
import org.photodesk.core.publish.PublishOutcome;
import org.photodesk.core.gallery.CaptionChecker;
import org.photodesk.core.gallery.CheckReport;
import org.photodesk.core.gallery.CreditLineFormatter;
import org.photodesk.core.gallery.Gallery;
import org.photodesk.core.gallery.GalleryCheck;
import org.photodesk.core.gallery.GalleryItem;
import org.photodesk.core.gallery.GalleryPhotos;
import org.photodesk.core.gallery.GalleryRepository;
import org.photodesk.core.lock.LockTimeoutException;
import org.photodesk.core.lock.Locks;
import org.photodesk.core.photo.Photo;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code photodesk gallery}: create galleries, add, move and remove photos, list and show them, publish them as
 * HTML, ninjs and Media RSS, take them off the site and delete them. Exit codes: 0 done, 1 refused, blocked or
 * problems found, 2 bad usage. Publishing, unpublishing and deleting are recorded in the audit log.
 *
 * <p>Register it with {@code main.addSubcommand("gallery", new GalleryCommand(opener).commandLine())}. Each
 * subcommand opens the library (and the gallery database) of its {@code --data} folder, and closes them when done.
 */
@Command(name = "gallery", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "COMMAND",
        description = "Create, arrange, check and publish photo galleries.")
public final class GalleryCommand implements Callable<Integer> {

    /** Where published galleries are served from when {@code --base-url} is not given. */
    public static final String DEFAULT_BASE_URL = "http://localhost:7070/published/";

    private static final int OK = 0;
    private static final int REFUSED = 1;
    private static final int USAGE = 2;

    private final CommandLine.IFactory factory;
    private final CaptionChecker checker;
    private final CreditLineFormatter credits;
    private final Clock clock;
    private final PublishOptions options;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /**
     * With the house style's caption checks (names compared across the gallery) and credit lines; {@code factory}
     * makes the {@code --data} option that opens the library.
     */
    public GalleryCommand(CommandLine.IFactory factory) {
        this(factory, HouseStyle.fromEnvironment(Clock.systemUTC(), NameBook::new), Clock.systemUTC());
    }

    private GalleryCommand(CommandLine.IFactory factory, HouseStyle style, Clock clock) {
        this(factory, style.captionChecks(), style.creditLines(), clock);
    }

    /** With every collaborator given, and the house's publishing options from the environment. */
    public GalleryCommand(CommandLine.IFactory factory, CaptionChecker checker, CreditLineFormatter credits,
            Clock clock) {
        this(factory, checker, credits, clock, PublishOptions.fromEnvironment(System.getenv()));
    }

    /** With every collaborator given, for the composition root and tests. */
    public GalleryCommand(CommandLine.IFactory factory, CaptionChecker checker, CreditLineFormatter credits,
            Clock clock, PublishOptions options) {
        this.factory = Objects.requireNonNull(factory, "factory");
        this.checker = Objects.requireNonNull(checker, "checker");
        this.credits = Objects.requireNonNull(credits, "credits");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.options = Objects.requireNonNull(options, "options");
    }

    /** The publisher of {@code lib}'s galleries, with this command's checks, credits and options. */
    GalleryPublisher publisher(Library lib) {
        return new GalleryPublisher(lib.site(), waiting(lib.locks()), lib.galleries(), lib.store()::findById,
                lib.renditions(), credits, checker, clock, options);
    }

    /** The name the audit log records for the command line's actions: {@code cli:<OS user>}. */
    static String auditUser() {
        return "cli:" + System.getProperty("user.name", "unknown");
    }

    /** This command with its subcommands, ready to run or to add to the main command. */
    public CommandLine commandLine() {
        CommandLine cl = new CommandLine(this, factory);
        for (Object sub : List.of(new Create(), new Add(), new Move(), new Remove(), new ListGalleries(),
                new Show(), new CaptionOverride(), new Publish(), new Unpublish(), new Delete())) {
            cl.addSubcommand(sub);
        }
        return cl;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return USAGE;
    }

    /** A unit of work that may fail with a message for the user. */
    @FunctionalInterface
    private interface Work {
        int run(PrintWriter out, Library library) throws IOException;
    }

    /** Shared plumbing: opening stores, reporting failures as exit code 1 with a one-line message. */
    private abstract class Sub implements Callable<Integer> {
        @Mixin
        DataOption data;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec sub;

        /** The message of the last refusal, for a subcommand that also answers it as JSON. */
        String lastRefusal;

        /** Whether this subcommand only reads, so that the library is opened writing nothing. */
        boolean readOnly() {
            return false;
        }

        final int run(Work work) {
            PrintWriter out = sub.commandLine().getOut();
            try (Library library = readOnly() ? data.openReadOnly() : data.openToRead()) {
                int code = work.run(out, library);
                out.flush();
                return code;
            } catch (IllegalArgumentException | NoSuchElementException | GalleryStoreException | IOException
                    | UncheckedIOException e) {
                return refused(out, Failures.describe(e, data.dir()));
            } catch (org.photodesk.core.gallery.GalleryChangedException e) {
                return refused(out, "gallery '" + e.slug() + "' was changed by someone else while this command ran;"
                        + " nothing was written: run the command again");
            }
        }

        private int refused(PrintWriter out, String message) {
            lastRefusal = message;
            out.flush();
            err().println("gallery " + sub.name() + ": " + message);
            err().flush();
            return REFUSED;
        }

        PrintWriter err() {
            return sub.commandLine().getErr();
        }

        Gallery expect(GalleryRepository repo, String slug) {
            return repo.findBySlug(slug).orElseThrow(() -> new NoSuchElementException(
                    "no gallery '" + slug + "': see 'gallery list' or create it with 'gallery create'"));
        }
    }

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Create an empty draft gallery.")
    final class Create extends Sub {
        @Option(names = "--title", required = true, description = "The gallery's title.")
        String title;

        @Option(names = "--slug", required = true,
                description = "Its name in URLs: lower-case letters, digits and hyphens, e.g. paris-2024-final.")
        String slug;

        @Option(names = "--intro", description = "A short introduction.")
        String intro;

        @Option(names = "--event", description = "The event the photos cover.")
        String event;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The day the gallery is about.")
        LocalDate date;

        @Override
        public Integer call() {
            return run((out, lib) -> {
                GalleryRepository repo = lib.galleries();
                Gallery g = repo.create(Gallery.draft(slug, title, intro, event, date, clock.instant()));
                out.println("created gallery '" + g.slug() + "' (id " + g.id() + ")");
                return OK;
            });
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Append photos to a gallery.")
    final class Add extends Sub {
        @Parameters(index = "0", paramLabel = "SLUG", description = "The gallery.")
        String slug;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "PHOTO_ID", description = "Library photo ids.")
        List<Long> photoIds;

        @Override
        public Integer call() {
            return run((out, lib) -> {
                GalleryRepository repo = lib.galleries();
                Gallery g = expect(repo, slug);
                for (long id : photoIds) {
                    lib.store().findById(id).orElseThrow(() -> new NoSuchElementException(
                            "photo " + id + " is not in the library: check the id with 'photodesk search'"));
                    g = g.addPhoto(id);
                }
                repo.update(g);
                out.println("gallery '" + slug + "' now has " + g.items().size() + " items");
                return OK;
            });
        }
    }

    @Command(name = "move", mixinStandardHelpOptions = true,
            description = "Move an item to a position (1 = first). Name it by photo id, or item:N / photo:N.")
    final class Move extends Sub {
        @Parameters(index = "0", paramLabel = "SLUG")
        String slug;

        @Parameters(index = "1", paramLabel = "ITEM_OR_PHOTO_ID")
        String ref;

        @Parameters(index = "2", paramLabel = "POSITION")
        int position;

        @Override
        public Integer call() {
            return run((out, lib) -> {
                GalleryRepository repo = lib.galleries();
                Gallery g = expect(repo, slug);
                Gallery moved = repo.update(g.move(ItemRef.resolve(g, ref), position));
                printOrder(out, moved);
                return OK;
            });
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = "Remove items from a gallery (the photos stay in the library).")
    final class Remove extends Sub {
        @Parameters(index = "0", paramLabel = "SLUG")
        String slug;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "ITEM_OR_PHOTO_ID")
        List<String> refs;

        @Override
        public Integer call() {
            return run((out, lib) -> {
                GalleryRepository repo = lib.galleries();
                Gallery g = expect(repo, slug);
                for (String ref : refs) {
                    g = g.remove(ItemRef.resolve(g, ref));
                }
                printOrder(out, repo.update(g));
                return OK;
            });
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List galleries, newest first.")
    final class ListGalleries extends Sub {
        @Override
        boolean readOnly() {
            return true;
        }

        @Override
        public Integer call() {
            return run((out, lib) -> {
                GalleryRepository repo = lib.galleries();
                for (Gallery g : repo.list()) {
                    out.printf("%-30s %-11s %3d items  %s%n", g.slug(), status(g), g.items().size(),
                            g.title());
                }
                return OK;
            });
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Show a gallery's items with the captions and credits it will publish, and its problems.")
    final class Show extends Sub {
        @Parameters(index = "0", paramLabel = "SLUG")
        String slug;

        @Option(names = "--json", description = "Print JSON instead of text.")
        boolean json;

        @Override
        boolean readOnly() {
            return true;
        }

        @Override
        public Integer call() {
            return run((out, lib) -> {
                GalleryRepository repo = lib.galleries();
                Gallery g = expect(repo, slug);
                GalleryPhotos photos = lib.store()::findById;
                CheckReport report = new GalleryCheck(checker, photos, credits, options.rights(), clock).check(g);
                if (json) {
                    out.println(toJson(GalleryJson.of(g, photos, credits, report)));
                } else {
                    printShow(out, g, photos, report);
                }
                return OK;
            });
        }
    }

    @Command(name = "caption", mixinStandardHelpOptions = true,
            description = "Give a gallery item its own caption in this gallery only (the photo's stays as it is); "
                    + "--reset gives it back the photo's caption.")
    final class CaptionOverride extends Sub {
        @Parameters(index = "0", paramLabel = "SLUG")
        String slug;

        @Parameters(index = "1", paramLabel = "PHOTO", description = "The photo's id, or item:N / photo:N.")
        String ref;

        @Parameters(index = "2", arity = "0..1", paramLabel = "TEXT", description = "The caption this gallery shows.")
        String text;

        @Option(names = "--reset", description = "Drop the override: the gallery shows the photo's caption again.")
        boolean reset;

        @Option(names = "--json", description = "Print {gallery, item, photoId, caption, override, before} as JSON, "
                + "or {\"error\"} when refused.")
        boolean json;

        @Override
        public Integer call() {
            if (reset == (text != null)) {
                err().println("gallery caption: " + (reset ? "--reset takes no TEXT: give one or the other"
                        : "give the caption TEXT, or --reset to show the photo's own caption again"));
                return USAGE;
            }
            if (!reset && text.isBlank()) {
                err().println("gallery caption: the caption is empty: give some TEXT, or --reset to show the "
                        + "photo's own caption again");
                return USAGE;
            }
            int code = run((out, lib) -> {
                GalleryRepository repo = lib.galleries();
                Gallery g = expect(repo, slug);
                GalleryItem item = g.expectItem(ItemRef.resolve(g, ref));
                String before = item.captionOverride();
                String after = reset ? null : text.strip();
                Gallery saved = java.util.Objects.equals(before, after) ? g
                        : repo.update(g.overrideCaption(item.id(), after));
                if (!java.util.Objects.equals(before, after)) {
                    lib.audit().record(auditUser(), "gallery.caption", "gallery/" + g.id(),
                            "caption:" + item.photoId(), before, after);
                }
                GalleryItem now = saved.expectItem(item.id());
                Photo photo = now.isPlaceholder() ? null : lib.store().findById(now.photoId()).orElse(null);
                if (json) {
                    var value = new LinkedHashMap<String, Object>();
                    value.put("gallery", saved.slug());
                    value.put("item", now.id());
                    value.put("photoId", now.photoId());
                    value.put("caption", now.effectiveCaption(photo));
                    value.put("override", now.captionOverride());
                    value.put("before", before);
                    out.println(Json.write(value));
                } else {
                    out.println((reset ? "item " + now.id() + " of gallery '" + slug + "' shows the photo's own caption"
                            : "item " + now.id() + " of gallery '" + slug + "' has its own caption")
                            + (java.util.Objects.equals(before, after) ? " (unchanged)" : ""));
                }
                return OK;
            });
            if (code == REFUSED && json) {
                sub.commandLine().getOut().println(Json.write(Map.of("error", lastRefusal)));
                sub.commandLine().getOut().flush();
            }
            return code;
        }
    }

    @Command(name = "publish", mixinStandardHelpOptions = true,
            description = "Publish to the library's site, <data>/published/<slug>/ on the embedded default (index.html, gallery.json, feed.xml, images/).")
    final class Publish extends Sub {
        @Parameters(index = "0", paramLabel = "SLUG")
        String slug;

        @Option(names = "--force", description = "Publish even when the gallery checks find problems.")
        boolean force;

        @Option(names = "--base-url", paramLabel = "URL", defaultValue = DEFAULT_BASE_URL,
                description = "The URL the published folder is served under (default: ${DEFAULT-VALUE}).")
        String baseUrl;

        @Override
        public Integer call() {
            return run((out, lib) -> {
                var publisher = publisher(lib);
                return switch (publisher.publish(slug, baseUrl, force)) {
                    case PublishOutcome.NotFound nf -> {
                        err().println("gallery publish: no gallery '" + nf.slug() + "': see 'gallery list'");
                        yield REFUSED;
                    }
                    case PublishOutcome.Refused r -> {
                        err().println("gallery '" + slug + "' was not published; fix these problems or "
                                + "publish with --force:");
                        r.report().lines().forEach(l -> err().println("  " + l));
                        yield REFUSED;
                    }
                    case PublishOutcome.Blocked b -> {
                        err().println("gallery '" + slug + "' cannot be published: a photo may not be published"
                                + " now or at all, and --force does not change that; remove it or wait:");
                        b.report().blocking().forEach(l -> err().println("  " + l));
                        yield REFUSED;
                    }
                    case PublishOutcome.Published p -> {
                        p.report().lines().forEach(l -> err().println("warning (forced): " + l));
                        lib.audit().record(auditUser(), force && !p.report().passed() ? "gallery.publish.forced"
                                : "gallery.publish", "gallery/" + p.gallery().id(), null, null, p.location());
                        out.println("published '" + slug + "' revision " + p.gallery().revision() + ": "
                                + p.photos() + " photos in " + p.location());
                        yield OK;
                    }
                };
            });
        }
    }

    @Command(name = "unpublish", mixinStandardHelpOptions = true,
            description = "Take a gallery off the site; it stays in the library as a draft and can be published again.")
    final class Unpublish extends Sub {
        @Parameters(index = "0", paramLabel = "SLUG")
        String slug;

        @Override
        public Integer call() {
            return run((out, lib) -> {
                Gallery g = publisher(lib).unpublish(slug).orElseThrow(() -> new NoSuchElementException(
                        "no gallery '" + slug + "': see 'gallery list'"));
                lib.audit().record(auditUser(), "gallery.unpublish", "gallery/" + g.id(), "status", "published",
                        "unpublished");
                out.println("unpublished '" + slug + "': it is off the site and a draft again");
                return OK;
            });
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = "Take a gallery off the site and delete it (the photos stay in the library).")
    final class Delete extends Sub {
        @Parameters(index = "0", paramLabel = "SLUG")
        String slug;

        @Override
        public Integer call() {
            return run((out, lib) -> {
                Gallery g = expect(lib.galleries(), slug);
                if (!publisher(lib).delete(slug)) {
                    throw new NoSuchElementException("no gallery '" + slug + "': see 'gallery list'");
                }
                lib.audit().record(auditUser(), "gallery.delete", "gallery/" + g.id(), null, g.slug(), null);
                out.println("deleted '" + slug + "'");
                return OK;
            });
        }
    }

    /** The gallery's status for people: draft, published, or unpublished when taken off the site. */
    private static String status(Gallery g) {
        return g.wasUnpublished() ? "unpublished" : g.status().code();
    }

    /**
     * The library's locks, saying on the error stream when one is held by another process (another publish of the
     * same gallery) and this command waits for it, for at most the publisher's bounded wait.
     */
    private Locks waiting(Locks locks) {
        return (name, wait) -> {
            try {
                return locks.acquire(name, Duration.ZERO);
            } catch (LockTimeoutException busy) {
                PrintWriter err = spec.commandLine().getErr();
                err.println("another publish of this gallery is running ('" + name + "'): waiting for it to finish"
                        + " (at most " + wait.toSeconds() + " s)...");
                err.flush();
                return locks.acquire(name, wait);
            }
        };
    }

    private static void printOrder(PrintWriter out, Gallery g) {
        for (GalleryItem i : g.items()) {
            out.println("#" + i.position() + "  item " + i.id() + "  "
                    + (i.isPlaceholder() ? "placeholder" : "photo " + i.photoId()));
        }
    }

    private void printShow(PrintWriter out, Gallery g, GalleryPhotos photos, CheckReport report) {
        out.println(g.title() + "  [" + g.slug() + ", " + status(g) + "]");
        if (g.event() != null || g.date() != null) {
            out.println("event: " + Optional.ofNullable(g.event()).orElse("-") + "  date: "
                    + Optional.ofNullable(g.date()).map(Object::toString).orElse("-"));
        }
        if (g.intro() != null) {
            out.println("intro: " + g.intro());
        }
        if (g.publishedAt() != null) {
            out.println("published: " + g.publishedAt() + " (revision " + g.revision() + ")");
        }
        for (GalleryItem i : g.items()) {
            Photo photo = i.isPlaceholder() ? null : photos.find(i.photoId()).orElse(null);
            String what = i.isPlaceholder() ? "placeholder" : "photo " + i.photoId() + (photo == null ? " (missing)" : "");
            out.println("#" + i.position() + "  item " + i.id() + "  " + what
                    + (i.captionOverride() != null ? "  [caption overridden]" : ""));
            out.println("    " + Optional.ofNullable(i.effectiveCaption(photo)).orElse("(no caption)"));
            out.println("    credit: " + Optional.ofNullable(i.effectiveCredit(photo, credits)).orElse("(none)"));
        }
        if (!report.passed()) {
            out.println("problems:");
            report.lines().forEach(l -> out.println("  " + l));
        }
    }

    private static String toJson(Object tree) {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(new IOException("cannot write JSON: " + e.getOriginalMessage(), e));
        }
    }

    /** How the command line names an item: {@code item:N}, {@code photo:N}, or a bare number. */
    static final class ItemRef {
        private ItemRef() {}

        /**
         * The item id {@code ref} names in {@code g}. A bare number is a photo id when the gallery shows that photo,
         * else an item id; when it could be both for different items, the user must say which.
         */
        static long resolve(Gallery g, String ref) {
            String r = ref.strip().toLowerCase(java.util.Locale.ROOT);
            if (r.startsWith("item:")) {
                return g.expectItem(number(r.substring(5), ref)).id();
            }
            if (r.startsWith("photo:")) {
                long photo = number(r.substring(6), ref);
                return g.findItemByPhoto(photo).orElseThrow(() -> new NoSuchElementException(
                        "gallery '" + g.slug() + "' does not show photo " + photo)).id();
            }
            long n = number(r, ref);
            Optional<GalleryItem> byPhoto = g.findItemByPhoto(n);
            Optional<GalleryItem> byItem = g.findItem(n);
            if (byPhoto.isPresent() && byItem.isPresent() && byPhoto.get().id() != byItem.get().id()) {
                throw new IllegalArgumentException("'" + ref + "' is both photo " + n + " and item " + n
                        + " of gallery '" + g.slug() + "': write photo:" + n + " or item:" + n);
            }
            return byPhoto.or(() -> byItem).orElseThrow(() -> new NoSuchElementException(
                    "gallery '" + g.slug() + "' has no photo or item " + n + ": see 'gallery show " + g.slug() + "'"))
                    .id();
        }

        private static long number(String digits, String ref) {
            try {
                return Long.parseLong(digits.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + ref + "' is not an item: use a photo id, item:N or photo:N");
            }
        }
    }

    /** The JSON {@code gallery show --json} prints. */
    static final class GalleryJson {
        private GalleryJson() {}

        static Map<String, Object> of(Gallery g, GalleryPhotos photos, CreditLineFormatter credits,
                CheckReport report) {
            var root = new LinkedHashMap<String, Object>();
            root.put("id", g.id());
            root.put("slug", g.slug());
            root.put("title", g.title());
            root.put("intro", g.intro());
            root.put("event", g.event());
            root.put("date", g.date() == null ? null : g.date().toString());
            root.put("status", g.status().code());
            root.put("unpublished", g.wasUnpublished());
            root.put("createdAt", g.createdAt().toString());
            root.put("publishedAt", g.publishedAt() == null ? null : g.publishedAt().toString());
            root.put("revision", g.revision());
            var items = new ArrayList<Map<String, Object>>();
            for (GalleryItem i : g.items()) {
                Photo photo = i.isPlaceholder() ? null : photos.find(i.photoId()).orElse(null);
                var item = new LinkedHashMap<String, Object>();
                item.put("id", i.id());
                item.put("position", i.position());
                item.put("photoId", i.photoId());
                item.put("placeholder", i.isPlaceholder());
                item.put("caption", i.effectiveCaption(photo));
                item.put("credit", i.effectiveCredit(photo, credits));
                item.put("captionOverride", i.captionOverride());
                item.put("creditOverride", i.creditOverride());
                items.add(item);
            }
            root.put("items", items);
            root.put("problems", report.lines());
            return root;
        }
    }
}
