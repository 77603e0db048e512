package org.photodesk.app.render;

import java.util.Optional;

/** Chooses the renderer to use: libvips when it can be loaded, else pure Java. */
public final class Renderers {

    private Renderers() {}

    /** The libvips renderer when available, else {@link JavaRenderer}; {@link Renderer#name()} tells which. */
    public static Renderer best(RenderLimits limits) {
        Optional<VipsRenderer> vips = VipsRenderer.load(limits);
        return vips.<Renderer>map(v -> v).orElseGet(() -> new JavaRenderer(limits));
    }
}
