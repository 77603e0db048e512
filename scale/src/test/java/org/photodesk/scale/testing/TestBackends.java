package org.photodesk.scale.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.photodesk.core.library.Backends;
import org.photodesk.core.library.BackendsChooser;
import org.photodesk.core.library.Library;
import org.photodesk.core.library.LibraryAddress;
import org.photodesk.core.library.LibraryOptions;
import org.photodesk.embedded.EmbeddedBackends;
import org.photodesk.scale.ScaleBackends;

/**
 * The backends the behaviour tests of the CLI and the desk run on: the embedded default, or, with
 * {@code -Dphotodesk.test.backends=scale}, the scale-out backends on a real PostgreSQL and S3 endpoint started once for
 * the test run ({@link LocalPostgres}, {@link LocalS3}), each data folder a library of its own (a fresh schema and
 * bucket), so that the same tests prove both sets.
 */
public final class TestBackends {

    /** The system property that picks the backends: {@code embedded} (the default) or {@code scale}. */
    public static final String PROPERTY = "photodesk.test.backends";

    private TestBackends() {}

    /**
     * The system property that picks the index in a scale run: {@code opensearch} for a shared OpenSearch index (a
     * fresh one per data folder, on a node started once for the run), else (the default) each process's Lucene index
     * that follows the store.
     */
    public static final String INDEX_PROPERTY = "photodesk.test.index";

    /** Whether this run tests the scale-out backends. */
    public static boolean scale() {
        return "scale".equals(System.getProperty(PROPERTY, "embedded"));
    }

    /** The chooser tests give the command line: every address of a data folder on this run's backends. */
    public static BackendsChooser chooser() {
        return scale() ? address -> backends(address.dataDir()) : EmbeddedBackends.chooser();
    }

    /** Opens the library of {@code data} on this run's backends. */
    public static Library open(Path data) {
        return chooser().choose(LibraryAddress.embedded(data)).open(LibraryOptions.DEFAULT);
    }

    /** The scale-out library that stands for data folder {@code data} in this run. */
    private static Backends backends(Path data) {
        LibraryAddress address = Servers.ADDRESSES.computeIfAbsent(data.toAbsolutePath().normalize(), d -> {
            Servers s = Servers.get();
            String index = openSearch() ? OpenSearchNodeExtension.jvmNode().freshIndex().toString() : null;
            return new LibraryAddress(d, LocalPostgres.url(s.postgres.freshSchema()), index,
                    s.s3.url(s.s3.freshBucket()));
        });
        return new ScaleBackends(address, ScaleBackends.searchIndexFactories(), System::getenv, Clock.systemUTC());
    }

    /** Whether a scale run puts its libraries' index on OpenSearch. */
    public static boolean openSearch() {
        return scale() && "opensearch".equals(System.getProperty(INDEX_PROPERTY, ""));
    }

    /** The servers of this test run, started on first use and stopped when the JVM exits. */
    private static final class Servers {
        static final Map<Path, LibraryAddress> ADDRESSES = new ConcurrentHashMap<>();
        private static volatile Servers running;

        final LocalPostgres postgres;
        final LocalS3 s3;

        private Servers() {
            postgres = LocalPostgres.start();
            s3 = LocalS3.start();
            Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
        }

        static Servers get() {
            Servers s = running;
            if (s == null) {
                synchronized (Servers.class) {
                    if (running == null) {
                        running = new Servers();
                    }
                    s = running;
                }
            }
            return s;
        }

        private void stop() {
            try {
                s3.close();
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
