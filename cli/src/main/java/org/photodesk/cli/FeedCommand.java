package org.photodesk.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.photodesk.core.feed.FeedCredentials;
import org.photodesk.core.feed.FeedPolling;
import org.photodesk.core.feed.FeedSubscription;
import org.photodesk.core.feed.FeedSubscriptions;
import org.photodesk.core.feed.PollOutcome;
import org.photodesk.core.library.Backends;
import org.photodesk.core.library.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code photodesk feed add|list|remove|poll}: the agency feeds a running desk polls. */
@Command(name = "feed", mixinStandardHelpOptions = true,
        description = {"Agency feeds (NewsML-G2 or ninjs over HTTP(S)) that 'photodesk serve' polls into the library.",
                "Credentials are read from environment variables named here, never stored."},
        subcommands = {FeedCommand.Add.class, FeedCommand.ListFeeds.class, FeedCommand.Remove.class,
                FeedCommand.Poll.class})
public final class FeedCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    /** Runs {@code work} on the subscriptions of {@code data}'s library; 1 with a message when it keeps none. */
    static int withSubscriptions(DataOption data, CommandSpec spec, Function<FeedSubscriptions, Integer> work) {
        Backends backends = data.backends();
        try (Library library = data.openToRead()) {
            Optional<FeedSubscriptions> subscriptions = backends.feedSubscriptions();
            if (subscriptions.isEmpty()) {
                spec.commandLine().getErr().println("photodesk feed: " + FeedWiring.noSubscriptions(backends));
                return 1;
            }
            return work.apply(subscriptions.get());
        }
    }

    /** {@code feed add NAME URL}. */
    @Command(name = "add", mixinStandardHelpOptions = true, description = "Subscribe to a feed.")
    static final class Add implements Callable<Integer> {
        @Mixin
        DataOption data;

        @Parameters(index = "0", paramLabel = "NAME", description = "A short name: letters, digits, dots, dashes.")
        String name;

        @Parameters(index = "1", paramLabel = "URL", description = "The feed's http(s) address.")
        String url;

        @Option(names = "--every", paramLabel = "DURATION", defaultValue = "60s",
                description = "How often to poll: 90s, 5m, 1h (default: ${DEFAULT-VALUE}; at least 10s).")
        String every;

        @Option(names = "--user-env", paramLabel = "VAR", description = "The environment variable holding the user name (HTTP Basic).")
        String userEnv;

        @Option(names = "--password-env", paramLabel = "VAR", description = "The environment variable holding the password (HTTP Basic).")
        String passwordEnv;

        @Option(names = "--token-env", paramLabel = "VAR", description = "The environment variable holding a bearer token (an API key).")
        String tokenEnv;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            FeedSubscription subscription;
            try {
                subscription = new FeedSubscription(name, URI.create(url.strip()), duration(every), credentials());
            } catch (IllegalArgumentException e) {
                err.println("photodesk feed add: " + e.getMessage());
                return 2;
            }
            return withSubscriptions(data, spec, feeds -> {
                try {
                    feeds.add(subscription);
                } catch (IllegalArgumentException e) {
                    err.println("photodesk feed add: " + e.getMessage());
                    return 1;
                }
                PrintWriter out = spec.commandLine().getOut();
                out.println("feed " + name + ": " + subscription.url() + " every " + subscription.every().toSeconds()
                        + " s" + login(subscription.credentials()) + "; 'photodesk serve' polls it, 'photodesk feed"
                        + " poll " + name + "' polls it now");
                out.flush();
                return 0;
            });
        }

        private FeedCredentials credentials() {
            if (tokenEnv != null && (userEnv != null || passwordEnv != null)) {
                throw new IllegalArgumentException("give either --token-env, or --user-env with --password-env");
            }
            if (tokenEnv != null) {
                return new FeedCredentials.Bearer(tokenEnv);
            }
            if (userEnv == null && passwordEnv == null) {
                return new FeedCredentials.None();
            }
            if (userEnv == null || passwordEnv == null) {
                throw new IllegalArgumentException("HTTP Basic needs both --user-env VAR and --password-env VAR");
            }
            return new FeedCredentials.Basic(userEnv, passwordEnv);
        }
    }

    /** {@code 60s}, {@code 5m}, {@code 1h}, a bare number of seconds, or an ISO-8601 duration ({@code PT90S}). */
    static Duration duration(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        try {
            if (t.startsWith("pt")) {
                return Duration.parse(t);
            }
            char unit = t.charAt(t.length() - 1);
            long n = Long.parseLong(Character.isDigit(unit) ? t : t.substring(0, t.length() - 1));
            return switch (unit) {
                case 'h' -> Duration.ofHours(n);
                case 'm' -> Duration.ofMinutes(n);
                default -> Duration.ofSeconds(n);
            };
        } catch (NumberFormatException | DateTimeParseException | StringIndexOutOfBoundsException e) {
            throw new IllegalArgumentException("--every '" + text + "' is not a duration: write 90s, 5m or 1h");
        }
    }

    private static String login(FeedCredentials c) {
        return switch (c) {
            case FeedCredentials.None n -> "";
            case FeedCredentials.Basic b -> ", logging in as $" + b.userVariable() + " with $" + b.passwordVariable();
            case FeedCredentials.Bearer b -> ", with the token in $" + b.tokenVariable();
        };
    }

    /** {@code feed list}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the subscriptions and their last poll.")
    static final class ListFeeds implements Callable<Integer> {
        @Mixin
        DataOption data;

        @Option(names = "--json", description = "Print a JSON array of {name, url, everySeconds, credentials, lastPolled, lastResult}.")
        boolean json;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return withSubscriptions(data, spec, feeds -> {
                PrintWriter out = spec.commandLine().getOut();
                List<FeedSubscriptions.Subscribed> all = feeds.list();
                if (json) {
                    out.println(Json.write(all.stream().map(ListFeeds::json).toList()));
                } else if (all.isEmpty()) {
                    out.println("no feeds: add one with 'photodesk feed add NAME URL'");
                } else {
                    all.forEach(s -> out.println(s.name() + "  " + s.subscription().url() + "  every "
                            + s.subscription().every().toSeconds() + " s" + login(s.subscription().credentials())
                            + (s.lastPolled() == null ? "  (not polled yet)"
                                    : "  last poll " + s.lastPolled() + ": " + s.lastResult())));
                }
                out.flush();
                return 0;
            });
        }

        private static Map<String, Object> json(FeedSubscriptions.Subscribed s) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", s.name());
            m.put("url", s.subscription().url().toString());
            m.put("everySeconds", s.subscription().every().toSeconds());
            Map<String, Object> credentials = new LinkedHashMap<>();
            switch (s.subscription().credentials()) {
                case FeedCredentials.None n -> credentials.put("kind", "none");
                case FeedCredentials.Basic b -> {
                    credentials.put("kind", "basic");
                    credentials.put("userEnv", b.userVariable());
                    credentials.put("passwordEnv", b.passwordVariable());
                }
                case FeedCredentials.Bearer b -> {
                    credentials.put("kind", "bearer");
                    credentials.put("tokenEnv", b.tokenVariable());
                }
            }
            m.put("credentials", credentials);
            m.put("lastPolled", s.lastPolled() == null ? null : s.lastPolled().toString());
            m.put("lastResult", s.lastResult());
            return m;
        }
    }

    /** {@code feed remove NAME}. */
    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Unsubscribe from a feed (its photos stay).")
    static final class Remove implements Callable<Integer> {
        @Mixin
        DataOption data;

        @Parameters(paramLabel = "NAME")
        String name;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return withSubscriptions(data, spec, feeds -> {
                if (!feeds.remove(name)) {
                    spec.commandLine().getErr().println("photodesk feed remove: no feed named '" + name
                            + "'; 'photodesk feed list' shows them");
                    return 1;
                }
                spec.commandLine().getOut().println("feed " + name + " removed; its photos stay in the library");
                spec.commandLine().getOut().flush();
                return 0;
            });
        }
    }

    /** {@code feed poll [NAME]}: one round from the command line. */
    @Command(name = "poll", mixinStandardHelpOptions = true,
            description = {"Poll every feed (or the one named) once and ingest what is new.",
                    "Exit 0 when every poll succeeded, 1 when one failed."})
    static final class Poll implements Callable<Integer> {
        @Mixin
        DataOption data;

        @Parameters(paramLabel = "NAME", arity = "0..1")
        String name;

        @Option(names = "--allow-private-urls", description = "Fetch pictures from loopback and private addresses on other hosts than the feed's own.")
        boolean allowPrivateUrls;

        @Spec
        CommandSpec spec;

        private final Function<String, String> env;

        Poll() {
            this(System::getenv);
        }

        Poll(Function<String, String> env) {
            this.env = env;
        }

        @Override
        public Integer call() {
            Backends backends = data.backends();
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            try (Library library = SharedLibrary.openForIngest(data, true, err)) {
                long maxBytes = data.options(true).maxFileBytes();
                var intake = FeedWiring.intake(library);
                Optional<FeedSubscriptions> subscriptions = backends.feedSubscriptions();
                if (subscriptions.isEmpty()) {
                    err.println("photodesk feed poll: " + FeedWiring.noSubscriptions(backends));
                    return 1;
                }
                var polling = new FeedPolling(intake, subscriptions.get(), new org.photodesk.core.feed.http.JdkFeedFetcher(),
                        library.audit(), env, org.photodesk.core.feed.Backoff.DEFAULT,
                        FeedWiring.limits(maxBytes, 120, allowPrivateUrls), library.clock());
                List<FeedPolling.Report> reports;
                if (name == null) {
                    reports = polling.pollAll();
                } else {
                    Optional<FeedSubscriptions.Subscribed> one = subscriptions.get().find(name);
                    if (one.isEmpty()) {
                        err.println("photodesk feed poll: no feed named '" + name + "'; 'photodesk feed list' shows them");
                        return 1;
                    }
                    reports = List.of(polling.poll(one.get()));
                }
                if (reports.isEmpty()) {
                    out.println("no feeds: add one with 'photodesk feed add NAME URL'");
                }
                boolean failed = false;
                for (FeedPolling.Report r : reports) {
                    out.println("feed " + r.feed() + ": " + r.summary());
                    r.taken().forEach(t -> out.println("  " + IngestCommand.describe(t)));
                    failed |= r.outcome() instanceof PollOutcome.Failed;
                }
                out.flush();
                return failed ? 1 : 0;
            }
        }
    }
}
