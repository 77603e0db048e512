package org.photodesk.drop;

import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.ftpserver.ConnectionConfigFactory;
import org.apache.ftpserver.FtpServer;
import org.apache.ftpserver.FtpServerFactory;
import org.apache.ftpserver.ftplet.Authentication;
import org.apache.ftpserver.ftplet.AuthenticationFailedException;
import org.apache.ftpserver.ftplet.Authority;
import org.apache.ftpserver.ftplet.DefaultFtplet;
import org.apache.ftpserver.ftplet.FtpException;
import org.apache.ftpserver.ftplet.FtpFile;
import org.apache.ftpserver.ftplet.FtpRequest;
import org.apache.ftpserver.ftplet.FtpSession;
import org.apache.ftpserver.ftplet.FtpletResult;
import org.apache.ftpserver.ftplet.User;
import org.apache.ftpserver.ftplet.UserManager;
import org.apache.ftpserver.listener.Listener;
import org.apache.ftpserver.listener.ListenerFactory;
import org.apache.ftpserver.usermanager.UsernamePasswordAuthentication;
import org.apache.ftpserver.usermanager.impl.BaseUser;
import org.apache.ftpserver.usermanager.impl.ConcurrentLoginPermission;
import org.apache.ftpserver.usermanager.impl.WritePermission;

/**
 * An FTP drop (Apache MINA FtpServer) for cameras and agencies that push: senders log in with their desk account,
 * each into a private folder of the staging area; every file they finish uploading is handed to the ingest
 * pipeline. No anonymous login; a few failed logins close the connection.
 */
public final class FtpDrop implements AutoCloseable {

    private static final int MAX_LOGIN_FAILURES = 3;
    private static final int LOGIN_FAILURE_DELAY_MILLIS = 1000;
    private static final int MAX_IDLE_SECONDS = 300;

    private final FtpServer server;
    private final Listener listener;
    private final Handoff handoff;

    private FtpDrop(FtpServer server, Listener listener, Handoff handoff) {
        this.server = server;
        this.listener = listener;
        this.handoff = handoff;
    }

    /**
     * Starts the drop.
     *
     * @throws IllegalStateException when the port cannot be opened (in use, or privileged), with what to do about it
     */
    public static FtpDrop start(DropSettings settings, DropAccounts accounts, DropHandler handler) {
        Staging staging = new Staging(settings.staging());
        Handoff handoff = new Handoff(handler);
        var factory = new FtpServerFactory();
        var listeners = new ListenerFactory();
        listeners.setServerAddress(settings.host());
        listeners.setPort(settings.port());
        Listener listener = listeners.createListener();
        factory.addListener("default", listener);
        var connections = new ConnectionConfigFactory();
        connections.setAnonymousLoginEnabled(false);
        connections.setMaxLoginFailures(MAX_LOGIN_FAILURES);
        connections.setLoginFailureDelay(LOGIN_FAILURE_DELAY_MILLIS);
        factory.setConnectionConfig(connections.createConnectionConfig());
        factory.setUserManager(new Senders(accounts, staging));
        Map<String, org.apache.ftpserver.ftplet.Ftplet> ftplets = new java.util.LinkedHashMap<>();
        ftplets.put("photodesk-drop", new Finished(handoff));
        factory.setFtplets(ftplets);
        FtpServer server = factory.createServer();
        try {
            server.start();
        } catch (FtpException | RuntimeException e) {
            handoff.close();
            throw new IllegalStateException("the FTP drop cannot listen on " + settings.host() + ":" + settings.port()
                    + " (" + e.getMessage() + "): choose another --ftp-port", e);
        }
        return new FtpDrop(server, listener, handoff);
    }

    /** The port the drop listens on (the one picked when 0 was asked). */
    public int port() {
        return listener.getPort();
    }

    @Override
    public void close() {
        server.stop();
        handoff.close();
    }

    /** Desk accounts as FTP users: each confined to its own staging folder, allowed to write there. */
    private static final class Senders implements UserManager {
        private final DropAccounts accounts;
        private final Staging staging;

        Senders(DropAccounts accounts, Staging staging) {
            this.accounts = accounts;
            this.staging = staging;
        }

        @Override
        public User authenticate(Authentication authentication) throws AuthenticationFailedException {
            if (!(authentication instanceof UsernamePasswordAuthentication login)) {
                throw new AuthenticationFailedException("log in with your Photodesk account name and password");
            }
            Optional<String> sender = accounts.verify(login.getUsername(), login.getPassword());
            if (sender.isEmpty()) {
                throw new AuthenticationFailedException("wrong name or password, or this account may not send files");
            }
            return user(sender.get());
        }

        private User user(String name) {
            var user = new BaseUser();
            user.setName(name);
            user.setHomeDirectory(staging.home(name).toString());
            user.setEnabled(true);
            user.setMaxIdleTime(MAX_IDLE_SECONDS);
            List<Authority> rights = List.of(new WritePermission(), new ConcurrentLoginPermission(8, 8));
            user.setAuthorities(rights);
            return user;
        }

        @Override
        public User getUserByName(String username) {
            return null;
        }

        @Override
        public String[] getAllUserNames() {
            return new String[0];
        }

        @Override
        public void delete(String username) {
            throw new UnsupportedOperationException("manage accounts with 'photodesk user' or in the desk");
        }

        @Override
        public void save(User user) {
            throw new UnsupportedOperationException("manage accounts with 'photodesk user' or in the desk");
        }

        @Override
        public boolean doesExist(String username) {
            return false;
        }

        @Override
        public String getAdminName() {
            return "";
        }

        @Override
        public boolean isAdmin(String username) {
            return false;
        }
    }

    /** Hands each finished upload on. */
    private static final class Finished extends DefaultFtplet {
        private final Handoff handoff;

        Finished(Handoff handoff) {
            this.handoff = handoff;
        }

        @Override
        public FtpletResult onUploadEnd(FtpSession session, FtpRequest request) throws FtpException, IOException {
            handOn(session, request);
            return FtpletResult.DEFAULT;
        }

        @Override
        public FtpletResult onUploadUniqueEnd(FtpSession session, FtpRequest request)
                throws FtpException, IOException {
            handOn(session, request);
            return FtpletResult.DEFAULT;
        }

        @Override
        public FtpletResult onAppendEnd(FtpSession session, FtpRequest request) throws FtpException, IOException {
            handOn(session, request);
            return FtpletResult.DEFAULT;
        }

        private void handOn(FtpSession session, FtpRequest request) throws FtpException {
            if (!request.hasArgument()) {
                return;
            }
            FtpFile file = session.getFileSystemView().getFile(request.getArgument());
            if (file != null && file.getPhysicalFile() instanceof File physical) {
                handoff.finished(session.getUser().getName(), physical.toPath());
            }
        }
    }
}
