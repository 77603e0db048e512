package org.photodesk.cli;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import org.photodesk.core.check.HouseStyle;
import org.photodesk.core.check.NameBook;
import org.photodesk.core.feed.Backoff;
import org.photodesk.core.feed.FeedIntake;
import org.photodesk.core.feed.FeedPolling;
import org.photodesk.core.feed.FeedSubscriptions;
import org.photodesk.core.feed.http.JdkFeedFetcher;
import org.photodesk.core.feed.http.UrlFetcher;
import org.photodesk.core.gallery.CaptionChecker;
import org.photodesk.core.library.Backends;
import org.photodesk.core.library.Library;
import org.photodesk.core.photo.PhotoKill;
import org.photodesk.core.publish.GalleryPublisher;
import org.photodesk.core.publish.Kills;
import org.photodesk.core.publish.PublishOptions;

/**
 * Agency feeds over an open library for the commands: the {@link FeedIntake} (kills carried out by {@link Kills}, in
 * the house style from the environment), the route that lets hot folders take feed documents, and the polling of
 * the library's subscriptions.
 */
final class FeedWiring {

    private FeedWiring() {}

    /** The intake of {@code library}. */
    static FeedIntake intake(Library library) {
        Clock clock = library.clock();
        return new FeedIntake(library.ingestor(), library.store(), (id, reason, user) -> {
            HouseStyle style = HouseStyle.fromEnvironment(clock, NameBook::new);
            var publisher = new GalleryPublisher(library.site(), library.locks(), library.galleries(),
                    library.store()::findById, library.renditions(), style.creditLines(), CaptionChecker.NONE, clock,
                    PublishOptions.fromEnvironment(System.getenv()));
            return new Kills(library.store(), library.galleries(), publisher, library.audit(),
                    library.ingestor()::reindex, clock).kill(id, reason, PhotoKill.FEED, user).photo();
        });
    }

    /** The picture fetch limits: the library's file size limit, {@code seconds} per picture. */
    static UrlFetcher.Limits limits(long maxBytes, int seconds, boolean allowPrivate) {
        return new UrlFetcher.Limits(maxBytes, Duration.ofSeconds(seconds), 5, allowPrivate);
    }

    /** Lets every file route of {@code library}'s ingestor (hot folders) take feed documents; returns the intake. */
    static FeedIntake routeDocuments(Library library, long maxBytes, String user) {
        FeedIntake intake = intake(library);
        library.ingestor().routeDocuments(intake.route(new UrlFetcher(limits(maxBytes, 120, false)), maxBytes, user));
        return intake;
    }

    /** The polling of the subscriptions {@code backends} keep, when they keep any. */
    static Optional<FeedPolling> polling(Backends backends, Library library, FeedIntake intake, long maxBytes,
            Function<String, String> env) {
        Optional<FeedSubscriptions> subscriptions = backends.feedSubscriptions();
        return subscriptions.map(s -> new FeedPolling(intake, s, new JdkFeedFetcher(), library.audit(), env,
                Backoff.DEFAULT, limits(maxBytes, 120, false), library.clock()));
    }

    /** The message for backends that keep no subscriptions. */
    static String noSubscriptions(Backends backends) {
        return "the library at " + backends.describe() + " keeps no feed subscriptions: they live in an embedded"
                + " library's data folder (--data DIR)";
    }
}
