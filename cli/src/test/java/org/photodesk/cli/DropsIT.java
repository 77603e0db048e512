package org.photodesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.photodesk.core.account.Accounts;
import org.photodesk.core.account.Role;
import org.photodesk.core.library.Library;
import org.photodesk.core.publish.TestJpegs;
import org.photodesk.desk.DeskPorts;

/** A file sent to the FTP drop of {@code serve} by a real client becomes a photo, audited under its sender. */
class DropsIT {

    @TempDir
    Path dir;

    @Test
    void anFtpUploadLandsAsAPhotoOfTheLibrary() throws Exception {
        byte[] jpeg = TestJpegs.withTags(TestJpegs.jpeg(640, 480, java.awt.Color.ORANGE, java.awt.Color.BLUE), dir,
                "-IPTC:Caption-Abstract=Fireworks over the harbour in Marseille, France.", "-IPTC:City=Marseille");
        try (Library library = org.photodesk.scale.testing.TestBackends.open(dir.resolve("data"));
                DeskPorts ports = DeskPorts.of(library, () -> "http://localhost/published/")) {
            var accounts = new Accounts(library.accounts(), Clock.systemUTC());
            accounts.create("camera-7", "a long camera password", Role.EDITOR);
            accounts.create("reader", "a long reader password", Role.VIEWER);
            try (Drops drops = Drops.start(new Drops.Options("127.0.0.1", 0, null, dir.resolve("staging"), null),
                    accounts, library.audit(), ports.uploads(), new java.io.PrintWriter(java.io.Writer.nullWriter()))) {
                int port = drops.ftpPort().orElseThrow();
                FTPClient viewer = new FTPClient();
                viewer.connect("127.0.0.1", port);
                assertThat(viewer.login("reader", "a long reader password")).as("viewers may not send").isFalse();
                viewer.disconnect();

                FTPClient client = new FTPClient();
                client.connect("127.0.0.1", port);
                assertThat(client.login("camera-7", "a long camera password")).isTrue();
                client.enterLocalPassiveMode();
                client.setFileType(FTP.BINARY_FILE_TYPE);
                assertThat(client.storeFile("DSC_0042.JPG", new ByteArrayInputStream(jpeg))).isTrue();
                client.logout();
                client.disconnect();

                long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
                while (library.store().count() == 0 && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                }
            }
            assertThat(library.store().count()).isEqualTo(1);
            var photo = library.store().page(0, 1).getFirst();
            assertThat(photo.metadata().city()).isEqualTo("Marseille");
            assertThat(library.audit().recent(null, 10)).anySatisfy(e -> {
                assertThat(e.username()).isEqualTo("camera-7");
                assertThat(e.action()).isEqualTo("drop");
                assertThat(e.after()).contains("added photo " + photo.id());
            });
            assertThat(Files.list(dir.resolve("staging").resolve("camera-7"))).as("nothing left behind").isEmpty();
        }
    }
}
