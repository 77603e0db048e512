package org.photodesk.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Function;
import picocli.CommandLine.Option;

/**
 * Where a command reads a password: the first line of standard input, an environment variable, or (at a terminal,
 * when neither is named) a prompt that does not echo. Never the command's arguments, which other users of the
 * machine see in the process list and which shells keep in their history.
 */
public final class PasswordInput {

    @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.")
    boolean fromStdin;

    @Option(names = "--password-env", paramLabel = "VAR",
            description = "Read the password from the environment variable VAR.")
    String fromEnv;

    private final InputStream stdin;
    private final Function<String, String> env;

    /** Reads from {@code stdin} and the environment {@code env} gives. */
    public PasswordInput(InputStream stdin, Function<String, String> env) {
        this.stdin = Objects.requireNonNull(stdin, "stdin");
        this.env = Objects.requireNonNull(env, "env");
    }

    /**
     * The password, as the options say where to read it.
     *
     * @throws IllegalArgumentException saying what is missing and how to give it
     */
    String read() {
        if (fromStdin && fromEnv != null) {
            throw new IllegalArgumentException("give the password one way: --password-stdin or --password-env VAR");
        }
        if (fromStdin) {
            return firstLine();
        }
        if (fromEnv != null) {
            String value = env.apply(fromEnv);
            if (value == null || value.isEmpty()) {
                throw new IllegalArgumentException("the environment variable " + fromEnv + " is not set: set it to "
                        + "the password, or give the password on standard input with --password-stdin");
            }
            return value;
        }
        Console console = System.console();
        if (console == null) {
            throw new IllegalArgumentException("give the password on standard input (--password-stdin) or in an "
                    + "environment variable (--password-env VAR); it is never taken from the command line");
        }
        return prompt(console);
    }

    private String firstLine() {
        try {
            String line = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isEmpty()) {
                throw new IllegalArgumentException("standard input is empty: pipe the password in, for example "
                        + "from a password manager, as its first line");
            }
            return line;
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the password from standard input: " + e.getMessage());
        }
    }

    private static String prompt(Console console) {
        char[] first = console.readPassword("Password: ");
        char[] second = console.readPassword("Password again: ");
        try {
            if (first == null || second == null || !Arrays.equals(first, second)) {
                throw new IllegalArgumentException("the two passwords differ: run the command again");
            }
            return new String(first);
        } finally {
            if (first != null) {
                Arrays.fill(first, '\0');
            }
            if (second != null) {
                Arrays.fill(second, '\0');
            }
        }
    }
}
