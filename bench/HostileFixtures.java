import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;

/**
 * Writes the image fixtures of bench/hostile-files.sh into the folder given: good.jpg (a small real JPEG),
 * truncated.jpg (its first two thirds) and bomb.jpg (a valid header claiming 50000 x 50000 pixels).
 */
public class HostileFixtures {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setPaint(new java.awt.GradientPaint(0, 0, Color.ORANGE, 640, 480, Color.BLUE));
        g.fillRect(0, 0, 640, 480);
        g.dispose();
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        byte[] good = out.toByteArray();
        Files.write(dir.resolve("good.jpg"), good);
        Files.write(dir.resolve("truncated.jpg"), Arrays.copyOf(good, good.length * 2 / 3));
        byte[] bomb = good.clone();
        for (int i = 2; i + 9 < bomb.length; i++) {
            if ((bomb[i] & 0xFF) == 0xFF && (bomb[i + 1] & 0xFF) == 0xC0) {   // SOF0: height, width at +5, +7
                bomb[i + 5] = (byte) (50000 >> 8);
                bomb[i + 6] = (byte) 50000;
                bomb[i + 7] = (byte) (50000 >> 8);
                bomb[i + 8] = (byte) 50000;
                break;
            }
        }
        Files.write(dir.resolve("bomb.jpg"), bomb);
    }
}
