package org.photodesk.drop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The drops driven by real clients: Apache Commons Net for FTP, Apache SSHD's SFTP client. */
class DropIT {

    private static final String SENDER = "lyon-camera";
    private static final String PASSWORD = "a long camera password";

    @TempDir
    Path dir;

    private final Map<String, byte[]> received = new ConcurrentHashMap<>();
    private final Map<String, String> senders = new ConcurrentHashMap<>();
    private final DropAccounts accounts = (user, password) ->
            SENDER.equals(user) && PASSWORD.equals(password) ? Optional.of(user) : Optional.empty();
    private final DropHandler handler = (sender, file) -> {
        try {
            received.put(file.getFileName().toString(), Files.readAllBytes(file));
            senders.put(file.getFileName().toString(), sender);
            Files.delete(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    };
    private AutoCloseable drop;

    @BeforeEach
    void clear() {
        received.clear();
    }

    @AfterEach
    void stop() throws Exception {
        if (drop != null) {
            drop.close();
        }
    }

    private void awaitReceived(String name) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!received.containsKey(name) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    private static byte[] photo(int n) {
        byte[] b = new byte[50_000 + n];
        new java.util.Random(n).nextBytes(b);
        return b;
    }

    @Test
    void anFtpUploadIsHandedOnCompleteAndUnderItsSender() throws Exception {
        FtpDrop ftp = FtpDrop.start(new DropSettings("127.0.0.1", 0, dir.resolve("staging")), accounts, handler);
        drop = ftp;
        FTPClient client = new FTPClient();
        client.connect("127.0.0.1", ftp.port());
        assertThat(client.login(SENDER, PASSWORD)).isTrue();
        client.enterLocalPassiveMode();
        client.setFileType(FTP.BINARY_FILE_TYPE);
        byte[] bytes = photo(1);

        assertThat(client.storeFile("frame-0001.jpg", new ByteArrayInputStream(bytes))).isTrue();
        assertThat(client.storeFile("../../escape.jpg", new ByteArrayInputStream(photo(2)))).isTrue();
        client.logout();
        client.disconnect();

        awaitReceived("frame-0001.jpg");
        awaitReceived("escape.jpg");
        assertThat(received.get("frame-0001.jpg")).isEqualTo(bytes);
        assertThat(senders.get("frame-0001.jpg")).isEqualTo(SENDER);
        assertThat(dir.resolve("escape.jpg")).as("a path that climbs out stays in the sender's folder").doesNotExist();
        assertThat(received).containsKey("escape.jpg");
    }

    @Test
    void wrongPasswordsAndAnonymousAreRefused() throws Exception {
        FtpDrop ftp = FtpDrop.start(new DropSettings("127.0.0.1", 0, dir.resolve("staging")), accounts, handler);
        drop = ftp;
        for (List<String> login : List.of(List.of(SENDER, "wrong"), List.of("anonymous", "me@example.org"),
                List.of("someone", PASSWORD))) {
            FTPClient client = new FTPClient();
            client.connect("127.0.0.1", ftp.port());
            assertThat(client.login(login.get(0), login.get(1))).as(login.toString()).isFalse();
            client.disconnect();
        }
        assertThat(received).isEmpty();
    }

    @Test
    void anSftpUploadIsHandedOnWhenClosed() throws Exception {
        SftpDrop sftp = SftpDrop.start(new DropSettings("127.0.0.1", 0, dir.resolve("staging")), accounts, handler);
        drop = sftp;
        byte[] bytes = photo(3);
        try (SshClient client = SshClient.setUpDefaultClient()) {
            client.setServerKeyVerifier((session, address, key) -> true);
            client.start();
            try (ClientSession session = client.connect(SENDER, "127.0.0.1", sftp.port()).verify(10_000).getSession()) {
                session.addPasswordIdentity(PASSWORD);
                session.auth().verify(10_000);
                try (SftpClient files = SftpClientFactory.instance().createSftpClient(session);
                        OutputStream out = files.write("frame-0002.jpg")) {
                    out.write(bytes);
                }
            }
        }
        awaitReceived("frame-0002.jpg");
        assertThat(received.get("frame-0002.jpg")).isEqualTo(bytes);
    }

    @Test
    void sftpRefusesAWrongPassword() throws Exception {
        SftpDrop sftp = SftpDrop.start(new DropSettings("127.0.0.1", 0, dir.resolve("staging")), accounts, handler);
        drop = sftp;
        try (SshClient client = SshClient.setUpDefaultClient()) {
            client.setServerKeyVerifier((session, address, key) -> true);
            client.start();
            try (ClientSession session = client.connect(SENDER, "127.0.0.1", sftp.port()).verify(10_000).getSession()) {
                session.addPasswordIdentity("wrong");
                assertThatThrownBy(() -> session.auth().verify(10_000)).isInstanceOf(Exception.class);
            }
        }
    }
}
