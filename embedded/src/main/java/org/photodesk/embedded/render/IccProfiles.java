package org.photodesk.embedded.render;

import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;

/**
 * Recognises embedded ICC profiles that describe sRGB (matrix/TRC RGB profiles whose colorants and tone curves
 * match sRGB's), whatever their name or version, so that converting them to sRGB, which costs a colour transform
 * per pixel, can be skipped. Profiles are untrusted bytes: anything unexpected is simply "not sRGB".
 */
final class IccProfiles {

    /** sRGB's red, green and blue colorants adapted to D50, as in the ICC's own sRGB profiles. */
    private static final double[][] SRGB_COLORANTS = {
        {0.4361, 0.2225, 0.0139}, {0.3851, 0.7169, 0.0971}, {0.1431, 0.0606, 0.7141}};

    /** How far a colorant component may be from sRGB's: the rounding of the profiles seen in the wild is ~0.0003. */
    private static final double COLORANT_TOLERANCE = 0.002;

    /** How far a value passed through the curve and back through sRGB's may move: one level in 255. */
    private static final double CURVE_TOLERANCE = 1 / 255.0;

    private static final String[] COLORANT_TAGS = {"rXYZ", "gXYZ", "bXYZ"};
    private static final String[] CURVE_TAGS = {"rTRC", "gTRC", "bTRC"};

    /** Lookup-table tags that a colour engine would prefer to the matrix and curves. */
    private static final String[] TABLE_TAGS = {"A2B0", "A2B1", "A2B2", "B2A0", "B2A1", "B2A2", "D2B0", "D2B1"};

    private IccProfiles() {}

    /** Whether {@code profile} is an RGB matrix/TRC profile equal to sRGB within a level. */
    static boolean isSrgb(byte[] profile) {
        try {
            return parse(ByteBuffer.wrap(profile));
        } catch (RuntimeException e) {
            return false; // truncated or malformed: let the colour engine decide
        }
    }

    private static boolean parse(ByteBuffer icc) {
        if (icc.capacity() < 132 || icc.getInt(0) > icc.capacity() || !tag(icc, 16).equals("RGB ")
                || !tag(icc, 20).equals("XYZ ") || !tag(icc, 36).equals("acsp")) {
            return false;
        }
        Map<String, ByteBuffer> tags = tags(icc);
        for (String table : TABLE_TAGS) {
            if (tags.containsKey(table)) {
                return false;
            }
        }
        for (int i = 0; i < 3; i++) {
            ByteBuffer colorant = tags.get(COLORANT_TAGS[i]);
            ByteBuffer curve = tags.get(CURVE_TAGS[i]);
            if (colorant == null || curve == null || !colorantIsSrgb(colorant, SRGB_COLORANTS[i])
                    || !curveIsSrgb(curve)) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, ByteBuffer> tags(ByteBuffer icc) {
        int count = icc.getInt(128);
        if (count < 0 || count > 200) {
            throw new IllegalArgumentException("implausible tag count " + count);
        }
        Map<String, ByteBuffer> tags = new HashMap<>();
        for (int i = 0; i < count; i++) {
            int entry = 132 + 12 * i;
            int offset = icc.getInt(entry + 4);
            int size = icc.getInt(entry + 8);
            if (offset < 0 || size < 8 || offset > icc.capacity() - size) {
                throw new IllegalArgumentException("tag outside the profile");
            }
            tags.put(tag(icc, entry), icc.slice(offset, size));
        }
        return tags;
    }

    private static boolean colorantIsSrgb(ByteBuffer xyz, double[] expected) {
        if (!tag(xyz, 0).equals("XYZ ") || xyz.capacity() < 20) {
            return false;
        }
        for (int c = 0; c < 3; c++) {
            if (Math.abs(s15Fixed16(xyz, 8 + 4 * c) - expected[c]) > COLORANT_TOLERANCE) {
                return false;
            }
        }
        return true;
    }

    /** Whether values at 65 points from black to white come back within a level through the curve and sRGB's. */
    private static boolean curveIsSrgb(ByteBuffer curve) {
        for (int i = 0; i <= 64; i++) {
            double x = i / 64.0;
            if (!(Math.abs(linearToSrgb(evaluate(curve, x)) - x) <= CURVE_TOLERANCE)) {
                return false;
            }
        }
        return true;
    }

    private static double evaluate(ByteBuffer curve, double x) {
        return switch (tag(curve, 0)) {
            case "curv" -> sampled(curve, x);
            case "para" -> parametric(curve, x);
            default -> Double.NaN;
        };
    }

    private static double sampled(ByteBuffer curve, double x) {
        int count = curve.getInt(8);
        if (count == 0) {
            return x;
        }
        if (count == 1) {
            return Math.pow(x, Short.toUnsignedInt(curve.getShort(12)) / 256.0);
        }
        if (count < 0 || 12 + 2L * count > curve.capacity()) {
            return Double.NaN;
        }
        double position = x * (count - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(count - 1, below + 1);
        double low = Short.toUnsignedInt(curve.getShort(12 + 2 * below)) / 65535.0;
        double high = Short.toUnsignedInt(curve.getShort(12 + 2 * above)) / 65535.0;
        return low + (high - low) * (position - below);
    }

    /** The ICC parametric curve types 0 to 4 (ICC.1:2010 section 10.18). */
    private static double parametric(ByteBuffer curve, double x) {
        int type = Short.toUnsignedInt(curve.getShort(8));
        int[] parameters = {1, 3, 4, 5, 7};
        if (type >= parameters.length || curve.capacity() < 12 + 4 * parameters[type]) {
            return Double.NaN;
        }
        double[] p = new double[7];
        for (int i = 0; i < parameters[type]; i++) {
            p[i] = s15Fixed16(curve, 12 + 4 * i);
        }
        double g = p[0];
        double a = p[1];
        double b = p[2];
        double c = p[3];
        double d = p[4];
        double e = p[5];
        double f = p[6];
        return switch (type) {
            case 0 -> Math.pow(x, g);
            case 1 -> x >= -b / a ? Math.pow(a * x + b, g) : 0;
            case 2 -> x >= -b / a ? Math.pow(a * x + b, g) + c : c;
            case 3 -> x >= d ? Math.pow(a * x + b, g) : c * x;
            default -> x >= d ? Math.pow(a * x + b, g) + e : c * x + f;
        };
    }

    private static double linearToSrgb(double y) {
        return y <= 0.0031308 ? y * 12.92 : 1.055 * Math.pow(y, 1 / 2.4) - 0.055;
    }

    private static double s15Fixed16(ByteBuffer buffer, int offset) {
        return buffer.getInt(offset) / 65536.0;
    }

    private static String tag(ByteBuffer buffer, int offset) {
        char[] chars = new char[4];
        for (int i = 0; i < 4; i++) {
            chars[i] = (char) (buffer.get(offset + i) & 0xff);
        }
        return new String(chars);
    }
}
