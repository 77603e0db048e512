package org.photodesk.core.feed;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * How a feed subscription logs in, by the names of the environment variables that hold the secrets: the secrets
 * themselves are never stored, logged or printed, only read from the environment when a request is made.
 * {@code None | Basic(userVariable, passwordVariable) | Bearer(tokenVariable)}.
 */
public sealed interface FeedCredentials {

    /** The environment variables this login needs that are not set (empty when all are). */
    List<String> missing(Function<String, String> env);

    /** The {@code Authorization} header value, from the environment; empty for {@link None} or a missing variable. */
    Optional<String> authorization(Function<String, String> env);

    /** No login. */
    record None() implements FeedCredentials {
        @Override
        public List<String> missing(Function<String, String> env) {
            return List.of();
        }

        @Override
        public Optional<String> authorization(Function<String, String> env) {
            return Optional.empty();
        }
    }

    /** HTTP Basic: the user name and password are in the two named environment variables. */
    record Basic(String userVariable, String passwordVariable) implements FeedCredentials {
        public Basic {
            checkName(userVariable);
            checkName(passwordVariable);
        }

        @Override
        public List<String> missing(Function<String, String> env) {
            return absent(env, userVariable, passwordVariable);
        }

        @Override
        public Optional<String> authorization(Function<String, String> env) {
            if (!missing(env).isEmpty()) {
                return Optional.empty();
            }
            String pair = env.apply(userVariable) + ":" + env.apply(passwordVariable);
            return Optional.of("Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        }
    }

    /** A bearer token (an agency API key) in the named environment variable. */
    record Bearer(String tokenVariable) implements FeedCredentials {
        public Bearer {
            checkName(tokenVariable);
        }

        @Override
        public List<String> missing(Function<String, String> env) {
            return absent(env, tokenVariable);
        }

        @Override
        public Optional<String> authorization(Function<String, String> env) {
            return missing(env).isEmpty() ? Optional.of("Bearer " + env.apply(tokenVariable).strip())
                    : Optional.empty();
        }
    }

    private static void checkName(String variable) {
        Objects.requireNonNull(variable, "environment variable name");
        if (!variable.matches("[A-Za-z_][A-Za-z0-9_]{0,127}")) {
            throw new IllegalArgumentException("'" + variable + "' is not an environment variable name: give the"
                    + " variable's name (such as WIRE_TOKEN), never the secret itself");
        }
    }

    private static List<String> absent(Function<String, String> env, String... variables) {
        List<String> out = new ArrayList<>();
        for (String v : variables) {
            String value = env.apply(v);
            if (value == null || value.isBlank()) {
                out.add(v);
            }
        }
        return out;
    }
}
