package org.photodesk.cli;

import java.util.Objects;
import org.photodesk.core.library.BackendsChooser;
import picocli.CommandLine;

/**
 * Makes what picocli instantiates itself: the {@code --data} option of every command gets the backends chooser of
 * the composition root; everything else is made as picocli would.
 */
public final class CliFactory implements CommandLine.IFactory {

    private final BackendsChooser chooser;

    public CliFactory(BackendsChooser chooser) {
        this.chooser = Objects.requireNonNull(chooser, "chooser");
    }

    /** The chooser the commands open libraries with. */
    public BackendsChooser chooser() {
        return chooser;
    }

    @Override
    public <K> K create(Class<K> cls) throws Exception {
        if (cls == DataOption.class) {
            return cls.cast(new DataOption(chooser));
        }
        return CommandLine.defaultFactory().create(cls);
    }
}
