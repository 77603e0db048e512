package org.photodesk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.photodesk.core.check.HouseStyle;
import org.photodesk.core.check.NameBook;
import org.photodesk.core.gallery.CaptionChecker;
import org.photodesk.core.library.Library;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.PhotoKill;
import org.photodesk.core.publish.GalleryPublisher;
import org.photodesk.core.publish.Kills;
import org.photodesk.core.publish.PublishOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code photodesk kill ID --reason TEXT}: withdraws a photo, as an agency's kill or the desk's own. The photo stays
 * in the library for audit (found with {@code status:killed}) but leaves default search, and no gallery can publish
 * it; every published gallery that shows it is republished without it, or taken off the site when it cannot be.
 * {@code --lift} undoes a kill made in error. Exit codes: 0 done, 1 no such photo, 2 bad usage.
 */
@Command(name = "kill", mixinStandardHelpOptions = true,
        description = "Withdraw a photo (an agency's kill or withdrawal): out of default search, never published; "
                + "published galleries that show it are republished without it or taken off the site.")
public final class KillCommand implements Callable<Integer> {

    @Mixin
    DataOption data;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "The photo's library id.")
    long id;

    @Option(names = "--reason", paramLabel = "TEXT",
            description = "Why, in the agency's or your words (\"MANDATORY KILL: altered picture\"); required to kill.")
    String reason;

    @Option(names = "--source", paramLabel = "WHO", defaultValue = PhotoKill.DESK,
            description = "Who ordered it: agency, feed or desk (default: ${DEFAULT-VALUE}).")
    String source;

    @Option(names = "--lift", description = "Lift a kill made in error (the galleries stay as they are).")
    boolean lift;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!java.util.Set.of(PhotoKill.AGENCY, PhotoKill.FEED, PhotoKill.DESK).contains(source)) {
            err.println("kill: --source '" + source + "' is unknown: use agency, feed or desk");
            return 2;
        }
        if (!lift && (reason == null || reason.isBlank())) {
            err.println("kill: say why with --reason TEXT, such as --reason \"MANDATORY KILL: altered picture\"");
            return 2;
        }
        try (Library library = data.open()) {
            if (library.store().findById(id).isEmpty()) {
                err.println("kill: no photo " + id + ": check the id with 'photodesk search' or 'photodesk show'");
                return 1;
            }
            if (lift) {
                return lift(library, out);
            }
            Kills.Report report = kills(library).kill(id, reason, source, GalleryCommand.auditUser());
            print(report, out);
            return 0;
        } catch (IllegalArgumentException | IllegalStateException e) {
            err.println("kill: " + e.getMessage());
            return 1;
        }
    }

    private int lift(Library library, PrintWriter out) {
        Photo before = library.store().findById(id).orElseThrow();
        Photo after = library.store().setKill(id, null);
        library.ingestor().reindex(id);
        if (before.killed()) {
            library.audit().record(GalleryCommand.auditUser(), "photo.unkill", "photo/" + id, "status",
                    "killed: " + before.kill().reason(), "live");
        }
        out.println(before.killed() ? "photo " + id + " is no longer killed; republish its galleries if wanted"
                : "photo " + id + " was not killed");
        return after.killed() ? 1 : 0;
    }

    /** The kill service over {@code library}, publishing in the house style from the environment. */
    private static Kills kills(Library library) {
        Clock clock = Clock.systemUTC();
        HouseStyle style = HouseStyle.fromEnvironment(clock, NameBook::new);
        var publisher = new GalleryPublisher(library.site(), library.locks(), library.galleries(),
                library.store()::findById, library.renditions(), style.creditLines(), CaptionChecker.NONE, clock,
                PublishOptions.fromEnvironment(System.getenv()));
        return new Kills(library.store(), library.galleries(), publisher, library.audit(),
                library.ingestor()::reindex, clock);
    }

    private void print(Kills.Report report, PrintWriter out) {
        if (json) {
            out.println(toJson(report));
            return;
        }
        PhotoKill kill = report.photo().kill();
        out.println((report.alreadyKilled() ? "photo " + id + " was killed already" : "killed photo " + id)
                + " (" + kill.source() + ": " + kill.reason() + ")");
        for (Kills.GalleryChange c : report.galleries()) {
            out.println("  gallery '" + c.slug() + "': " + c.action().word() + " (" + c.detail() + ")");
        }
    }

    private static String toJson(Kills.Report report) {
        var root = new LinkedHashMap<String, Object>();
        root.put("photoId", report.photo().id());
        root.put("killed", report.photo().killed());
        root.put("alreadyKilled", report.alreadyKilled());
        root.put("reason", report.photo().kill().reason());
        root.put("source", report.photo().kill().source());
        root.put("at", report.photo().kill().at().toString());
        root.put("galleries", report.galleries().stream().map(c -> Map.of("slug", c.slug(),
                "action", c.action().word(), "detail", c.detail())).toList());
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }
}
