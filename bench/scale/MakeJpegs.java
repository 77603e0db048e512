import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * Writes N small distinct JPEGs (640 x 480, a colour field, a disc and the photo's number) for the ingest-rate runs
 * of bench/scale/scale-bench.sh: MakeJpegs DIR N.
 */
public class MakeJpegs {
    public static void main(String[] args) throws IOException {
        File dir = new File(args[0]);
        int n = Integer.parseInt(args[1]);
        dir.mkdirs();
        for (int i = 0; i < n; i++) {
            File f = new File(dir, String.format("bench_%06d.jpg", i));
            if (f.exists()) {
                continue;
            }
            var image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setColor(Color.getHSBColor((i % 997) / 997f, 0.6f, 0.85f));
            g.fillRect(0, 0, 640, 480);
            g.setColor(Color.WHITE);
            g.fillOval((i * 13) % 540, (i * 7) % 380, 100, 100);
            g.setColor(Color.BLACK);
            g.drawString("bench photo " + i, 20, 30);
            g.dispose();
            ImageIO.write(image, "jpg", f);
        }
    }
}
