package org.photodesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.photodesk.core.feed.http.UrlFetch;
import org.photodesk.core.feed.http.UrlFetcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.photodesk.core.library.Library;
import org.photodesk.core.ingest.IngestOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code photodesk ingest PATH...}: takes photos from files and folders into the library. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Ingest photos (JPEG, TIFF, PNG, WebP, HEIC, AVIF) and agency feed files (NewsML-G2 .xml, ninjs .json: their pictures with the feed's metadata; corrections update, kills kill) from files and folders, recursively, and from"
                + " http(s) URLs (with size and time limits; loopback and private addresses only with --allow-private-urls).",
                "Exit 0 when every file was taken, 1 when some were rejected (all others are still ingested), 2 on usage errors."})
public final class IngestCommand implements Callable<Integer> {

    private static final Set<String> FEED_EXTENSIONS = Set.of("xml", "json");
    private static final Set<String> IMAGE_EXTENSIONS = Set.of("jpg", "jpeg", "jpe", "tif", "tiff", "png", "webp", "heic", "heif", "avif");

    @Mixin
    DataOption data;

    @Parameters(arity = "1..*", paramLabel = "PATH|URL", description = "Files and folders to ingest, or http(s) URLs of pictures.")
    List<String> sources;

    @Option(names = "--allow-private-urls", description = "Also fetch URLs on loopback and private addresses (your own network).")
    boolean allowPrivateUrls;

