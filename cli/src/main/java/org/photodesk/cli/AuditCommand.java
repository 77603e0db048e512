package org.photodesk.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.photodesk.core.audit.AuditLog;
import org.photodesk.core.audit.Since;
import org.photodesk.core.library.Library;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code photodesk audit [--since WHEN] [--target T] [--limit N] [--json]}: the audit log, newest first: edits,
 * publications, logins, failed logins (the name tried, the address and why) and account changes.
 */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Show the audit log, newest first: who changed what and when, logins and failed logins.")
public final class AuditCommand implements Callable<Integer> {

    @Mixin
    DataOption data;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--since", paramLabel = "WHEN",
            description = "Only entries from then on: an instant (2024-08-11T08:00:00Z), a day (2024-08-11, from midnight UTC) or a time ago (90m, 1h, 2d, 1w).")
    String since;

    @Option(names = "--target", paramLabel = "T", description = "Only entries about T, such as user/maria, photo/12 or gallery/3.")
    String target;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "At most N entries (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print a JSON array of {id, at, username, action, target, field, before, after}.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Library library = data.openToRead()) {
            String t = target == null || target.isBlank() ? null : target.strip();
            int n = Math.clamp(limit, 1, 100_000);
            List<AuditLog.Entry> entries = since == null || since.isBlank() ? library.audit().recent(t, n)
                    : library.audit().since(Since.parse(since, library.clock().instant()), t, n);
            if (json) {
                out.println(Json.write(entries.stream().map(AuditCommand::json).toList()));
            } else {
                entries.forEach(e -> out.println(line(e)));
            }
            return 0;
        } catch (IllegalArgumentException e) {
            if (json) {
                out.println(Json.write(Map.of("error", e.getMessage())));
            } else {
                err.println("audit: " + e.getMessage());
            }
            return 1;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static Map<String, Object> json(AuditLog.Entry e) {
        var m = new java.util.LinkedHashMap<String, Object>();
        m.put("id", e.id());
        m.put("at", e.at().toString());
        m.put("username", e.username());
        m.put("action", e.action());
        m.put("target", e.target());
        m.put("field", e.field());
        m.put("before", e.before());
        m.put("after", e.after());
        return m;
    }

    /** One entry as a line: when, who, what, on what, and the field's change; control characters shown escaped. */
    static String line(AuditLog.Entry e) {
        String change = e.field() == null ? shown(e.after())
                : e.field() + ": " + (e.before() == null ? "" : shown(e.before()) + " -> ") + shown(e.after());
        return String.join("  ", e.at().toString(), shown(e.username()), shown(e.action()), shown(e.target()),
                change).stripTrailing();
    }

    /**
     * {@code text} safe for a terminal: control characters (escape sequences could rewrite the screen) as
     * {@code \\u001b}, new lines as {@code \\n}, long values cut at 300 characters.
     */
    static String shown(String text) {
        if (text == null) {
            return "";
        }
        String s = text.length() > 300 ? text.substring(0, 300) + "…" : text;
        var out = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (c == '\n') {
                out.append("\\n");
            } else if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                out.append(String.format(java.util.Locale.ROOT, "\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
