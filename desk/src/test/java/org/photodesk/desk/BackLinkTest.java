package org.photodesk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BackLinkTest {

    @ParameterizedTest
    @CsvSource({
            "/galleries/12/caption, /galleries/12, 'Open the gallery again, as it is now'",
            "/galleries/7, /galleries/7, 'Open the gallery again, as it is now'",
            "/photos/3/edit, /photos/3, 'Open the photo again, as it is now'",
            "/events/9/merge, /events/9, 'Open the event again, as it is now'",
            "/galleries/new, /, Back to the contact sheet",
            "/galleries/12abc, /, Back to the contact sheet",
            "/upload, /, Back to the contact sheet",
            "'/galleries/1/../../etc', /galleries/1, 'Open the gallery again, as it is now'",
    })
    void anErrorPageLeadsBackToWhatTheRequestWasAbout(String path, String href, String label) {
        var back = DeskServer.BackLink.of(path);

        assertThat(back.href()).isEqualTo(href);
        assertThat(back.label()).isEqualTo(label);
    }
}
