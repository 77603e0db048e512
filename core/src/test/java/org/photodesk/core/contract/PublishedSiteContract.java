package org.photodesk.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.photodesk.core.publish.PublishedSite;

/** What every {@link PublishedSite} must do: a subclass supplies a fresh, empty one. */
public abstract class PublishedSiteContract {

    protected PublishedSite site;

    /** A new, empty site. */
    protected abstract PublishedSite newSite() throws IOException;

    @BeforeEach
    void open() throws IOException {
        site = newSite();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private String text(String path) throws IOException {
        var entry = site.find(path).orElseThrow();
        return new String(((PublishedSite.Entry.File) entry).bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void aReleaseIsInvisibleUntilLiveThenReplacesTheOldOneWhole() throws IOException {
        var first = site.newRelease("closing", 1);
        first.write("index.html", bytes("one"));
        first.write("images/1-thumb.jpg", bytes("jpeg one"));
        assertThat(site.find("closing/index.html")).isEmpty();
        first.makeLive();
        assertThat(text("closing/index.html")).isEqualTo("one");
        assertThat(text("closing/")).as("a folder read with a slash is its index").isEqualTo("one");
        assertThat(site.find("closing")).containsInstanceOf(PublishedSite.Entry.Folder.class);

        var second = site.newRelease("closing", 2);
        second.write("index.html", bytes("two"));
        second.makeLive();
        assertThat(text("closing/index.html")).isEqualTo("two");
        assertThat(site.find("closing/images/1-thumb.jpg")).as("files of the old release are gone").isEmpty();
    }

    @Test
    void aDiscardedReleaseLeavesTheLiveOneAlone() throws IOException {
        var first = site.newRelease("g", 1);
        first.write("index.html", bytes("live"));
        first.makeLive();
        var failed = site.newRelease("g", 2);
        failed.write("index.html", bytes("half"));
        failed.discard();
        assertThat(text("g/index.html")).isEqualTo("live");
    }

    @Test
    void hiddenPathsAndPathsOutsideTheSiteAreNotFound() throws IOException {
        var r = site.newRelease("g", 1);
        r.write("index.html", bytes("x"));
        r.makeLive();
        assertThat(site.find("../g/index.html")).isEmpty();
        assertThat(site.find("g/../../etc/passwd")).isEmpty();
        assertThat(site.find(".releases")).isEmpty();
        assertThat(site.find("nothing/index.html")).isEmpty();
    }

    @Test
    void theFilesOfTheLiveReleaseAreListed() throws IOException {
        var first = site.newRelease("g", 1);
        first.write("index.html", bytes("one"));
        first.write("images/1-thumb.jpg", bytes("jpeg"));
        assertThat(site.files("g")).as("nothing live yet").isEmpty();
        first.makeLive();
        assertThat(site.files("g")).containsExactly("images/1-thumb.jpg", "index.html");
        var second = site.newRelease("g", 2);
        second.write("index.html", bytes("two"));
        second.makeLive();
        assertThat(site.files("g")).containsExactly("index.html");
        assertThat(site.files("other")).isEmpty();
    }

    @Test
    void aRemovedGalleryIsNoLongerServed() throws IOException {
        var r = site.newRelease("g", 1);
        r.write("index.html", bytes("x"));
        r.makeLive();
        assertThat(site.remove("g")).isTrue();
        assertThat(site.find("g/index.html")).isEmpty();
        assertThat(site.remove("g")).isFalse();
    }
}
