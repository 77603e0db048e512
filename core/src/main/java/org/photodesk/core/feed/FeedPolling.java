package org.photodesk.core.feed;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.photodesk.core.audit.AuditLog;
import org.photodesk.core.feed.http.UrlFetcher;
import org.photodesk.core.ingest.IngestOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The library's feed subscriptions polled into it: each poll goes through a {@link FeedPoller} (conditional requests,
 * back-off on errors) and hands every new, newer, corrected or killed item to the {@link FeedIntake}, so a feed's
 * pictures enter through the same ingestor as every other route. What each poll took in is logged, kept as the
 * subscription's last result, and audited (as user {@code feed:NAME}, target {@code feed/NAME}) when it took
 * something in or failed; a poll that finds nothing new is only logged.
 *
 * <p>A picture on the feed's own host is fetched with private addresses allowed (an administrator chose that host);
 * one elsewhere with the {@code web} limits. An item whose picture could not be fetched for a passing reason fails
 * the poll, so that it is offered again after the back-off; an item at fault itself is reported and passed over.
 */
public final class FeedPolling {

    private static final Logger LOG = LoggerFactory.getLogger(FeedPolling.class);
    /** How often a running desk looks for subscriptions added or removed meanwhile. */
    private static final Duration REFRESH = Duration.ofSeconds(30);

    /** What one poll of one subscription came to, and what it took in. */
    public record Report(String feed, PollOutcome outcome, List<FeedOutcome> taken) {
        public Report {
            taken = List.copyOf(taken);
        }

        /** One line for the log, the audit and {@code feed list}. */
        public String summary() {
            return switch (outcome) {
                case PollOutcome.NotModified n -> "not modified";
                case PollOutcome.Failed f -> f.reason() + " (" + f.failures() + " in a row; next try in "
                        + f.next().toSeconds() + " s)" + (taken.isEmpty() ? "" : "; " + counts());
                case PollOutcome.Fetched f -> f.items() + " items, " + f.delivered() + " new or changed"
                        + (taken.isEmpty() ? "" : ": " + counts());
            };
        }

        /** The counts of what was taken: added, updated, duplicates, killed, noted, skipped, failed. */
        public String counts() {
            Map<String, Integer> counts = new java.util.LinkedHashMap<>();
            for (FeedOutcome o : taken) {
                counts.merge(word(o), 1, Integer::sum);
            }
            List<String> parts = new ArrayList<>();
            counts.forEach((word, n) -> parts.add(n + " " + word));
            return String.join(", ", parts);
        }

        private static String word(FeedOutcome o) {
            return switch (o) {
                case FeedOutcome.Ingested i -> switch (i.outcome()) {
                    case IngestOutcome.Added a -> "added";
                    case IngestOutcome.Updated u -> "updated";
                    case IngestOutcome.Duplicate d -> "duplicate";
                    case IngestOutcome.Rejected r -> "rejected";
                };
                case FeedOutcome.Killed k -> "killed";
                case FeedOutcome.KillNoted k -> "kill noted";
                case FeedOutcome.Skipped s -> "skipped";
                case FeedOutcome.Failed f -> "failed";
            };
        }
    }

    private final FeedIntake intake;
    private final FeedSubscriptions subscriptions;
    private final AuditLog audit;
    private final Clock clock;
    private final UrlFetcher feedHost;
    private final UrlFetcher web;
    private final FeedPoller poller;
    private final Map<String, List<FeedOutcome>> taking = new ConcurrentHashMap<>();
    private final Set<String> running = ConcurrentHashMap.newKeySet();

    /**
     * Polling over {@code fetcher}, reading credentials with {@code env} ({@code System::getenv} in production);
     * pictures are fetched within {@code limits} (private addresses allowed on the feed's own host only, unless
     * {@code limits} allow them everywhere).
     */
    public FeedPolling(FeedIntake intake, FeedSubscriptions subscriptions, FeedFetcher fetcher, AuditLog audit,
            Function<String, String> env, Backoff backoff, UrlFetcher.Limits limits, Clock clock) {
        this.intake = intake;
        this.subscriptions = subscriptions;
        this.audit = audit;
        this.clock = clock;
        this.feedHost = new UrlFetcher(limits.allowingPrivate());
        this.web = new UrlFetcher(limits);
        this.poller = new FeedPoller(fetcher, new FeedReader(), intake.ledger(), env, backoff, this::onItem);
    }

