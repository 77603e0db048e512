package org.photodesk.embedded.render;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;

/**
 * A hand-written FFM binding to the few libvips 8.x functions the renderer needs. Each variadic call shape has its
 * own handle, its option list ending with NULL as libvips expects. libvips is thread-safe once initialised.
 */
final class Vips {

    private static final Linker LINKER = Linker.nativeLinker();
    private static final MemorySegment NULL = MemorySegment.NULL;

    private final SymbolLookup lookup;
    private final MethodHandle versionString;
    private final MethodHandle imageNewFromFile;
    private final MethodHandle getWidth;
    private final MethodHandle getHeight;
    private final MethodHandle getBands;
    private final MethodHandle getInterpretation;
    private final MethodHandle getTypeof;
    private final MethodHandle getString;
    private final MethodHandle getBlob;
    private final MethodHandle thumbnail;
    private final MethodHandle thumbnailToSrgb;
    private final MethodHandle thumbnailImage;
    private final MethodHandle thumbnailImageToSrgb;
    private final MethodHandle colourspace;
    private final MethodHandle resize;
    private final MethodHandle autorot;
    private final MethodHandle copyMemory;
    private final MethodHandle writeToBuffer;
    private final MethodHandle errorBuffer;
    private final MethodHandle errorClear;
    private final MethodHandle gFree;
    private final MethodHandle gObjectUnref;
    private final Object errorLock = new Object();

    /** Enum values looked up by nickname, so no C header constant is copied here. */
    final int interpretationSrgb;
    final int interpretationCmyk;
    final int interpretationBw;
    /** The kernel of {@link #resize}: Catmull-Rom, near lanczos3 for the last factor below 2 and cheaper. */
    private final int kernel;
    private final int sizeDown;

