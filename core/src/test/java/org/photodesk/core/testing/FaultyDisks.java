package org.photodesk.core.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Real file-system faults for tests: a read-only view of a folder, and a small disk that can be filled. As root, a
 * read-only bind mount and a tmpfs (chmod does not stop root); otherwise, a read-only view by permissions, and the
 * full disk is skipped (an unprivileged user cannot mount one).
 */
public final class FaultyDisks {

    private FaultyDisks() {}

    /** A mounted (or permission-made) state, undone on close. */
    public interface Mounted extends AutoCloseable {
        /** The folder to use. */
        Path path();

        @Override
        void close() throws IOException;
    }

    /** Whether this process runs as root (then it can mount, and permissions do not stop it). */
    public static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    /**
     * A read-only view of {@code folder} at {@code view} (a new folder): as root a read-only bind mount, otherwise
     * {@code folder} itself with every write permission removed ({@code view} is then unused and {@link Mounted#path}
     * is {@code folder}).
     */
    public static Mounted readOnly(Path folder, Path view) throws IOException {
        if (root()) {
            Files.createDirectories(view);
            run("mount", "--bind", folder.toString(), view.toString());
            try {
                run("mount", "-o", "remount,bind,ro", view.toString());
            } catch (IOException e) {
                run("umount", view.toString());
                throw e;
            }
            return mounted(view);
        }
        List<Path> changed = new ArrayList<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.toList()) {
                if (!Files.isSymbolicLink(p)) {
                    Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p);
                    perms.removeAll(Set.of(PosixFilePermission.OWNER_WRITE, PosixFilePermission.GROUP_WRITE,
                            PosixFilePermission.OTHERS_WRITE));
                    Files.setPosixFilePermissions(p, perms);
                    changed.add(p);
                }
            }
        }
        return new Mounted() {
            @Override
            public Path path() {
                return folder;
            }

            @Override
            public void close() throws IOException {
                for (Path p : changed) {
                    Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p);
                    perms.add(PosixFilePermission.OWNER_WRITE);
                    Files.setPosixFilePermissions(p, perms);
                }
            }
        };
    }

    /**
     * A tmpfs of {@code megabytes} mounted at {@code at} (a new folder); skips the test where this process cannot
     * mount one (not root, or no mount permission in this container).
     */
    public static Mounted smallDisk(Path at, int megabytes) throws IOException {
        assumeTrue(root(), "a full disk needs a tmpfs, which only root can mount");
        Files.createDirectories(at);
        try {
            run("mount", "-t", "tmpfs", "-o", "size=" + megabytes + "m", "tmpfs", at.toString());
        } catch (IOException e) {
            assumeTrue(false, "cannot mount a tmpfs here: " + e.getMessage());
        }
        return mounted(at);
    }

    /** Fills the disk holding {@code folder} with one file, {@code folder/filler}, until no byte is left. */
    public static void fill(Path folder) throws IOException {
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(folder.resolve("filler"))) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            if (!String.valueOf(full.getMessage()).contains("No space left")) {
                throw full;
            }
        }
        try (OutputStream out = Files.newOutputStream(folder.resolve("filler-tail"))) {
            for (int i = 0; i < 64 * 1024; i++) {
                out.write(0);
            }
        } catch (IOException full) {
            // the last bytes are taken too
        }
    }

    private static Mounted mounted(Path at) {
        return new Mounted() {
            @Override
            public Path path() {
                return at;
            }

            @Override
            public void close() throws IOException {
                run("umount", at.toString());
            }
        };
    }

    private static void run(String... command) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " failed: "
                        + new String(p.getInputStream().readAllBytes()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(String.join(" ", command) + " interrupted", e);
        }
    }
}
