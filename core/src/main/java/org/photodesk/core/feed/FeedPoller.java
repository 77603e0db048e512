package org.photodesk.core.feed;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls agency feeds: a conditional request per feed ({@code If-None-Match}, {@code If-Modified-Since}), the
 * document read by {@link FeedReader}, each item ordered by {@link ResendRule} against the {@link ItemLedger}, and
 * every new, newer, corrected or killed item handed to the {@link FeedListener}. Errors back off exponentially up to
 * a ceiling. Credentials are read from the environment at each request.
 *
 * <p>{@link #poll} runs one round and says when the next is due; {@link #start} runs rounds on a scheduler.
 */
public final class FeedPoller {

    private static final Logger LOG = LoggerFactory.getLogger(FeedPoller.class);

    private final FeedFetcher fetcher;
    private final FeedReader reader;
    private final ItemLedger ledger;
    private final Function<String, String> env;
    private final Backoff backoff;
    private final FeedListener listener;
    private final Map<String, State> states = new ConcurrentHashMap<>();
    private final Map<String, ScheduledFuture<?>> running = new ConcurrentHashMap<>();
    private final Map<String, Object> active = new ConcurrentHashMap<>();

    /** What the poller keeps per feed between rounds: the validators of the last document, and failures in a row. */
    private record State(String etag, String lastModified, int failures) {
        static final State NONE = new State(null, null, 0);
    }

    /** A poller; {@code env} is how environment variables are read ({@code System::getenv} in production). */
    public FeedPoller(FeedFetcher fetcher, FeedReader reader, ItemLedger ledger, Function<String, String> env,
            Backoff backoff, FeedListener listener) {
        this.fetcher = fetcher;
        this.reader = reader;
        this.ledger = ledger;
        this.env = env;
        this.backoff = backoff;
        this.listener = listener;
    }

    /**
     * The validators of the feed's last document ({@code ETag}, {@code Last-Modified}; each null when unknown), to
     * keep between runs.
     */
    public Validators validators(String name) {
        State s = states.getOrDefault(name, State.NONE);
        return new Validators(s.etag(), s.lastModified());
    }

    /** Starts from validators kept by an earlier run, unless this poller has polled the feed already. */
    public void resume(String name, Validators validators) {
        states.putIfAbsent(name, new State(validators.etag(), validators.lastModified(), 0));
    }

    /** The validators of a feed's last document, for the next conditional request. */
    public record Validators(String etag, String lastModified) {
        /** None known: the next request is unconditional. */
        public static final Validators NONE = new Validators(null, null);
    }

    /** Polls the feed once and hands on what changed. Never throws. */
    public PollOutcome poll(FeedSubscription feed) {
        State state = states.getOrDefault(feed.name(), State.NONE);
        List<String> missing = feed.credentials().missing(env);
        if (!missing.isEmpty()) {
            return failed(feed, state, "environment variable " + String.join(" and ", missing)
                    + (missing.size() == 1 ? " is" : " are") + " not set: export the feed's credentials before"
                    + " starting the desk", null);
        }
        FeedFetcher.Request request = new FeedFetcher.Request(feed.url(), state.etag(), state.lastModified(),
                feed.credentials().authorization(env).orElse(null));
        return switch (fetcher.fetch(request)) {
            case FeedFetcher.Result.NotModified n -> {
                states.put(feed.name(), new State(state.etag(), state.lastModified(), 0));
                yield new PollOutcome.NotModified(feed.every());
            }
            case FeedFetcher.Result.Failed f -> failed(feed, state, f.reason(), f.retryAfter());
            case FeedFetcher.Result.Fetched f -> fetched(feed, state, f);
        };
    }

    private PollOutcome fetched(FeedSubscription feed, State state, FeedFetcher.Result.Fetched fetched) {
        FeedRead read = reader.read(fetched.body());
        if (read.format() == FeedFormat.NONE) {
            String why = read.problems().isEmpty() ? "not NewsML-G2 or ninjs" : read.problems().getFirst().message();
            return failed(feed, state, feed.url() + " did not answer with a feed: " + why, null);
        }
        int delivered = 0;
        for (FeedItem item : read.items()) {
            Resend decision = ResendRule.decide(item.findId().flatMap(id -> ledger.find(id.guid())), item);
            if (decision instanceof Resend.SameOrOlder) {
                continue;
            }
            try {
                listener.onItem(feed, item, decision);
            } catch (RuntimeException e) {
                LOG.warn("feed {}: handling item {} failed", feed.name(), item.id(), e);
                return failed(feed, state, "handling item " + item.id() + " failed: " + e.getMessage(), null);
            }
            KnownItem.of(item).ifPresent(ledger::remember);
            delivered++;
        }
        states.put(feed.name(), new State(fetched.etag(), fetched.lastModified(), 0));
        LOG.debug("feed {}: {} items, {} new or changed", feed.name(), read.items().size(), delivered);
        return new PollOutcome.Fetched(read.items().size(), delivered, read.allProblems(), feed.every());
    }

    private PollOutcome failed(FeedSubscription feed, State state, String reason, Duration retryAfter) {
        int failures = state.failures() + 1;
        states.put(feed.name(), new State(state.etag(), state.lastModified(), failures));
        Duration next = backoff.delay(feed.every(), failures, retryAfter);
        LOG.warn("feed {}: {} ({} in a row; next try in {}s)", feed.name(), reason, failures, next.toSeconds());
        return new PollOutcome.Failed("feed " + feed.name() + ": " + reason, failures, next);
    }

    /** Polls the feed on the scheduler, now and then after each outcome's delay, until {@link #stop} or shutdown. */
    public void start(ScheduledExecutorService scheduler, FeedSubscription feed) {
        stop(feed.name());
        Object token = new Object();
        active.put(feed.name(), token);
        schedule(scheduler, feed, Duration.ZERO, token);
    }

    private void schedule(ScheduledExecutorService scheduler, FeedSubscription feed, Duration delay, Object token) {
        if (scheduler.isShutdown() || active.get(feed.name()) != token) {
            return;
        }
        try {
            running.put(feed.name(), scheduler.schedule(() -> {
                if (active.get(feed.name()) == token) {
                    schedule(scheduler, feed, poll(feed).next(), token);
                }
            }, delay.toMillis(), TimeUnit.MILLISECONDS));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            LOG.debug("feed {}: scheduler shut down, polling stops", feed.name());
        }
    }

    /** Stops polling the named feed; a round already running finishes. */
    public void stop(String name) {
        active.remove(name);
        ScheduledFuture<?> future = running.remove(name);
        if (future != null) {
            future.cancel(false);
        }
    }
}
