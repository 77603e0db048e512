package org.photodesk.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.photodesk.core.event.RosterName;
import org.photodesk.core.library.Library;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.search.Query;
import org.photodesk.core.search.QuerySyntaxException;
import org.photodesk.core.search.SearchRequest;
import org.photodesk.core.template.FieldRule;
import org.photodesk.core.template.FillMode;
import org.photodesk.core.template.RosterCodes;
import org.photodesk.core.template.Template;
import org.photodesk.core.template.TemplateApplier;
import org.photodesk.core.template.TemplateStore;
import org.photodesk.core.template.TemplateText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code photodesk template add|list|remove|apply}: the library's caption templates, each a set of fields filled
 * with variables from each photo ({@code {city}}, {@code {date}} in AP style...), applied to photos as ordinary
 * edits (kept in each photo's history, undone with {@code undo}, audited as {@code cli:<OS user>}). Exit codes: 0
 * done, 1 refused, 2 bad usage.
 */
@Command(name = "template", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "COMMAND",
        description = "Keep caption templates and apply them to photos.",
        subcommands = {TemplateCommand.Add.class, TemplateCommand.ListTemplates.class, TemplateCommand.Remove.class,
            TemplateCommand.Apply.class})
public final class TemplateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    /** A template as JSON: {@code {"name", "rules": [{"field","mode","text"}]}}. */
    static Map<String, Object> json(Template t) {
        var m = new LinkedHashMap<String, Object>();
        m.put("name", t.name());
        m.put("rules", t.rules().stream().map(r -> Map.of("field", r.field(), "mode", r.mode().word(),
                "text", r.text())).toList());
        return m;
    }

    /**
     * A subcommand that works on the library: its options, the library opened for {@link #run} and closed after it,
     * and each refusal printed as {@code photodesk template VERB: ...} with exit code 1 (2 for bad usage).
     */
    abstract static class OnLibrary implements Callable<Integer> {
        @Mixin
        DataOption data;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public final Integer call() {
            try {
                OptionalInt refused = refusedBeforeOpening();
                if (refused.isPresent()) {
                    return refused.getAsInt();
                }
                try (Library library = readOnly() ? data.openReadOnly() : data.openToRead()) {
                    return run(library);
                }
            } catch (QuerySyntaxException e) {
                return refuse(2, e.getMessage());
            } catch (IllegalArgumentException | IllegalStateException e) {
                return refuse(1, e.getMessage());
            }
        }

        /** The exit code when the options alone are refused, before the library is opened; empty when they are fine. */
        OptionalInt refusedBeforeOpening() {
            return OptionalInt.empty();
        }

        /** Whether the subcommand only reads, so that a read-only library will do. */
        boolean readOnly() {
            return false;
        }

        /** Does the subcommand's work on the open library; returns the exit code. */
        abstract int run(Library library);

        /** Prints {@code message} on standard error as {@code photodesk template VERB: ...}; returns {@code code}. */
        final int refuse(int code, String message) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("photodesk template " + spec.name() + ": " + message);
            err.flush();
            return code;
        }

        /** Prints {@code line} on standard output. */
        final void say(String line) {
            PrintWriter out = spec.commandLine().getOut();
            out.println(line);
            out.flush();
        }
    }

    /** {@code template add NAME --set FIELD=TEXT --append FIELD=TEXT --if-empty FIELD=TEXT [--replace]}. */
    @Command(name = "add", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Add a template (or change one, with --replace). Variables: {city} {state} {country} "
                    + "{sublocation} {date} (AP style: Aug. 11, 2024) {weekday} {year} {byline} {credit} {agency} "
                    + "{headline} {event}; {{ and }} write braces; a roster code \\\\mm3\\\\ expands to its name.")
    static final class Add extends OnLibrary {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Option(names = "--set", paramLabel = "FIELD=TEXT", description = "Replace FIELD with TEXT.")
        List<String> set = new ArrayList<>();

        @Option(names = "--append", paramLabel = "FIELD=TEXT",
                description = "Append TEXT to FIELD (after a space; list fields get the items not there yet).")
        List<String> append = new ArrayList<>();

        @Option(names = "--if-empty", paramLabel = "FIELD=TEXT", description = "Set FIELD to TEXT only when empty.")
        List<String> ifEmpty = new ArrayList<>();

        @Option(names = "--replace", description = "Replace the template of that name when there is one.")
        boolean replace;

        private Template template;

        @Override
        OptionalInt refusedBeforeOpening() {
            List<FieldRule> rules = new ArrayList<>();
            set.forEach(s -> rules.add(rule(s, FillMode.REPLACE)));
            append.forEach(s -> rules.add(rule(s, FillMode.APPEND)));
            ifEmpty.forEach(s -> rules.add(rule(s, FillMode.IF_EMPTY)));
            if (rules.isEmpty()) {
                return OptionalInt.of(refuse(2, "say which fields the template fills, such as --append "
                        + "'caption={city}, {country} – {date}' (see 'photodesk template add --help')"));
            }
            template = new Template(name, rules.stream()
                    .sorted(java.util.Comparator.comparingInt(r -> FieldRule.FIELDS.indexOf(r.field()))).toList());
            List<TemplateText.Problem> problems = template.problems();
            if (!problems.isEmpty()) {
                return OptionalInt.of(refuse(1, String.join("; ", problems.stream()
                        .map(TemplateText.Problem::message).toList())));
            }
            return OptionalInt.empty();
        }

        @Override
        int run(Library library) {
            TemplateStore store = library.templates();
            if (!replace && store.find(template.name()).isPresent()) {
                return refuse(1, "a template named '" + template.name() + "' exists already: add "
                        + "--replace to change it, or choose another name");
            }
            boolean added = store.save(template);
            int fields = template.rules().size();
            say((added ? "added" : "replaced") + " template '" + template.name() + "' (" + fields
                    + (fields == 1 ? " field)" : " fields)"));
            return 0;
        }

        private static FieldRule rule(String given, FillMode mode) {
            int eq = given.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("'" + given + "' is not FIELD=TEXT: write it as caption=...");
            }
            return new FieldRule(given.substring(0, eq), mode, given.substring(eq + 1));
        }
    }

    /** {@code template list [--json]}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the templates and their fields.")
    static final class ListTemplates extends OnLibrary {
        @Option(names = "--json", description = "Print [{\"name\", \"rules\": [{\"field\",\"mode\",\"text\"}]}].")
        boolean json;

        @Override
        boolean readOnly() {
            return true;
        }

        @Override
        int run(Library library) {
            List<Template> templates = library.templates().list();
            if (json) {
                say(Json.write(templates.stream().map(TemplateCommand::json).toList()));
                return 0;
            }
            for (Template t : templates) {
                say(t.name());
                t.rules().forEach(r -> say("  " + r.field() + "\t" + r.mode().word() + "\t" + r.text()));
            }
            return 0;
        }
    }

    /** {@code template remove NAME}. */
    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a template.")
    static final class Remove extends OnLibrary {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        int run(Library library) {
            if (!library.templates().remove(name)) {
                return refuse(1, "there is no template named '" + name + "': list them with 'photodesk template list'");
            }
            say("removed template '" + name.strip() + "'");
            return 0;
        }
    }

    /** {@code template apply NAME ID...|--query Q [--dry-run] [--json]}. */
    @Command(name = "apply", mixinStandardHelpOptions = true,
            description = "Apply a template to photos: each field it changes is one edit in the photo's history.")
    static final class Apply extends OnLibrary {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Parameters(index = "1..*", paramLabel = "ID", description = "The photos' ids.")
        List<Long> ids = new ArrayList<>();

        @Option(names = "--query", paramLabel = "Q", description = "The photos this search finds (as 'search').")
        String query;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "500",
                description = "With --query, at most N photos (default ${DEFAULT-VALUE}).")
        int limit;

        @Option(names = "--dry-run", description = "Say what would change, changing nothing.")
        boolean dryRun;

        @Option(names = "--json", description = "Print {\"template\", \"photos\": [{\"id\", \"changes\": [{field, "
                + "before, after}], \"warnings\"}], \"changed\"}.")
        boolean json;

        @Override
        OptionalInt refusedBeforeOpening() {
            return ids.isEmpty() == (query == null)
                    ? OptionalInt.of(refuse(2, "give photo ids or --query, not both and not neither"))
                    : OptionalInt.empty();
        }

        @Override
        int run(Library library) {
            Template template = library.templates().expect(name);
            List<RosterName> roster = library.events().roster();
            List<TemplateApplier.PhotoPlan> plans = new ArrayList<>();
            for (Photo p : photos(library)) {
                var plan = TemplateApplier.plan(template, p, RosterCodes.of(roster, p.metadata().event()));
                plans.add(plan);
                if (!dryRun && !plan.unchanged()) {
                    apply(library, plan);
                }
            }
            long fields = plans.stream().mapToLong(p -> p.changes().size()).sum();
            if (!dryRun && fields > 0) {
                library.audit().record(PhotoChangeCommand.actor(), "template.apply", "template/" + template.name(),
                        null, null, fields + " fields on " + plans.stream().filter(p -> !p.unchanged()).count()
                                + " photos");
            }
            print(template, plans);
            return 0;
        }

        private List<Photo> photos(Library library) {
            if (query == null) {
                List<Photo> found = library.store().findByIds(ids);
                if (found.size() < ids.size()) {
                    var missing = new ArrayList<>(ids);
                    missing.removeAll(found.stream().map(Photo::id).toList());
                    throw new IllegalArgumentException("no photo " + missing + " in " + data.dir()
                            + ": check the ids with 'photodesk search'");
                }
                return found;
            }
            Query q = library.ingestor().nearDuplicates().resolve(library.queryParser().parse(query));
            var result = library.index().search(new SearchRequest(q, null, 0, Math.max(0, limit)));
            return library.store().findByIds(result.ids());
        }

        private static void apply(Library library, TemplateApplier.PhotoPlan plan) {
            TemplateApplier.apply(plan, library.editor(), PhotoChangeCommand.actor());
            for (var c : plan.changes()) {
                library.audit().record(PhotoChangeCommand.actor(), "edit", "photo/" + plan.photoId(), c.field(),
                        c.before(), c.after());
            }
            library.ingestor().reindex(plan.photoId());
        }

        private void print(Template template, List<TemplateApplier.PhotoPlan> plans) {
            PrintWriter out = spec.commandLine().getOut();
            long changed = plans.stream().filter(p -> !p.unchanged()).count();
            if (json) {
                var m = new LinkedHashMap<String, Object>();
                m.put("template", template.name());
                m.put("dryRun", dryRun);
                m.put("changed", changed);
                m.put("photos", plans.stream().map(p -> Map.of("id", p.photoId(), "changes", p.changes(),
                        "warnings", p.warnings())).toList());
                out.println(Json.write(m));
            } else {
                for (var p : plans) {
                    p.changes().forEach(c -> out.println(p.photoId() + "\t" + c.field() + "\t"
                            + Optional.ofNullable(c.after()).orElse("")));
                    p.warnings().forEach(w -> out.println(p.photoId() + "\twarning\t" + w));
                }
                out.println((dryRun ? "would change " : "changed ") + changed + " of " + plans.size()
                        + (plans.size() == 1 ? " photo" : " photos") + " with template '" + template.name() + "'");
            }
            out.flush();
        }
    }
}
