package org.photodesk.drop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.common.session.SessionContext;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.server.session.ServerSession;
import org.apache.sshd.sftp.server.FileHandle;
import org.apache.sshd.sftp.server.Handle;
import org.apache.sshd.sftp.server.SftpEventListener;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

/**
 * An SFTP drop (Apache SSHD) beside the FTP one: the same accounts, the same private staging folders, the same hand
 * on of every file closed after writing. Password logins only; the server's host key is kept in the staging folder.
 */
public final class SftpDrop implements AutoCloseable {

    private final SshServer server;
    private final Handoff handoff;

    private SftpDrop(SshServer server, Handoff handoff) {
        this.server = server;
        this.handoff = handoff;
    }

    /**
     * Starts the drop.
     *
     * @throws IllegalStateException when the port cannot be opened, with what to do about it
     */
    public static SftpDrop start(DropSettings settings, DropAccounts accounts, DropHandler handler) {
        Staging staging = new Staging(settings.staging());
        try {
            java.nio.file.Files.createDirectories(settings.staging());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the drop folder " + settings.staging(), e);
        }
        Handoff handoff = new Handoff(handler);
        SshServer server = SshServer.setUpDefaultServer();
        server.setHost(settings.host());
        server.setPort(settings.port());
        server.setKeyPairProvider(new SimpleGeneratorHostKeyProvider(settings.staging().resolve(".sftp-host-key")));
        server.setPasswordAuthenticator((user, password, session) -> accounts.verify(user, password).isPresent());
        server.setPublickeyAuthenticator((user, key, session) -> false);
        server.setKeyboardInteractiveAuthenticator(null);
        server.setFileSystemFactory(new VirtualFileSystemFactory() {
            @Override
            public Path getUserHomeDir(SessionContext session) {
                return staging.home(session.getUsername());
            }
        });
        SftpSubsystemFactory sftp = new SftpSubsystemFactory.Builder().build();
        sftp.addSftpEventListener(new Finished(staging, handoff));
        server.setSubsystemFactories(List.of(sftp));
        try {
            server.start();
        } catch (IOException e) {
            handoff.close();
            throw new IllegalStateException("the SFTP drop cannot listen on " + settings.host() + ":"
                    + settings.port() + " (" + e.getMessage() + "): choose another --sftp-port", e);
        }
        return new SftpDrop(server, handoff);
    }

    /** The port the drop listens on (the one picked when 0 was asked). */
    public int port() {
        return server.getPort();
    }

    @Override
    public void close() {
        try {
            server.stop(true);
        } catch (IOException e) {
            throw new UncheckedIOException("the SFTP drop did not stop cleanly: " + e.getMessage(), e);
        } finally {
            handoff.close();
        }
    }

    /** Hands on every file closed after it was opened for writing. */
    private static final class Finished implements SftpEventListener {
        private final Staging staging;
        private final Handoff handoff;

        Finished(Staging staging, Handoff handoff) {
            this.staging = staging;
            this.handoff = handoff;
        }

        @Override
        public void closed(ServerSession session, String remoteHandle, Handle localHandle, Throwable thrown) {
            if (thrown != null || !(localHandle instanceof FileHandle file)
                    || !(file.getOpenOptions().contains(StandardOpenOption.WRITE)
                    || file.getOpenOptions().contains(StandardOpenOption.APPEND))) {
                return;
            }
            Path real = staging.inside(session.getUsername(), file.getFile().toString());
            if (real != null) {
                handoff.finished(session.getUsername(), real);
            }
        }
    }
}
