package org.photodesk.core.metadata;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Small images made with ImageIO, and the byte surgery tests need (insert segments, chunks, resources). */
final class TestImages {

    private TestImages() {}

    /** An image of {@code w} x {@code h} pixels with a gradient that {@code seed} shifts. */
    static byte[] image(String format, int w, int h, int seed) {
        var img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                img.setRGB(x, y, ((x * 16 + seed) & 0xFF) << 16 | ((y * 20) & 0xFF) << 8 | (seed * 7 & 0xFF));
            }
        }
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The JPEG with one more segment right after SOI. */
    static byte[] withSegment(byte[] jpeg, int marker, byte[] payload) {
        var out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(marker);
        out.write((payload.length + 2) >> 8);
        out.write((payload.length + 2) & 0xFF);
        out.writeBytes(payload);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** An APP13 payload: "Photoshop 3.0" then the given 8BIM resources (id, data) pairs. */
    static byte[] photoshop(Object... idAndData) {
        var out = new ByteArrayOutputStream();
        out.writeBytes("Photoshop 3.0\0".getBytes(StandardCharsets.ISO_8859_1));
        for (int i = 0; i < idAndData.length; i += 2) {
            int id = (Integer) idAndData[i];
            byte[] data = (byte[]) idAndData[i + 1];
            out.writeBytes("8BIM".getBytes(StandardCharsets.ISO_8859_1));
            out.write(id >> 8);
            out.write(id & 0xFF);
            out.write(0);
            out.write(0);
            out.writeBytes(new byte[] {(byte) (data.length >> 24), (byte) (data.length >> 16),
                (byte) (data.length >> 8), (byte) data.length});
            out.writeBytes(data);
            if (data.length % 2 == 1) {
                out.write(0);
            }
        }
        return out.toByteArray();
    }

    /** The PNG with a chunk inserted right after IHDR. */
    static byte[] withPngChunk(byte[] png, String type, byte[] data) {
        int afterIhdr = 8 + 12 + 13;
        var chunk = new ByteArrayOutputStream();
        byte[] typeBytes = type.getBytes(StandardCharsets.ISO_8859_1);
        chunk.writeBytes(new byte[] {(byte) (data.length >> 24), (byte) (data.length >> 16),
            (byte) (data.length >> 8), (byte) data.length});
        chunk.writeBytes(typeBytes);
        chunk.writeBytes(data);
        var crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        long c = crc.getValue();
        chunk.writeBytes(new byte[] {(byte) (c >> 24), (byte) (c >> 16), (byte) (c >> 8), (byte) c});
        var out = new ByteArrayOutputStream();
        out.write(png, 0, afterIhdr);
        out.writeBytes(chunk.toByteArray());
        out.write(png, afterIhdr, png.length - afterIhdr);
        return out.toByteArray();
    }

    static byte[] md5(byte[] data) {
        try {
            return MessageDigest.getInstance("MD5").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
