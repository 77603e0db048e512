package org.photodesk.cli;

import java.nio.file.Path;
import org.photodesk.core.library.LibraryAddress;
import picocli.CommandLine.Option;

/**
 * The {@code --store}, {@code --index} and {@code --blobs} options (or {@code PHOTODESK_STORE}, {@code PHOTODESK_INDEX},
 * {@code PHOTODESK_BLOBS}) that put a library on shared servers instead of the data folder; without them the
 * embedded default in {@code --data} is used. Credentials go in the URLs' user-info or the environment; the commands
 * never print them.
 */
public final class BackendsOption {

    @Option(names = "--store", paramLabel = "URL", defaultValue = "${env:PHOTODESK_STORE}",
            description = "A shared store instead of the one in --data: postgresql://USER:PASSWORD@HOST:PORT/DATABASE "
                    + "(default: $PHOTODESK_STORE).")
    String store;

    @Option(names = "--index", paramLabel = "URL", defaultValue = "${env:PHOTODESK_INDEX}",
            description = "A shared search index, such as http://HOST:9200/photodesk (default: $PHOTODESK_INDEX; "
                    + "without it, a shared store is followed by an index of this process in --data).")
    String index;

    @Option(names = "--blobs", paramLabel = "URL", defaultValue = "${env:PHOTODESK_BLOBS}",
            description = "Shared storage for originals, renditions and published galleries: "
                    + "s3://BUCKET/PREFIX?endpoint=http://HOST:PORT (default: $PHOTODESK_BLOBS).")
    String blobs;

    /** Where the library is: the shared backends named, local state (and the embedded default) in {@code dataDir}. */
    public LibraryAddress address(Path dataDir) {
        return new LibraryAddress(dataDir, store, index, blobs);
    }
}
