package org.photodesk.cli;

import java.io.InputStream;
import java.util.Objects;
import java.util.function.Function;
import org.photodesk.core.library.BackendsChooser;
import picocli.CommandLine;

/**
 * Makes what picocli instantiates itself: the {@code --data} option of every command gets the backends chooser of
 * the composition root, the password options get standard input and the environment; everything else is made as
 * picocli would.
 */
public final class CliFactory implements CommandLine.IFactory {

    private final BackendsChooser chooser;
    private final InputStream stdin;
    private final Function<String, String> env;

    /** Commands that read this process's standard input and environment. */
    public CliFactory(BackendsChooser chooser) {
        this(chooser, System.in, System::getenv);
    }

    /** Commands that read {@code stdin} and the environment {@code env} gives (for tests). */
    public CliFactory(BackendsChooser chooser, InputStream stdin, Function<String, String> env) {
        this.chooser = Objects.requireNonNull(chooser, "chooser");
        this.stdin = Objects.requireNonNull(stdin, "stdin");
        this.env = Objects.requireNonNull(env, "env");
    }

    /** The environment the commands read. */
    public Function<String, String> env() {
        return env;
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
        if (cls == FeedCommand.Poll.class) {
            return cls.cast(new FeedCommand.Poll(env));
        }
        if (cls == PasswordInput.class) {
            return cls.cast(new PasswordInput(stdin, env));
        }
        return CommandLine.defaultFactory().create(cls);
    }
}
