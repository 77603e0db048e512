package org.photodesk.core.provenance;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Optional;

/** The hash algorithms C2PA allows for hashed URIs and bindings, by their C2PA names. */
enum HashAlgorithm {
    SHA256("sha256", "SHA-256"), SHA384("sha384", "SHA-384"), SHA512("sha512", "SHA-512");

    private final String c2paName;
    private final String jdkName;

    HashAlgorithm(String c2paName, String jdkName) {
        this.c2paName = c2paName;
        this.jdkName = jdkName;
    }

    /**
     * The algorithm named {@code name}, or {@code fallback}'s when {@code name} is null; empty when unknown or
     * when neither names one (C2PA has no default: c2pa-rs reports {@code algorithm.unsupported} then too).
     */
    static Optional<HashAlgorithm> find(String name, String fallback) {
        String wanted = name != null ? name : fallback;
        if (wanted == null) {
            return Optional.empty();
        }
        for (HashAlgorithm a : values()) {
            if (a.c2paName.equals(wanted.toLowerCase(Locale.ROOT))) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** A fresh digest. */
    MessageDigest digest() {
        try {
            return MessageDigest.getInstance(jdkName);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks " + jdkName + ", which every JDK must have", e);
        }
    }

    /** The hash of {@code bytes[from, to)}. */
    byte[] hash(byte[] bytes, int from, int to) {
        MessageDigest d = digest();
        d.update(bytes, from, to - from);
        return d.digest();
    }
}