    @Option(names = "--url-timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "Give up on a URL after this many seconds in all (default: ${DEFAULT-VALUE}).")
    int urlTimeoutSeconds;

    @Option(names = "--json", description = "Print one JSON object: {\"added\",\"updated\",\"duplicates\",\"rejected\":[{\"path\",\"reason\"}]}.")
    boolean json;

    @Option(names = "--workers", paramLabel = "N", description = "Files read in parallel (default: the number of cores).")
    int workers = Runtime.getRuntime().availableProcessors();

    @Option(names = "--no-renditions", description = "Defer thumbnails and previews (the desk makes them on demand).")
    boolean noRenditions;

    @Spec
    CommandSpec spec;

    @Option(names = "--follow-links", description = {"Follow symbolic links found inside the folders (by default "
            + "they are refused, so that nothing outside the folders is read).",
            "Links named on the command line are always followed."})
    boolean followLinks;

    @Override
    public Integer call() {
        List<URI> urls = sources.stream().filter(IngestCommand::isUrl).map(URI::create).toList();
        Found found = collect(sources.stream().filter(s -> !isUrl(s)).map(Path::of).toList(), followLinks);
        List<IngestOutcome> outcomes = new ArrayList<>(found.rejected());
        IngestRun run = null;
        List<IngestOutcome> urlOutcomes = List.of();
        String renditions = "deferred";
        String error = null;
        try (Library library = SharedLibrary.openForIngest(data, !noRenditions, spec.commandLine().getErr())) {
            if (!noRenditions) {
                renditions = library.renditions().rendererName();
            }
            List<Path> pictures = found.files().stream().filter(f -> !isFeedName(f)).toList();
            List<Path> feeds = found.files().stream().filter(IngestCommand::isFeedName).toList();
            Set<Path> taken = new java.util.HashSet<>();
            outcomes.addAll(feeds(feeds, library, taken));
            run = new IngestRun(library.ingestor(), Math.max(1, workers), spec.commandLine().getErr(),
                    file -> followLinks || found.named().contains(file));
            run.ingestAll(pictures.stream().filter(f -> !taken.contains(f.toAbsolutePath().normalize())).toList());
            urlOutcomes = fetchAll(urls, library);
        } catch (RuntimeException e) {
            error = Failures.describe(e, data.dir());
        }
        if (run != null) {
            outcomes.addAll(run.outcomes());
        }
        outcomes.addAll(urlOutcomes);
        if (error != null) {
            outcomes.addAll(unfinished(found.files(), outcomes, error));
        }
        Summary summary = Summary.of(outcomes, found.skipped());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(summary.json(error)));
        } else {
            out.println(summary.text(run == null ? 0 : run.seconds()) + System.lineSeparator()
                    + (error == null ? "renditions: " + renditions : "photodesk ingest: " + error));
        }
        out.flush();
        return summary.rejected().isEmpty() && error == null ? 0 : 1;
    }

    /**
     * Takes the feed files (NewsML-G2, ninjs) through the feed intake: their pictures beside them or at their URLs,
     * with the feed's metadata; adds to {@code taken} the picture files they took, which are not ingested again. A
     * file by a feed's name that is not a feed is ingested as a picture (and refused as one) when named, else skipped.
     */
    private List<IngestOutcome> feeds(List<Path> files, Library library, Set<Path> taken) {
        if (files.isEmpty()) {
            return List.of();
        }
        long maxBytes = data.options(true).maxFileBytes();
        var intake = FeedWiring.intake(library);
        var web = new UrlFetcher(FeedWiring.limits(maxBytes, urlTimeoutSeconds, allowPrivateUrls));
        List<IngestOutcome> outcomes = new ArrayList<>();
        PrintWriter err = spec.commandLine().getErr();
        for (Path file : files) {
            byte[] bytes;
            try {
                bytes = Files.size(file) > org.photodesk.core.feed.FeedReader.DEFAULT_MAX_BYTES ? new byte[0]
                        : Files.readAllBytes(file);
            } catch (IOException e) {
                outcomes.add(new IngestOutcome.Rejected(file.toString(), "cannot read the feed file: " + e.getMessage()));
                continue;
            }
            if (intake.sniff(bytes) == org.photodesk.core.feed.FeedFormat.NONE) {
                outcomes.add(new IngestOutcome.Rejected(file.toString(), "neither a picture nor a NewsML-G2 or ninjs"
                        + " feed document (by its start)"));
                continue;
            }
            Path folder = file.toAbsolutePath().getParent();
            for (var outcome : intake.take(file.toString(), bytes,
                    org.photodesk.core.feed.Pictures.inFolder(folder, web, maxBytes), "cli")) {
                err.println(describe(outcome));
                switch (outcome) {
                    case org.photodesk.core.feed.FeedOutcome.Ingested i -> {
                        outcomes.add(i.outcome());
                        if (i.outcome().source().startsWith("file:")) {
                            taken.add(Path.of(URI.create(i.outcome().source())).toAbsolutePath().normalize());
                        }
                    }
                    case org.photodesk.core.feed.FeedOutcome.Failed f -> outcomes.add(f.asIngestOutcome());
                    default -> { }
                }
            }
        }
        err.flush();
        return outcomes;
    }

    /** One line for a feed item's outcome. */
    static String describe(org.photodesk.core.feed.FeedOutcome outcome) {
        String item = outcome.item().findId().map(Object::toString).orElse("item");
        return switch (outcome) {
            case org.photodesk.core.feed.FeedOutcome.Ingested i -> switch (i.outcome()) {
                case IngestOutcome.Added a -> "added      " + item + " as photo " + a.photo().id();
                case IngestOutcome.Updated u -> "updated    " + item + " -> photo " + u.photo().id();
                case IngestOutcome.Duplicate d -> "duplicate  " + item + " of photo " + d.photoId();
                case IngestOutcome.Rejected r -> "rejected   " + item + ": " + r.reason();
            };
            case org.photodesk.core.feed.FeedOutcome.Killed k -> "killed     " + item + ": photo " + k.photoId()
                    + " (" + k.reason() + ")";
            case org.photodesk.core.feed.FeedOutcome.KillNoted k -> "kill noted " + item + " (not in the library): "
                    + k.reason();
            case org.photodesk.core.feed.FeedOutcome.Skipped s -> "skipped    " + item + ": " + s.reason();
            case org.photodesk.core.feed.FeedOutcome.Failed f -> "failed     " + item + ": " + f.reason();
        };
    }

    static boolean isFeedName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && FEED_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** Whether a source names an http(s) URL rather than a file. */
    static boolean isUrl(String source) {
        String s = source.toLowerCase(Locale.ROOT);
        return s.startsWith("http://") || s.startsWith("https://");
    }

    /** Fetches each URL with the limits and ingests what came back; a refused or failed fetch is a rejection. */
    private List<IngestOutcome> fetchAll(List<URI> urls, Library library) {
        if (urls.isEmpty()) {
            return List.of();
        }
        var limits = new UrlFetcher.Limits(data.maxFileMb * 1024 * 1024, Duration.ofSeconds(urlTimeoutSeconds), 5,
                allowPrivateUrls);
        var fetcher = new UrlFetcher(limits);
        List<IngestOutcome> outcomes = new ArrayList<>();
        for (URI url : urls) {
            IngestOutcome outcome = switch (fetcher.fetch(url)) {
                case UrlFetch.Fetched f -> library.ingestor().ingest(url.toString(), f.body());
                case UrlFetch.Refused r -> new IngestOutcome.Rejected(url.toString(), r.message());
                case UrlFetch.Failed f -> new IngestOutcome.Rejected(url.toString(), f.message());
            };
            outcomes.add(outcome);
        }
        library.flush();
        return outcomes;
    }

    /** The files that got no outcome because the run failed, each rejected with the failure. */
    private static List<IngestOutcome> unfinished(List<Path> files, List<IngestOutcome> outcomes, String error) {
        Set<String> decided = new java.util.HashSet<>();
        outcomes.forEach(o -> decided.add(o.source()));
        return files.stream().filter(f -> !decided.contains(f.toString()))
                .<IngestOutcome>map(f -> new IngestOutcome.Rejected(f.toString(), "not ingested: " + error)).toList();
    }

    /**
     * The image files found under the paths, the paths named on the command line, the paths refused before
     * reading, and how many files were skipped.
     */
    record Found(List<Path> files, Set<Path> named, List<IngestOutcome> rejected, int skipped) {}

    static Found collect(List<Path> paths) {
        return collect(paths, false);
    }

    /**
     * The files to ingest under {@code paths}: inside folders, a symbolic link is followed only with
     * {@code followLinks} (else a link named like an image, or to a folder, is refused with a reason); a path named
     * on the command line is taken even when it is a link.
     */
    static Found collect(List<Path> paths, boolean followLinks) {
        List<Path> files = new ArrayList<>();
        Set<Path> named = new java.util.HashSet<>();
        List<IngestOutcome> rejected = new ArrayList<>();
        int[] skipped = {0};
        for (Path path : paths) {
            if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                rejected.add(new IngestOutcome.Rejected(path.toString(), "no such file or folder"));
            } else if (Files.isDirectory(path)) {
                walk(path, followLinks, files, rejected, skipped);
            } else {
                files.add(path);
                named.add(path);
            }
        }
        return new Found(files, named, rejected, skipped[0]);
    }

    private static void walk(Path root, boolean followLinks, List<Path> files, List<IngestOutcome> rejected,
            int[] skipped) {
        Set<FileVisitOption> options = followLinks ? EnumSet.of(FileVisitOption.FOLLOW_LINKS)
                : EnumSet.noneOf(FileVisitOption.class);
        try {
            Files.walkFileTree(root, options, Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            return hidden(dir) && !dir.equals(root) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (hidden(file)) {
                                skipped[0]++;
                            } else if (attrs.isSymbolicLink() && Files.isDirectory(file)) {
                                rejected.add(new IngestOutcome.Rejected(file.toString(), "a symbolic link to a "
                                        + "folder, not followed (photodesk ingest --follow-links follows links)"));
                            } else if (isImageName(file) || isFeedName(file)) {
                                files.add(file);   // links and special files are refused by the ingestor, unopened
                            } else {
                                skipped[0]++;
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            rejected.add(new IngestOutcome.Rejected(file.toString(), e instanceof FileSystemLoopException
                                    ? "symbolic link loop: this folder links back to one of its parents; skipped"
                                    : "cannot read: " + e.getMessage()));
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            rejected.add(new IngestOutcome.Rejected(root.toString(), "cannot read the folder: " + e.getMessage()));
        }
    }

    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    static boolean isImageName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && IMAGE_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** The counts of one ingest run. */
    record Summary(int added, int updated, int duplicates, int repaired, List<IngestOutcome.Rejected> rejected,
            int skipped) {

        static Summary of(List<IngestOutcome> outcomes, int skipped) {
            int added = 0, updated = 0, duplicates = 0, repaired = 0;
            List<IngestOutcome.Rejected> rejected = new ArrayList<>();
            for (IngestOutcome o : outcomes) {
                switch (o) {
                    case IngestOutcome.Added a -> added++;
                    case IngestOutcome.Updated u -> updated++;
                    case IngestOutcome.Duplicate d -> {
                        duplicates++;
                        repaired += d.repaired() ? 1 : 0;
                    }
                    case IngestOutcome.Rejected r -> rejected.add(r);
                }
            }
            return new Summary(added, updated, duplicates, repaired, rejected, skipped);
        }

        Map<String, Object> json() {
            return json(null);
        }

        /** The one JSON object of {@code ingest --json}; with {@code error} when the run failed part-way. */
        Map<String, Object> json(String error) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("added", added);
            m.put("updated", updated);
            m.put("duplicates", duplicates);
            m.put("repaired", repaired);
            m.put("rejected", rejected.stream().sorted(java.util.Comparator.comparing(IngestOutcome.Rejected::source))
                    .map(r -> {
                        Map<String, String> one = new LinkedHashMap<>();
                        one.put("path", r.source());
                        one.put("reason", r.reason());
                        return one;
                    }).toList());
            if (error != null) {
                m.put("error", error);
            }
            return m;
        }

        String text(double seconds) {
            int total = added + updated + duplicates + rejected.size();
            StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
                    "%d files in %.1f s: %d added, %d updated, %d duplicates, %d rejected", total, seconds, added,
                    updated, duplicates, rejected.size()));
            if (repaired > 0) {
                s.append(String.format(Locale.ROOT, " (%d damaged or missing originals restored from these files)",
                        repaired));
            }
            if (skipped > 0) {
                s.append(String.format(Locale.ROOT, " (%d files skipped: not images by name)", skipped));
            }
            rejected.forEach(r -> s.append(System.lineSeparator()).append("  rejected ").append(r.source())
                    .append(": ").append(r.reason()));
            return s.toString();
        }
    }
}
