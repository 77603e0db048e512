package org.photodesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Near-duplicates from the command line on real photographs (Debian's {@code mate-backgrounds}): a copy of a photo
 * resized to a third, re-encoded and cropped by 3 % is listed in {@code show --json} as a near-duplicate and found with
 * {@code similar:ID}; a different photograph is neither.
 */
class SimilarCliIT {

    private static final Path LADYBIRD = Path.of("/usr/share/backgrounds/mate/nature/LadyBird.jpg");
    private static final Path FLOWER = Path.of("/usr/share/backgrounds/mate/nature/FreshFlower.jpg");

    @TempDir
    Path tmp;

    private final ObjectMapper json = new ObjectMapper();

    private String data() {
        return tmp.resolve("data").toString();
    }

    private CliRun ok(String... args) {
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).as(String.join(" ", args) + "\n" + run.out() + run.err()).isZero();
        return run;
    }

    private List<Long> search(String query) throws IOException {
        JsonNode result = json.readTree(ok("search", query, "--json", "--data", data()).out());
        var ids = new ArrayList<Long>();
        result.path("results").forEach(r -> ids.add(r.path("id").asLong()));
        return ids;
    }

    private static long only(List<Long> ids) {
        assertThat(ids).hasSize(1);
        return ids.getFirst();
    }

    /** {@code source} shrunk to a third and cropped by 3 % on each side, re-encoded by ImageIO. */
    private static void smallerCrop(Path source, Path target) throws IOException {
        BufferedImage in = ImageIO.read(source.toFile());
        int cx = in.getWidth() * 3 / 100;
        int cy = in.getHeight() * 3 / 100;
        BufferedImage cropped = in.getSubimage(cx, cy, in.getWidth() - 2 * cx, in.getHeight() - 2 * cy);
        int w = cropped.getWidth() / 3;
        int h = cropped.getHeight() / 3;
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(cropped, 0, 0, w, h, null);
        g.dispose();
        ImageIO.write(out, "jpg", target.toFile());
    }

    @Test
    void aResizedCropIsANearDuplicateAndADifferentPhotoIsNot() throws IOException {
        assumeTrue(Files.isReadable(LADYBIRD) && Files.isReadable(FLOWER),
                "needs Debian's mate-backgrounds (apt-get install mate-backgrounds)");
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(LADYBIRD, in.resolve("ladybird.jpg"));
        Files.copy(FLOWER, in.resolve("flower.jpg"));
        smallerCrop(LADYBIRD, in.resolve("ladybird-small.jpg"));
        ok("ingest", in.toString(), "--data", data());

        long original = only(search("ladybird.jpg"));
        long copy = only(search("small.jpg"));
        long other = only(search("flower.jpg"));
        assertThat(List.of(original, copy, other)).doesNotHaveDuplicates();

        JsonNode shown = json.readTree(ok("show", Long.toString(original), "--json", "--data", data()).out());
        JsonNode near = shown.path("nearDuplicates");
        assertThat(near.size()).as(shown.toPrettyString()).isEqualTo(1);
        assertThat(near.get(0).path("id").asLong()).isEqualTo(copy);
        assertThat(near.get(0).path("distance").asInt()).isBetween(0, 16);

        assertThat(search("similar:" + original)).containsExactlyInAnyOrder(original, copy);
        assertThat(search("similar:" + other)).containsExactly(other);
        assertThat(search("similar:" + copy + " -similar:" + original)).isEmpty();

        CliRun bad = CliRun.of("search", "similar:ladybird", "--data", data());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("'similar:' takes a photo id");
    }
}
