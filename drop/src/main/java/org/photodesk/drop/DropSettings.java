package org.photodesk.drop;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a drop listens and keeps files while they arrive.
 *
 * @param host the address to listen on, such as {@code 127.0.0.1} or {@code 0.0.0.0}
 * @param port the TCP port; 0 picks a free one
 * @param staging the folder holding each sender's uploads until they are handed on (one sub-folder per sender)
 */
public record DropSettings(String host, int port, Path staging) {

    public DropSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(staging, "staging");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is not a TCP port: use 0 to 65535 (0 picks a free one)");
        }
    }
}
