package org.photodesk.embedded.render;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.photodesk.core.render.RenderException;
import org.photodesk.core.render.RenderLimits;
import org.photodesk.core.render.Renderer;
import org.photodesk.core.render.Rendition;

/** Chooses the renderer to use: libvips when it can be loaded, else pure Java. */
public final class Renderers {

    private Renderers() {}

    /** The libvips renderer when available, else {@link JavaRenderer}; {@link Renderer#name()} tells which. */
    public static Renderer best(RenderLimits limits) {
        Optional<VipsRenderer> vips = VipsRenderer.load(limits);
        return vips.<Renderer>map(v -> v).orElseGet(() -> new JavaRenderer(limits));
    }

    /**
     * {@link #best} chosen on first use, so that commands that render nothing never load libvips.
     */
    public static Renderer lazy(RenderLimits limits) {
        return new Lazy(limits);
    }

    /** A renderer loaded on first use. */
    private static final class Lazy implements Renderer {
        private final RenderLimits limits;
        private final ReentrantLock lock = new ReentrantLock();
        private volatile Renderer loaded;

        Lazy(RenderLimits limits) {
            this.limits = limits;
        }

        private Renderer get() {
            Renderer r = loaded;
            if (r != null) {
                return r;
            }
            lock.lock();
            try {
                if (loaded == null) {
                    loaded = best(limits);
                }
                return loaded;
            } finally {
                lock.unlock();
            }
        }

        @Override
        public String name() {
            return get().name();
        }

        @Override
        public List<Rendition> renderAll(Path original, int... longSides) throws RenderException {
            return get().renderAll(original, longSides);
        }
    }
}
