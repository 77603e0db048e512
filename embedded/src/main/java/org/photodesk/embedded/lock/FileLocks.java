package org.photodesk.embedded.lock;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import org.photodesk.core.lock.InProcessLocks;
import org.photodesk.core.lock.LockTimeoutException;
import org.photodesk.core.lock.Locks;
import org.photodesk.core.photo.Sha256;

/**
 * {@link Locks} shared by every process on this machine that opens the same library: threads of this process queue
 * on an in-process lock, then the one in front takes an exclusive file lock on {@code <dir>/<name>.lock} (released
 * by the operating system if the process dies).
 */
public final class FileLocks implements Locks {

    private static final long POLL_MILLIS = 25;

    private final Path dir;
    private final InProcessLocks local = new InProcessLocks();

    public FileLocks(Path dir) {
        this.dir = dir;
    }

    @Override
    public Held acquire(String name, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        Held inProcess = local.acquire(name, wait);
        try {
            FileChannel channel = open(name);
            FileLock lock = lockFile(channel, name, wait, deadline);
            return () -> release(lock, channel, inProcess);
        } catch (RuntimeException e) {
            inProcess.close();
            throw e;
        }
    }

    private FileChannel open(String name) {
        try {
            Files.createDirectories(dir);
            return FileChannel.open(dir.resolve(fileName(name)), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the lock file of '" + name + "' in " + dir
                    + ": check that the library folder is writable", e);
        }
    }

    private static FileLock lockFile(FileChannel channel, String name, Duration wait, long deadline) {
        try {
            while (true) {
                FileLock lock = tryLock(channel);
                if (lock != null) {
                    return lock;
                }
                if (System.nanoTime() > deadline) {
                    throw new LockTimeoutException(name, wait);
                }
                Thread.sleep(POLL_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closeQuietly(channel);
            throw new LockTimeoutException(name, wait);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("cannot lock '" + name + "': " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    private static void release(FileLock lock, FileChannel channel, Held inProcess) {
        try {
            lock.release();
        } catch (IOException e) {
            // closing the channel below releases it too
        } finally {
            closeQuietly(channel);
            inProcess.close();
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing left to release
        }
    }

    /** A file name for any lock name: readable characters kept, the rest hashed so names never collide. */
    static String fileName(String name) {
        String safe = name.replaceAll("[^A-Za-z0-9._-]", "_");
        String hash = Sha256.hex(name.getBytes(StandardCharsets.UTF_8)).substring(0, 12);
        return (safe.length() > 60 ? safe.substring(0, 60) : safe) + "-" + hash + ".lock";
    }

}
