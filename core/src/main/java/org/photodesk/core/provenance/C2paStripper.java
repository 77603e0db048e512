package org.photodesk.core.provenance;

import java.util.ArrayList;
import java.util.List;
import org.photodesk.core.photo.Problem;

/**
 * Removes C2PA Content Credentials from a JPEG (the APP11 segments that carry the manifest store) or a PNG (its
 * {@code caBX} chunk), keeping every other byte as it was. A published file that was modified must not carry
 * the original's claim, which would no longer match it.
 */
public final class C2paStripper {

    private C2paStripper() {}

    /**
     * {@code file} without its manifest store; {@code file} itself when it has none, is neither JPEG nor PNG, or
     * is too damaged to find the store's segments.
     */
    public static byte[] strip(byte[] file) {
        return Carrier.find(file, new ArrayList<>()).map(c -> Carrier.without(file, c.ranges())).orElse(file);
    }

    /** True when {@code file} carries a C2PA manifest store that {@link #strip} would remove. */
    public static boolean carriesManifest(byte[] file) {
        List<Problem> ignored = new ArrayList<>();
        return Carrier.find(file, ignored).isPresent();
    }
}
