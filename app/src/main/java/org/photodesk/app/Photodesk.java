package org.photodesk.app;

import org.photodesk.cli.Main;
import org.photodesk.scale.ScaleBackends;
import org.photodesk.core.library.BackendsChooser;
import picocli.CommandLine;

/**
 * The composition root: the {@code photodesk} command on the backends its options name. Only here are the
 * adapters chosen; every command and the desk receive the library they open.
 */
public final class Photodesk {

    private Photodesk() {}

    /** Lucene says at start-up, through java.util.logging, whether it uses the vector API; held so it stays quiet. */
    private static final java.util.logging.Logger LUCENE_VECTORS =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    public static void main(String[] args) {
        LUCENE_VECTORS.setLevel(java.util.logging.Level.SEVERE);
        System.exit(Main.commandLine(args, chooser()).execute(args));
    }

    /** The command line with every subcommand, on the backends chosen here, for tests. */
    public static CommandLine commandLine() {
        return Main.commandLine(chooser());
    }

    /**
     * The backends a library address names: the embedded folder when it names no shared backend, else the scale-out
     * backends (PostgreSQL, S3-compatible storage, a shared index), credentials from the URLs or the environment.
     */
    public static BackendsChooser chooser() {
        return ScaleBackends.chooser();
    }
}
