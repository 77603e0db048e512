package org.photodesk.core.rights;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.photodesk.core.photo.PhotoMetadata;

class KillNoticeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "MANDATORY KILL. The picture was digitally altered.                      | true",
        "KILL: distributed in error                                              | true",
        "KILL KILL KILL                                                          | true",
        "ATTENTION EDITORS - WITHDRAWN: do not use                               | true",
        "ATTENTION EDITORS - THIS PICTURE HAS BEEN WITHDRAWN BY THE SOURCE       | true",
        "ELIMINATION - the picture has been withdrawn                            | true",
        "WITHDRAWN                                                               | true",
        "THIS PICTURE REPLACES A KILLED PICTURE                                  | false",
        "Police kill suspect after a chase in Dallas, Texas.                     | false",
        "KILLER WHALES swim off Vancouver Island.                                | false",
        "Residents were withdrawn from the area.                                 | false"})
    void killNoticesAreReadFromCapitalisedWords(String text, boolean kill) {
        assertThat(KillNotice.isKill(text)).isEqualTo(kill);
    }

    @Test
    void theNoticeIsFoundInTheHeadlineInstructionsOrCaption() {
        var m = PhotoMetadata.builder().caption("Fans cheer in Rome.")
                .instructions("MANDATORY KILL. The agency was not entitled to distribute this picture.").build();

        assertThat(KillNotice.in(m)).contains("MANDATORY KILL. The agency was not entitled to distribute this picture.");
        assertThat(KillNotice.in(PhotoMetadata.builder().caption("Fans cheer in Rome.").build())).isEmpty();
    }

    @Test
    void aFeedItemsKillSignalOrCanceledStatusIsAKill() throws Exception {
        byte[] kill = java.nio.file.Files.readAllBytes(java.nio.file.Path.of(getClass()
                .getResource("/org/photodesk/core/feed/newsml/picture-v3-kill.xml").toURI()));
        byte[] usable = java.nio.file.Files.readAllBytes(java.nio.file.Path.of(getClass()
                .getResource("/org/photodesk/core/feed/newsml/picture-v1.xml").toURI()));

        assertThat(KillNotice.in(new org.photodesk.core.feed.FeedReader().read(kill).items().getFirst())).isPresent();
        assertThat(KillNotice.in(new org.photodesk.core.feed.FeedReader().read(usable).items().getFirst())).isEmpty();
    }
}
