package org.photodesk.core.feed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Reads IPTC's own examples in place from a snapshot of their GitHub repositories under {@code /work/.mirror} (never
 * copied into this repository); empty when the snapshot is not on this machine.
 */
final class IptcMirror {

    private final Path gitDir;

    IptcMirror(String repo) {
        this.gitDir = Path.of("/work/.mirror", repo.replace('/', '+'), "repo");
    }

    boolean present() {
        return Files.isDirectory(gitDir);
    }

    /** The paths under {@code folder} (not recursive) whose names end with {@code suffix}. */
    List<String> list(String folder, String suffix) {
        return git("ls-tree", "--name-only", "HEAD", folder + "/")
                .map(out -> Arrays.stream(new String(out, StandardCharsets.UTF_8).split("\n"))
                        .filter(p -> p.endsWith(suffix)).sorted().toList())
                .orElse(List.of());
    }

    Optional<byte[]> read(String path) {
        return git("show", "HEAD:" + path);
    }

    private Optional<byte[]> git(String... args) {
        if (!present()) {
            return Optional.empty();
        }
        String[] command = new String[args.length + 2];
        command[0] = "git";
        command[1] = "--git-dir=" + gitDir;
        System.arraycopy(args, 0, command, 2, args.length);
        try {
            Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            byte[] out = p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0 ? Optional.of(out) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