    private void onItem(FeedSubscription feed, FeedItem item, Resend decision) {
        Pictures pictures = Pictures.fromFeed(feed.url(), feedHost, web);
        FeedOutcome outcome = intake.take(feed.url().toString(), item, decision, pictures, user(feed.name()));
        taking.computeIfAbsent(feed.name(), k -> new ArrayList<>()).add(outcome);
        if (outcome instanceof FeedOutcome.Failed f && f.retry()) {
            throw new IllegalStateException(FeedOutcome.label(item) + ": " + f.reason());
        }
    }

    private static String user(String feed) {
        return "feed:" + feed;
    }

    /** Polls one subscription once, records and audits what it took in. Never throws. */
    public Report poll(FeedSubscription feed) {
        return poll(feed, FeedPoller.Validators.NONE);
    }

    /** As {@link #poll(FeedSubscription)}, conditional on {@code kept} when this process has not polled it yet. */
    private Report poll(FeedSubscription feed, FeedPoller.Validators kept) {
        poller.resume(feed.name(), kept);
        taking.remove(feed.name());
        PollOutcome outcome = poller.poll(feed);
        List<FeedOutcome> taken = taking.getOrDefault(feed.name(), List.of());
        taking.remove(feed.name());
        if (!taken.isEmpty()) {
            intake.flush();
        }
        Report report = new Report(feed.name(), outcome, taken);
        record(feed, report);
        return report;
    }

    private void record(FeedSubscription feed, Report report) {
        String summary = report.summary();
        try {
            subscriptions.recordPoll(feed.name(), clock.instant(), summary, poller.validators(feed.name()));
            boolean tookIn = !report.taken().isEmpty() || report.outcome() instanceof PollOutcome.Failed;
            if (tookIn) {
                audit.record(user(feed.name()), "feed.poll", "feed/" + feed.name(), null, null, summary);
                LOG.info("feed {}: {}", feed.name(), summary);
            } else {
                LOG.debug("feed {}: {}", feed.name(), summary);
            }
        } catch (RuntimeException e) {
            LOG.warn("feed {}: polled ({}), but recording it failed: {}", feed.name(), summary, e.getMessage(), e);
        }
    }

    /** Polls one stored subscription once, conditionally on the validators its last poll kept. */
    public Report poll(FeedSubscriptions.Subscribed subscribed) {
        return poll(subscribed.subscription(), subscribed.validators());
    }

    /** Polls every subscription once, in name order. */
    public List<Report> pollAll() {
        return subscriptions.list().stream().map(this::poll).toList();
    }

    /**
     * Polls every subscription on {@code scheduler}, each now and then on its own schedule (its interval, or the
     * back-off after errors); subscriptions added or removed meanwhile are picked up within {@link #REFRESH}.
     */
    public void start(ScheduledExecutorService scheduler) {
        scheduler.scheduleWithFixedDelay(() -> refresh(scheduler), 0, REFRESH.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void refresh(ScheduledExecutorService scheduler) {
        try {
            for (FeedSubscriptions.Subscribed s : subscriptions.list()) {
                if (running.add(s.name())) {
                    LOG.info("feed {}: polling {} every {} s", s.name(), s.subscription().url(),
                            s.subscription().every().toSeconds());
                    schedule(scheduler, s.name(), Duration.ZERO);
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("feed subscriptions could not be read: {}", e.getMessage(), e);
        }
    }

    private void schedule(ScheduledExecutorService scheduler, String name, Duration delay) {
        if (scheduler.isShutdown()) {
            return;
        }
        try {
            scheduler.schedule(() -> round(scheduler, name), delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            LOG.debug("feed {}: scheduler shut down, polling stops", name);
        }
    }

    private void round(ScheduledExecutorService scheduler, String name) {
        Duration next = FeedSubscription.DEFAULT_EVERY;
        try {
            var current = subscriptions.find(name);
            if (current.isEmpty()) {
                running.remove(name);
                LOG.info("feed {}: removed, polling stops", name);
                return;
            }
            next = poll(current.get()).outcome().next();
        } catch (RuntimeException e) {
            LOG.warn("feed {}: poll failed: {}", name.toLowerCase(Locale.ROOT), e.getMessage(), e);
        }
        schedule(scheduler, name, next);
    }
}