    /**
     * Binds {@code library} (such as {@code libvips.so.42}) and initialises libvips.
     *
     * @throws IllegalArgumentException when the library cannot be found
     * @throws IllegalStateException when {@code vips_init} fails
     */
    Vips(String library) {
        lookup = SymbolLookup.libraryLookup(library, Arena.global());
        versionString = fn("vips_version_string", FunctionDescriptor.of(ADDRESS));
        imageNewFromFile = variadic("vips_image_new_from_file", FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS), 1);
        getWidth = fn("vips_image_get_width", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        getHeight = fn("vips_image_get_height", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        getBands = fn("vips_image_get_bands", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        getInterpretation = fn("vips_image_get_interpretation", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        getTypeof = fn("vips_image_get_typeof", FunctionDescriptor.of(JAVA_LONG, ADDRESS, ADDRESS));
        getBlob = fn("vips_image_get_blob",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS, ADDRESS));
        getString = fn("vips_image_get_string", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS));
        thumbnail = variadic("vips_thumbnail", FunctionDescriptor.of(JAVA_INT,
                ADDRESS, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT, ADDRESS), 3);
        thumbnailToSrgb = variadic("vips_thumbnail", FunctionDescriptor.of(JAVA_INT,
                ADDRESS, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT, ADDRESS, ADDRESS, ADDRESS), 3);
        thumbnailImage = variadic("vips_thumbnail_image", FunctionDescriptor.of(JAVA_INT,
                ADDRESS, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT, ADDRESS), 3);
        thumbnailImageToSrgb = variadic("vips_thumbnail_image", FunctionDescriptor.of(JAVA_INT,
                ADDRESS, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT, ADDRESS, ADDRESS, ADDRESS), 3);
        resize = variadic("vips_resize",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_DOUBLE, ADDRESS, JAVA_INT, ADDRESS), 3);
        autorot = variadic("vips_autorot", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS), 2);
        colourspace = variadic("vips_colourspace",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_INT, ADDRESS), 3);
        copyMemory = fn("vips_image_copy_memory", FunctionDescriptor.of(ADDRESS, ADDRESS));
        writeToBuffer = variadic("vips_image_write_to_buffer",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS), 4);
        errorBuffer = fn("vips_error_buffer", FunctionDescriptor.of(ADDRESS));
        errorClear = fn("vips_error_clear", FunctionDescriptor.ofVoid());
        gFree = fn("g_free", FunctionDescriptor.ofVoid(ADDRESS));
        gObjectUnref = fn("g_object_unref", FunctionDescriptor.ofVoid(ADDRESS));
        init();
        interpretationSrgb = enumValue("vips_interpretation_get_type", "srgb");
        interpretationCmyk = enumValue("vips_interpretation_get_type", "cmyk");
        interpretationBw = enumValue("vips_interpretation_get_type", "b-w");
        sizeDown = enumValue("vips_size_get_type", "down");
        kernel = enumValue("vips_kernel_get_type", "cubic");
    }

    private MethodHandle fn(String name, FunctionDescriptor descriptor) {
        return LINKER.downcallHandle(symbol(name), descriptor);
    }

    private MethodHandle variadic(String name, FunctionDescriptor descriptor, int firstVariadic) {
        return LINKER.downcallHandle(symbol(name), descriptor, Linker.Option.firstVariadicArg(firstVariadic));
    }

    private MemorySegment symbol(String name) {
        return lookup.find(name).orElseThrow(() -> new IllegalArgumentException("libvips has no symbol " + name));
    }

    private void init() {
        try (Arena arena = Arena.ofConfined()) {
            MethodHandle vipsInit = fn("vips_init", FunctionDescriptor.of(JAVA_INT, ADDRESS));
            if ((int) vipsInit.invokeExact(arena.allocateFrom("photodesk")) != 0) {
                throw new IllegalStateException("vips_init failed: " + takeError());
            }
            MethodHandle cacheSetMax = fn("vips_cache_set_max", FunctionDescriptor.ofVoid(JAVA_INT));
            // Renditions never reuse an operation; a cache would only hold decoded pixels and open files.
            cacheSetMax.invokeExact(0);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    private int enumValue(String typeFunction, String nick) {
        try (Arena arena = Arena.ofConfined()) {
            long type = (long) fn(typeFunction, FunctionDescriptor.of(JAVA_LONG)).invokeExact();
            MethodHandle fromNick = fn("vips_enum_from_nick",
                    FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, ADDRESS));
            int value = (int) fromNick.invokeExact(arena.allocateFrom("photodesk"), type, arena.allocateFrom(nick));
            if (value < 0) {
                throw new IllegalStateException("libvips does not know " + nick + ": " + takeError());
            }
            return value;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** The library's version, such as {@code 8.14.1}. */
    String version() {
        try {
            MemorySegment text = (MemorySegment) versionString.invokeExact();
            return text.reinterpret(64).getString(0);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** Opens an image lazily (only its header is read); NULL on failure, with the reason in {@link #takeError}. */
    MemorySegment openHeader(MemorySegment filename) {
        try {
            return (MemorySegment) imageNewFromFile.invokeExact(filename, NULL);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    int width(MemorySegment image) {
        return intOf(getWidth, image);
    }

    int height(MemorySegment image) {
        return intOf(getHeight, image);
    }

    int bands(MemorySegment image) {
        return intOf(getBands, image);
    }

    int interpretation(MemorySegment image) {
        return intOf(getInterpretation, image);
    }

    /** Whether the image carries an ICC profile. */
    boolean hasIccProfile(MemorySegment image, Arena arena) {
        try {
            return (long) getTypeof.invokeExact(image, arena.allocateFrom("icc-profile-data")) != 0L;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** The image's ICC profile, or an empty array when it has none. */
    byte[] iccProfile(MemorySegment image, Arena arena) {
        MemorySegment data = arena.allocate(ADDRESS);
        MemorySegment length = arena.allocate(JAVA_LONG);
        try {
            if ((int) getBlob.invokeExact(image, arena.allocateFrom("icc-profile-data"), data, length) != 0) {
                takeError();
                return new byte[0];
            }
            return data.get(ADDRESS, 0).reinterpret(length.get(JAVA_LONG, 0))
                    .toArray(java.lang.foreign.ValueLayout.JAVA_BYTE);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** The string metadata field {@code name} (such as {@code vips-loader}), or empty text when absent. */
    String string(MemorySegment image, String name, Arena arena) {
        MemorySegment out = arena.allocate(ADDRESS);
        try {
            if ((int) getString.invokeExact(image, arena.allocateFrom(name), out) != 0) {
                takeError();
                return "";
            }
            return out.get(ADDRESS, 0).reinterpret(256).getString(0);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    private static int intOf(MethodHandle getter, MemorySegment image) {
        try {
            return (int) getter.invokeExact(image);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /**
     * {@code vips_thumbnail} into a {@code longSide} box, never enlarging, upright; with {@code toSrgb} the embedded
     * profile is converted to sRGB. Returns NULL on failure.
     */
    MemorySegment thumbnail(MemorySegment filename, int longSide, boolean toSrgb, Arena arena) {
        MemorySegment out = arena.allocate(ADDRESS);
        try {
            int status = toSrgb
                    ? (int) thumbnailToSrgb.invokeExact(filename, out, longSide, arena.allocateFrom("height"),
                            longSide, arena.allocateFrom("size"), sizeDown, arena.allocateFrom("export-profile"),
                            arena.allocateFrom("srgb"), NULL)
                    : (int) thumbnail.invokeExact(filename, out, longSide, arena.allocateFrom("height"), longSide,
                            arena.allocateFrom("size"), sizeDown, NULL);
            return status == 0 ? out.get(ADDRESS, 0) : NULL;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /**
     * {@code vips_thumbnail_image} of an image into a {@code longSide} box, never enlarging, upright; with
     * {@code toSrgb} the embedded profile is converted to sRGB. Returns NULL on failure.
     */
    MemorySegment thumbnailImage(MemorySegment image, int longSide, boolean toSrgb, Arena arena) {
        MemorySegment out = arena.allocate(ADDRESS);
        try {
            int status = toSrgb
                    ? (int) thumbnailImageToSrgb.invokeExact(image, out, longSide, arena.allocateFrom("height"),
                            longSide, arena.allocateFrom("size"), sizeDown, arena.allocateFrom("export-profile"),
                            arena.allocateFrom("srgb"), NULL)
                    : (int) thumbnailImage.invokeExact(image, out, longSide, arena.allocateFrom("height"),
                            longSide, arena.allocateFrom("size"), sizeDown, NULL);
            return status == 0 ? out.get(ADDRESS, 0) : NULL;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** {@code vips_resize} by {@code scale} with the cubic kernel; NULL on failure. */
    MemorySegment resize(MemorySegment image, double scale, Arena arena) {
        MemorySegment out = arena.allocate(ADDRESS);
        try {
            int status = (int) resize.invokeExact(image, out, scale, arena.allocateFrom("kernel"), kernel, NULL);
            return status == 0 ? out.get(ADDRESS, 0) : NULL;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** {@code vips_autorot}: the image turned upright by its EXIF orientation; NULL on failure. */
    MemorySegment autorot(MemorySegment image, Arena arena) {
        MemorySegment out = arena.allocate(ADDRESS);
        try {
            int status = (int) autorot.invokeExact(image, out, NULL);
            return status == 0 ? out.get(ADDRESS, 0) : NULL;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** {@code vips_colourspace} to {@code interpretation}; NULL on failure. */
    MemorySegment colourspace(MemorySegment image, int interpretation, Arena arena) {
        MemorySegment out = arena.allocate(ADDRESS);
        try {
            int status = (int) colourspace.invokeExact(image, out, interpretation, NULL);
            return status == 0 ? out.get(ADDRESS, 0) : NULL;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** The image computed into memory, so that several outputs share one decode; NULL on failure. */
    MemorySegment copyMemory(MemorySegment image) {
        try {
            return (MemorySegment) copyMemory.invokeExact(image);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** The image saved with {@code format} (such as {@code .jpg[Q=85]}); null on failure. */
    byte[] writeToBuffer(MemorySegment image, String format, Arena arena) {
        MemorySegment buffer = arena.allocate(ADDRESS);
        MemorySegment size = arena.allocate(JAVA_LONG);
        try {
            int status = (int) writeToBuffer.invokeExact(image, arena.allocateFrom(format), buffer, size, NULL);
            if (status != 0) {
                return null;
            }
            MemorySegment bytes = buffer.get(ADDRESS, 0);
            try {
                return bytes.reinterpret(size.get(JAVA_LONG, 0)).toArray(java.lang.foreign.ValueLayout.JAVA_BYTE);
            } finally {
                gFree.invokeExact(bytes);
            }
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** Drops one reference to a libvips object; NULL is ignored. */
    void unref(MemorySegment object) {
        if (object.equals(NULL)) {
            return;
        }
        try {
            gObjectUnref.invokeExact(object);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** The text of libvips' error buffer, which is then cleared. The buffer is shared by all threads. */
    String takeError() {
        synchronized (errorLock) {
            try {
                String text = ((MemorySegment) errorBuffer.invokeExact()).reinterpret(4096).getString(0).strip();
                errorClear.invokeExact();
                return text.isEmpty() ? "libvips gave no reason" : text;
            } catch (Throwable t) {
                throw rethrow(t);
            }
        }
    }

    private static RuntimeException rethrow(Throwable t) {
        return switch (t) {
            case RuntimeException e -> e;
            case Error e -> throw e;
            default -> new IllegalStateException("libvips call failed", t);
        };
    }
}
