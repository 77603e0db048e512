package org.photodesk.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.photodesk.core.article.Article;
import org.photodesk.core.article.ArticleReader;
import org.photodesk.core.article.Seeds;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.PhotoMetadata;
import org.photodesk.core.testing.GeneratedPhotos;

/**
 * The groups kept one source at a time are the batch grouping's, whatever order the sources arrive in: on the real
 * article sets of {@code ../shared/real/events} (read in place), the seeds, and generated agency photos.
 */
class IncrementalGrouperTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void realSetsAndSeedsArriveInAnyOrderAndGroupAsTheBatchDoes(long order) throws IOException {
        List<Article> articles = realArticles();
        assumeTrue(!articles.isEmpty(), "no ../shared/real/events: the real sets live beside the project");
        articles.add(Seeds.article(Seeds.REUTERS));
        articles.add(Seeds.article(Seeds.AP));
        List<Photo> photos = GeneratedPhotos.library(120, 7);

        assertSameAsBatch(articles, photos, order);
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12})
    void generatedPhotosArriveInAnyOrderAndGroupAsTheBatchDoes(long order) {
        assertSameAsBatch(List.of(), GeneratedPhotos.library(600, 42), order);
    }

    @Test
    void aPhotoWhoseCaptionChangedLeavesItsGroupAndTheRestIsLinkedAgain() {
        List<Photo> photos = new ArrayList<>(GeneratedPhotos.library(300, 5));
        var g = new IncrementalGrouper();
        photos.forEach(p -> g.put(EventGrouper.signatureOf(p)));
        Random random = new Random(9);
        for (int i = 0; i < 20; i++) {
            int at = random.nextInt(photos.size());
            Photo other = photos.get(random.nextInt(photos.size()));
            Photo changed = withMetadata(photos.get(at), other.metadata());
            photos.set(at, changed);
            g.put(EventGrouper.signatureOf(changed));
        }

        assertThat(partition(g)).isEqualTo(batch(List.of(), photos));
    }

    @Test
    void rowsReadBackGiveTheSameGroupsAndLinkTheNextArrivalAlike() {
        List<Photo> photos = GeneratedPhotos.library(200, 3);
        var first = new IncrementalGrouper();
        photos.subList(0, 150).forEach(p -> first.put(EventGrouper.signatureOf(p)));
        var reopened = new IncrementalGrouper();
        photos.subList(0, 150).forEach(p -> reopened.load(
                SignatureText.read(SignatureText.write(first.signature(Event.memberId(p)))),
                first.groupOf(Event.memberId(p))));

        photos.subList(150, 200).forEach(p -> reopened.put(EventGrouper.signatureOf(p)));

        assertThat(partition(reopened)).isEqualTo(batch(List.of(), photos));
    }

    @Test
    void aSignatureSurvivesItsText() {
        for (Photo p : GeneratedPhotos.library(50, 1)) {
            EventGrouper.Signature s = EventGrouper.signatureOf(p);
            assertThat(SignatureText.read(SignatureText.write(s))).isEqualTo(s);
        }
    }

    // ---- helpers ----

    private static void assertSameAsBatch(List<Article> articles, List<Photo> photos, long order) {
        List<EventGrouper.Signature> arrivals = new ArrayList<>();
        articles.forEach(a -> arrivals.add(EventGrouper.signatureOf(a)));
        photos.forEach(p -> arrivals.add(EventGrouper.signatureOf(p)));
        Collections.shuffle(arrivals, new Random(order));
        var g = new IncrementalGrouper();
        arrivals.forEach(g::put);

        Set<Set<String>> expected = batch(articles, photos);
        assertThat(partition(g)).isEqualTo(expected);
        assertThat(expected.size()).as("the sources fall into several events, some of more than one source")
                .isGreaterThan(1).isLessThan(arrivals.size());
    }

    private static Set<Set<String>> batch(List<Article> articles, List<Photo> photos) {
        return new EventGrouper().group(articles, photos).stream().map(e -> Set.copyOf(e.memberIds()))
                .collect(Collectors.toSet());
    }

    private static Set<Set<String>> partition(IncrementalGrouper g) {
        Set<Set<String>> out = new HashSet<>();
        g.groups().values().forEach(m -> out.add(Set.copyOf(m)));
        return out;
    }

    private static Photo withMetadata(Photo p, PhotoMetadata m) {
        return p.withMetadata(m);
    }

    private static List<Article> realArticles() throws IOException {
        Path dir = Stream.of("../shared/real/events", "../../shared/real/events", "/work/shared/real/events")
                .map(Path::of).filter(Files::isDirectory).findFirst().orElse(null);
        List<Article> out = new ArrayList<>();
        if (dir == null) {
            return out;
        }
        ArticleReader reader = new ArticleReader();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(x -> x.toString().endsWith(".txt")).sorted().toList()) {
                out.addAll(reader.read(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8)));
            }
        }
        return out;
    }
}
