package org.photodesk.core.library;

/** Chooses the {@link Backends} a {@link LibraryAddress} names; the composition root supplies it. */
@FunctionalInterface
public interface BackendsChooser {

    /**
     * The backends at {@code address}.
     *
     * @throws IllegalArgumentException when the address names a backend this build cannot reach, saying which
     */
    Backends choose(LibraryAddress address);
}
