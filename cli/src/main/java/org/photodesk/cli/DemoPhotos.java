package org.photodesk.cli;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.apache.commons.imaging.ImagingException;
import org.apache.commons.imaging.formats.jpeg.iptc.IptcRecord;
import org.apache.commons.imaging.formats.jpeg.iptc.IptcTypes;
import org.apache.commons.imaging.formats.jpeg.iptc.JpegIptcRewriter;
import org.apache.commons.imaging.formats.jpeg.iptc.PhotoshopApp13Data;
import org.apache.commons.imaging.formats.jpeg.xmp.JpegXmpRewriter;

/**
 * The demo's real photographs: pictures from Debian's wallpaper packages, scaled to a wire photo's size (and some
 * cropped, as a second frame of the same shoot), each with a caption written here in the house style of AP, Reuters,
 * AFP, Getty Images or EPA, embedded as IPTC IIM and XMP. The captions are invented for the scenes, never copied
 * from real agencies. Among them: a burst (four frames of one assignment, one IIM 2:103 Job Id), a near-duplicate
 * (one picture filed again, re-encoded smaller), an embargoed picture (IIM release date two days after the demo is
 * filled), a killed one (an agency's "MANDATORY KILL" in its instructions), an AI-generated one (IPTC digital source
 * type {@code trainedAlgorithmicMedia}), and a few captions with mistakes for the checks to find.
 */
public final class DemoPhotos {

    /** The IPTC digital source type of a picture made by a generative model. */
    static final String AI_SOURCE_TYPE = "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia";
    /** The Job Id (IIM 2:103) the burst's frames share. */
    static final String BURST_JOB = "GI-DERWENT-0809";
    /** The longest side of a demo picture, in pixels. */
    private static final int LONG_SIDE = 1600;

    private static final String LOMIRI = "/usr/share/backgrounds/";
    private static final String MATE = "/usr/share/backgrounds/mate/nature/";
    private static final String PALAPELI = "/usr/share/palapeli/collection/";
    private static final String PLASMA = "/usr/share/wallpapers/";

    /** What sets a demo picture apart, beyond its caption. */
    public enum Special { NONE, BURST, NEAR_DUPLICATE, EMBARGOED, KILLED, AI_GENERATED }

    /** The part of a source picture a demo picture shows, as fractions of its width and height. */
    record Crop(double x, double y, double w, double h) {
        static final Crop FULL = new Crop(0, 0, 1, 1);
    }

    /**
     * One demo picture before it is made: its source file, the part shown, its text and what is special about it.
     *
     * @param instructions IIM 2:40 special instructions, or null
     */
    record Shot(String source, Crop crop, String agency, String headline, String caption, String byline,
            String credit, String city, String country, LocalDate date, String ref, String instructions,
            Special special) {

        Shot with(Special s, String newInstructions) {
            return new Shot(source, crop, agency, headline, caption, byline, credit, city, country, date, ref,
                    newInstructions, s);
        }

        /** This shot showing {@code c} of its source, with a new headline; a null caption or ref keeps this one's. */
        Shot cropped(Crop c, String newHeadline, String newCaption, String newRef) {
            return new Shot(source, c, agency, newHeadline, newCaption == null ? caption : newCaption, byline, credit,
                    city, country, date, newRef == null ? ref : newRef, instructions, special);
        }

        /** The Debian package that ships the source picture. */
        String pkg() {
            return DemoPhotos.pkg(source);
        }
    }

    /** One demo file: its name, JPEG bytes with metadata, caption and what is special about it. */
    public record DemoPhoto(String name, byte[] bytes, String caption, Special special) {}

    /** The demo pictures that could be made, and the packages whose pictures were missing. */
    public record Found(List<DemoPhoto> photos, Set<String> missingPackages) {}

    private DemoPhotos() {}

    /**
     * Makes every demo picture whose source is installed, the embargo set two days after {@code clock}'s now; the
     * packages whose pictures are missing are named in the answer.
     */
    public static Found make(Clock clock) {
        var photos = new ArrayList<DemoPhoto>();
        var missing = new LinkedHashSet<String>();
        ZonedDateTime release = ZonedDateTime.now(clock.withZone(ZoneOffset.UTC)).plusDays(2).withHour(9)
                .withMinute(0).withSecond(0).withNano(0);
        int n = 0;
        for (Shot shot : shots(release)) {
            n++;
            if (!Files.isReadable(Path.of(shot.source()))) {
                missing.add(shot.pkg());
                continue;
            }
            byte[] jpeg = shot.special() == Special.NEAR_DUPLICATE ? picture(shot.source(), shot.crop(), 900, 0.62f)
                    : picture(shot.source(), shot.crop(), LONG_SIDE, 0.86f);
            photos.add(new DemoPhoto(String.format(Locale.ROOT, "demo-%02d.jpg", n), embed(jpeg, shot, release),
                    shot.caption(), shot.special()));
        }
        return new Found(photos, missing);
    }

    /** The packages the demo's pictures come from, for the message when some are missing. */
    static String pkg(String source) {
        if (source.startsWith(MATE)) {
            return "mate-backgrounds";
        }
        if (source.startsWith(PALAPELI)) {
            return "palapeli-data";
        }
        if (source.startsWith(PLASMA)) {
            return "plasma-workspace-wallpapers";
        }
        return source.contains("Kleiber") ? "lomiri-wallpapers-20.04" : "lomiri-wallpapers-16.04";
    }

    // ---- the pictures and their captions ----

    static List<Shot> shots(ZonedDateTime release) {
        LocalDate mon = LocalDate.of(2024, 8, 5);
        LocalDate tue = mon.plusDays(1);
        LocalDate wed = mon.plusDays(2);
        LocalDate thu = mon.plusDays(3);
        LocalDate fri = mon.plusDays(4);
        LocalDate sat = mon.plusDays(5);
        LocalDate sun = mon.plusDays(6);
        var l = new ArrayList<Shot>();
        // AP: "... in City, Country, Weekday, Mon. D, YYYY. (AP Photo/Name)"
        Shot brushes = ap(LOMIRI + "Picture_1A_by_freespace.jpg", "Art school open day", "Paint brushes stand in a jar"
                + " during an open day at the academy of fine arts", "Giulia Ferraro", "Bologna", "Italy", sat);
        l.add(brushes);
        l.add(ap(LOMIRI + "friends_by_Aitzol_Berasategi.jpg", "Farm dogs", "Two dogs look out from the door of a"
                + " farmhouse", "Mikel Arregi", "Lekunberri", "Spain", wed));
        Shot bridge = ap(PALAPELI + "cincinnati-bridge.jpg", "Bridge lit at night", "The John A. Roebling"
                + " Suspension Bridge is lit up over the Ohio River", "Dana Whitfield", "Cincinnati", "United States",
                fri);
        l.add(bridge);
        l.add(ap(PALAPELI + "cincinnati-bridge.jpg", "Bridge lights", "Lights of the John A. Roebling Suspension"
                + " Bridge reflect in the Ohio River", "Dana Whitfield", "Cincinnati", "United States", fri)
                .cropped(new Crop(0.35, 0.35, 0.6, 0.6), "Bridge lights", null, null));
        l.add(ap(PLASMA + "ColorfulCups/contents/images/2560x1600.jpg", "Marathon water station", "Paper cups"
                + " wait to be filled at a water station before the start of the city marathon", "Tom Brennan",
                "Berlin", "Germany", sun));
        l.add(ap(PLASMA + "summer_1am/contents/images/1920x1200.jpg", "Midnight sky", "The sky still glows over a"
                + " lake shortly after midnight near the Arctic Circle", "Anna Lindholm", "Rovaniemi", "Finland",
                mon));
        l.add(ap(MATE + "Wood.jpg", "Boardwalk", "Weathered planks of the boardwalk dry in the sun after a storm",
                "Tom Brennan", "Ostend", "Belgium", tue));
        // A wrong weekday, for the checks: 10 August 2024 was a Saturday.
        l.add(literal(ap(MATE + "Garden.jpg", "Community garden", null, "Mikel Arregi", "Paris", "France", sat),
                "A marigold opens in a community garden in Paris, France, Friday, Aug. 10, 2024. (AP Photo/Mikel"
                        + " Arregi)"));
        l.add(ap(LOMIRI + "greentock_by_Peter_Nerlich.jpg", "Clockmaker", "A wall clock hangs in the workshop of"
                + " a clockmaker", "Giulia Ferraro", "La Chaux-de-Fonds", "Switzerland", thu));
        // Reuters: "... in City, Country, Month D, YYYY. REUTERS/Name"
        l.add(reuters(LOMIRI + "Dragonfly_by_Bolly.jpg", "Summer leaves", "Hazel leaves catch the morning sun"
                + " in a city park", "Pieter Claes", "Ghent", "Belgium", tue));
        l.add(reuters(LOMIRI + "Dragonfly_by_Bolly.jpg", "Hazel twig", "A hazel twig reaches towards the sky in a"
                + " city park", "Pieter Claes", "Ghent", "Belgium", tue).cropped(new Crop(0.45, 0.0, 0.5, 0.55),
                "Hazel twig", null, null));
        l.add(reuters(LOMIRI + "free_by_Peter_Nerlich.jpg", "Bird in the hall", "A bird flies beneath the lamps"
                + " of the main hall of the railway station", "Lena Hofer", "Zurich", "Switzerland", wed));
        l.add(reuters(MATE + "Aqua.jpg", "Science fair", "A drop of water splashes into a basin during a"
                + " demonstration at a science fair", "Lena Hofer", "Munich", "Germany", thu));
        l.add(reuters(MATE + "GreenMeadow.jpg", "Test field", "Wheat seedlings grow in a test field of an"
                + " agricultural research institute", "Pieter Claes", "Wageningen", "Netherlands", mon));
        l.add(reuters(MATE + "Storm.jpg", "Storm warning", "Storm clouds gather over a motorway as forecasters"
                + " warn of hail", "Jan Vogt", "Hanover", "Germany", fri));
        l.add(reuters(MATE + "Storm.jpg", "Storm front", "A storm front moves across fields beside a motorway",
                "Jan Vogt", "Hanover", "Germany", fri).cropped(new Crop(0.0, 0.0, 0.6, 0.6), "Storm front", null,
                null));
        l.add(reuters(LOMIRI + "seeding_by_Clements_Engelhardt.jpg", "Dandelions at sunset", "Dandelion clocks"
                + " glow in the evening sun in a meadow", "Jan Vogt", "Hamburg", "Germany", sat));
        l.add(reuters(LOMIRI + "seeding_by_Clements_Engelhardt.jpg", "Dandelion clock", "A dandelion clock stands"
                + " in a meadow in the evening sun", "Jan Vogt", "Hamburg", "Germany", sat)
                .cropped(new Crop(0.2, 0.05, 0.45, 0.75), "Dandelion clock", null, null));
        l.add(reuters(PALAPELI + "citrus-fruits.jpg", "Juice bar", "Slices of oranges, lemons and limes are laid"
                + " out at a juice bar", "Carmen Soler", "Valencia", "Spain", wed));
        l.add(reuters(PALAPELI + "citrus-fruits.jpg", "Orange slices", "Orange slices are laid out at a juice"
                + " bar", "Carmen Soler", "Valencia", "Spain", wed).cropped(new Crop(0.3, 0.2, 0.45, 0.6),
                "Orange slices", null, null));
        l.add(reuters(PLASMA + "ColdRipple/contents/images/1920x1200.jpg", "Fog on the lake", "A pier disappears"
                + " into morning fog on the lake", "Lena Hofer", "Zell am See", "Austria", sun));
        l.add(reuters(PLASMA + "FallenLeaf/contents/images/1920x1200.jpg", "First leaves fall", "A fallen maple"
                + " leaf lies among others in a park", "Claire Gagnon", "Montreal", "Canada", sun));
        l.add(reuters(PLASMA + "Path/contents/images/1920x1200.jpg", "Forest path", "A path leads through a spruce"
                + " forest in the Black Forest national park", "Jan Vogt", "Baiersbronn", "Germany", thu));
        l.add(reuters(PLASMA + "Path/contents/images/1920x1200.jpg", "Spruce forest", "Spruce trunks rise above"
                + " the moss of the Black Forest national park", "Jan Vogt", "Baiersbronn", "Germany", thu)
                .cropped(new Crop(0.5, 0.0, 0.5, 0.7), "Spruce forest", null, null));
        // AFP: "... in City on Month D, YYYY. (Photo by Name / AFP)"
        l.add(afp(LOMIRI + "Picture_0B_by_freespace.jpg", "Market figs", "A halved fig lies in a red bowl at a"
                + " food market", "Ines Carvalho", "Lisbon", "Portugal", sat));
        Shot aizkorri = afp(LOMIRI + "aitzgorri_by_Aitzol_Berasategi.jpg", "Autumn in the Basque hills",
                "Beech woods turn copper below the Aizkorri massif", "Ane Goikoetxea", "Zegama", "Spain", mon);
        l.add(aizkorri);
        l.add(afp(LOMIRI + "aitzgorri_by_Aitzol_Berasategi.jpg", "Aizkorri ridge", "Clouds drift over the"
                + " limestone ridge of the Aizkorri massif", "Ane Goikoetxea", "Zegama", "Spain", mon)
                .cropped(new Crop(0.3, 0.15, 0.6, 0.45), "Aizkorri ridge", null, null));
        l.add(afp(MATE + "FreshFlower.jpg", "Flower show", "A dahlia is shown at the summer flower show",
                "Yann Leclerc", "Lyon", "France", fri));
        l.add(afp(MATE + "TwoWings.jpg", "Dandelion seeds", "Dandelion seeds cling to a flower head in a meadow",
                "Yann Leclerc", "Annecy", "France", wed));
        l.add(afp(LOMIRI + "picosdeeuropa_by_Aitzol_Berasategi.jpg", "Picos de Europa", "Hikers' trail leads"
                + " into the Picos de Europa national park", "Ane Goikoetxea", "Fuente De", "Spain", tue));
        l.add(afp(LOMIRI + "picosdeeuropa_by_Aitzol_Berasategi.jpg", "Snow on the peaks", "Snow lingers on the"
                + " peaks of the Picos de Europa in summer", "Ane Goikoetxea", "Fuente De", "Spain", tue)
                .cropped(new Crop(0.3, 0.0, 0.7, 0.5), "Snow on the peaks", null, null));
        l.add(afp(PALAPELI + "castle-maintenon.jpg", "Chateau de Maintenon", "Visitors walk in the gardens of the"
                + " Chateau de Maintenon", "Claire Dumont", "Maintenon", "France", sun));
        l.add(afp(PALAPELI + "castle-maintenon.jpg", "Chateau towers", "The towers of the Chateau de Maintenon"
                + " rise over its gardens", "Claire Dumont", "Maintenon", "France", sun)
                .cropped(new Crop(0.5, 0.0, 0.5, 0.8), "Chateau towers", null, null));
        l.add(afp(PLASMA + "DarkestHour/contents/images/1920x1200.jpg", "Dusk in Lapland", "Dusk falls over a"
                + " lake", "Anna Lindholm", "Inari", "Finland", mon));
        // The killed picture: the agency withdrew it in its instructions (see KillNotice).
        l.add(afp(PLASMA + "Kite/contents/images/1920x1200.jpg", "Kite festival", "A kite flies over the beach"
                + " during the international kite festival", "Claire Dumont", "Berck", "France", sat)
                .with(Special.KILLED, "MANDATORY KILL - This picture has been withdrawn: it was digitally altered."
                        + " Remove it from all your systems and publications."));
        // Getty: "CITY, COUNTRY - MONTH D: ... on Month D, YYYY in City, Country. (Photo by Name/Getty Images)"
        l.add(getty(LOMIRI + "Wine_by_Jakkub_Mede.jpg", "Music school", "A djembe drum rests on a beanbag in a"
                + " rehearsal room of a music school", "Hanna Lindqvist", "Marseille", "France", wed));
        l.add(getty(LOMIRI + "Wine_by_Jakkub_Mede.jpg", "Rehearsal room", "A djembe drum waits in a rehearsal room"
                + " of a music school", "Hanna Lindqvist", "Marseille", "France", wed)
                .cropped(new Crop(0.0, 0.45, 0.6, 0.55), "Rehearsal room", null, null));
        l.add(getty(MATE + "Blinds.jpg", "Greenhouse", "Sunlight shines through a banana leaf in the tropical"
                + " greenhouse of the botanic garden", "Stefan Richter", "Meise", "Belgium", tue));
        l.add(getty(MATE + "RainDrops.jpg", "After the storm", "Raindrops cover leaves after a summer storm",
                "Oliver Grant", "London", "United Kingdom", thu));
        l.add(getty(LOMIRI + "sunset_by_Aitzol_Berasategi.jpg", "Sunset over the hills", "The sun sets over the"
                + " hills above the bay", "Stefan Richter", "San Sebastian", "Spain", fri));
        l.add(getty(LOMIRI + "sunset_by_Aitzol_Berasategi.jpg", "Last light", "The last light of the day falls on"
                + " the hills above the bay", "Stefan Richter", "San Sebastian", "Spain", fri)
                .cropped(new Crop(0.0, 0.4, 0.6, 0.6), "Last light", null, null));
        l.add(getty(PALAPELI + "panther-chameleon-female.jpg", "Zoo chameleon", "A female panther chameleon"
                + " climbs a branch in the reptile house of the zoo", "Stefan Richter", "Basel", "Switzerland",
                mon));
        // A misspelt name, for the checks: "Lindqvst" against the by-line's "Lindqvist".
        l.add(literal(getty(PLASMA + "OneStandsOut/contents/images/1920x1200.jpg", "Red leaf", null,
                "Hanna Lindqvist", "Krakow", "Poland", sat), "KRAKOW, POLAND - AUGUST 10: A single red leaf lies on"
                + " moss in a forest on August 10, 2024 in Krakow, Poland. (Photo by Hanna Lindqvst/Getty Images)"));
        // The burst: four frames of one assignment, one Job Id (IIM 2:103).
        Shot boats = getty(PLASMA + "EveningGlow/contents/images/1920x1200.jpg", "Boats on Derwentwater",
                "Rowing boats lie on the shore of Derwentwater at sunset", "Oliver Grant", "Keswick",
                "United Kingdom", fri).with(Special.BURST, null);
        l.add(burst(boats, Crop.FULL, 1));
        l.add(burst(boats, new Crop(0.05, 0.2, 0.8, 0.8), 2));
        l.add(burst(boats, new Crop(0.15, 0.25, 0.7, 0.75), 3));
        l.add(burst(boats, new Crop(0.25, 0.3, 0.6, 0.7), 4));
        // EPA: "epaNNNNNNNN ... in City, Country, DD Month YYYY. EPA/NAME"
        l.add(epa(LOMIRI + "Bridge_by_Sander_Klootwijk.jpg", "Beach footbridge", "Steel cables of a footbridge"
                + " frame the beach at low tide", "Sofie de Wit", "Scheveningen", "Netherlands", wed, 1));
        l.add(epa(LOMIRI + "Bridge_by_Sander_Klootwijk.jpg", "Low tide", "The beach stretches out at low tide"
                + " below a footbridge", "Sofie de Wit", "Scheveningen", "Netherlands", wed, 2)
                .cropped(new Crop(0.0, 0.5, 0.7, 0.5), "Low tide", null, null));
        l.add(epa(LOMIRI + "Kleiber_by_Lukas_Baubkus.jpg", "Nuthatch", "A nuthatch clings to the trunk of an oak"
                + " in the Tiergarten park", "Markus Lenz", "Berlin", "Germany", tue, 3));
        l.add(epa(LOMIRI + "Kleiber_by_Lukas_Baubkus.jpg", "Nuthatch close-up", "A nuthatch looks for insects in"
                + " the bark of an oak in the Tiergarten park", "Markus Lenz", "Berlin", "Germany", tue, 4)
                .cropped(new Crop(0.2, 0.0, 0.4, 0.6), "Nuthatch close-up", null, null));
        l.add(epa(LOMIRI + "life_by_Aitzol_Berasategi.jpg", "Forest stream", "A stream runs over mossy rocks in the"
                + " Urbasa forest", "Ane Goikoetxea", "Urbasa", "Spain", thu, 5));
        l.add(epa(LOMIRI + "life_by_Aitzol_Berasategi.jpg", "Mossy rocks", "Water runs over mossy rocks in the"
                + " Urbasa forest", "Ane Goikoetxea", "Urbasa", "Spain", thu, 6)
                .cropped(new Crop(0.2, 0.4, 0.55, 0.6), "Mossy rocks", null, null));
        l.add(epa(MATE + "Dune.jpg", "Baltic dunes", "Marram grass grows on the dunes along the Baltic coast",
                "Marta Nowak", "Sopot", "Poland", mon, 7));
        l.add(epa(MATE + "LadyBird.jpg", "Ladybird", "A ladybird climbs a blade of grass among forget-me-nots in"
                + " a park", "Markus Lenz", "Vienna", "Austria", sat, 8));
        l.add(epa(MATE + "YellowFlower.jpg", "Summer bloom", "A yellow flower blooms in a park during the"
                + " heatwave", "Petr Novak", "Prague", "Czech Republic", sun, 9));
        l.add(epa(PALAPELI + "european-honey-bee.jpg", "Honey bee", "A honey bee gathers nectar from an aster in"
                + " a city garden", "Petr Novak", "Ljubljana", "Slovenia", fri, 10));
        l.add(epa(PALAPELI + "european-honey-bee.jpg", "Bee at work", "A honey bee works an aster in a city"
                + " garden", "Petr Novak", "Ljubljana", "Slovenia", fri, 11)
                .cropped(new Crop(0.1, 0.1, 0.6, 0.7), "Bee at work", null, null));
        l.add(epa(PLASMA + "BytheWater/contents/images/1920x1200.jpg", "Lake jetty", "A wooden jetty reaches into"
                + " the lake at sunset", "Markus Lenz", "Konstanz", "Germany", sun, 12));
        // A grammar slip, for the checks: "An swimmers".
        l.add(literal(epa(MATE + "RainDrops.jpg", "Wet leaves", null, "Sofie de Wit", "Utrecht", "Netherlands",
                thu, 13).cropped(new Crop(0.4, 0.3, 0.6, 0.7), "Wet leaves", null, null), "epa11541013 An"
                + " swimmers shelter under leaves as rain falls in Utrecht, the Netherlands, 08 August 2024."
                + " EPA/SOFIE DE WIT"));
        // The embargoed picture: IIM 2:30/2:35 release two days after the demo is filled.
        l.add(epa(PLASMA + "Grey/contents/images/1920x1200.jpg", "New concert hall", "Sunlight falls on the curved"
                + " facade of the new concert hall before its opening", "Marta Nowak", "Katowice", "Poland", fri, 14)
                .with(Special.EMBARGOED, "EMBARGOED UNTIL " + release.format(DateTimeFormatter.ofPattern(
                        "d MMMM yyyy HH:mm 'GMT'", Locale.ENGLISH)) + ": not for publication before."));
        // The near-duplicate: the bridge filed again by a partner, re-encoded smaller.
        l.add(bridge.with(Special.NEAR_DUPLICATE, null).cropped(Crop.FULL, bridge.headline(), bridge.caption(),
                "AP-SMALL-" + bridge.ref()));
        // The AI-generated picture: a reader's illustration, declared as made by a generative model.
        l.add(new Shot(PLASMA + "Autumn/contents/images/1920x1200.jpg", Crop.FULL, "Reader", "AI illustration",
                "An illustration made with a generative AI tool shows a child and a tree in autumn colours. The"
                        + " image was sent in by a reader for the autumn competition and is not a photograph.",
                "Jonas Weber", "Reader submission / AI-generated", "Hamburg", "Germany", sun, "READER-AI-0811",
                "AI-generated image: not a photograph. Label it as such wherever it is used.",
                Special.AI_GENERATED));
        // A second picture of the art school, so that AP has a Monday too.
        l.add(brushes.cropped(new Crop(0.0, 0.0, 0.6, 1.0), "Brushes", "Brushes dry in a jar after a painting"
                + " class at the academy of fine arts in Bologna, Italy, Monday, Aug. 5, 2024. (AP Photo/Giulia"
                + " Ferraro)", "AP-BRUSHES-2"));
        l.add(aizkorri.cropped(new Crop(0.0, 0.5, 0.5, 0.5), "Meadow", "Cows graze a meadow below beech woods"
                + " near Zegama, Spain, on August 5, 2024. (Photo by Ane Goikoetxea / AFP)", "AFP-AIZKORRI-3"));
        return l;
    }

    private static Shot burst(Shot boats, Crop crop, int frame) {
        return boats.cropped(crop, boats.headline() + " (" + frame + " of 4)", boats.caption(), BURST_JOB);
    }

    private static Shot literal(Shot shot, String caption) {
        return shot.cropped(shot.crop(), shot.headline(), caption, shot.ref());
    }

    private static String month(LocalDate d) {
        return d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    /** AP's abbreviated months (AP style: Aug., Sept.; March to July in full). */
    private static String apMonth(LocalDate d) {
        String full = month(d);
        return full.length() <= 5 ? full : switch (d.getMonth()) {
            case SEPTEMBER -> "Sept.";
            default -> full.substring(0, 3) + ".";
        };
    }

    private static String weekday(LocalDate d) {
        return d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static Shot ap(String src, String head, String scene, String by, String city, String country,
            LocalDate d) {
        String caption = scene == null ? null : scene + " in " + city + ", " + country + ", " + weekday(d) + ", "
                + apMonth(d) + " " + d.getDayOfMonth() + ", " + d.getYear() + ". (AP Photo/" + by + ")";
        return new Shot(src, Crop.FULL, "AP", head, caption, by, "AP", city, country, d,
                "AP" + Integer.toHexString((src + head).hashCode()).toUpperCase(Locale.ROOT), null, Special.NONE);
    }

    private static Shot reuters(String src, String head, String scene, String by, String city, String country,
            LocalDate d) {
        String caption = scene + " in " + city + ", " + country + ", " + month(d) + " " + d.getDayOfMonth() + ", "
                + d.getYear() + ". REUTERS/" + by;
        return new Shot(src, Crop.FULL, "Reuters", head, caption, by, "REUTERS", city, country, d,
                "RC2" + Integer.toHexString((src + head).hashCode()).toUpperCase(Locale.ROOT), null, Special.NONE);
    }

    private static Shot afp(String src, String head, String scene, String by, String city, String country,
            LocalDate d) {
        String caption = scene + " in " + city + ", " + country + ", on " + month(d) + " " + d.getDayOfMonth()
                + ", " + d.getYear() + ". (Photo by " + by + " / AFP)";
        return new Shot(src, Crop.FULL, "AFP", head, caption, by, "AFP", city, country, d,
                "AFP-" + Integer.toHexString((src + head).hashCode()).toUpperCase(Locale.ROOT), null, Special.NONE);
    }

    private static Shot getty(String src, String head, String scene, String by, String city, String country,
            LocalDate d) {
        String up = (city + ", " + country).toUpperCase(Locale.ROOT);
        String caption = scene == null ? null : up + " - " + month(d).toUpperCase(Locale.ROOT) + " "
                + d.getDayOfMonth() + ": " + scene + " on " + month(d) + " " + d.getDayOfMonth() + ", " + d.getYear()
                + " in " + city + ", " + country + ". (Photo by " + by + "/Getty Images)";
        return new Shot(src, Crop.FULL, "Getty Images", head, caption, by, "Getty Images", city, country, d,
                "GI" + Integer.toHexString((src + head).hashCode()).toUpperCase(Locale.ROOT), null, Special.NONE);
    }

    private static Shot epa(String src, String head, String scene, String by, String city, String country,
            LocalDate d, int n) {
        String ref = String.format(Locale.ROOT, "epa11541%03d", n);
        String caption = scene == null ? null : ref + " " + scene + " in " + city + ", " + country + ", "
                + String.format(Locale.ROOT, "%02d", d.getDayOfMonth()) + " " + month(d) + " " + d.getYear()
                + ". EPA/" + by.toUpperCase(Locale.ROOT);
        return new Shot(src, Crop.FULL, "EPA", head, caption, by, "EPA", city, country, d, ref, null, Special.NONE);
    }

    // ---- pixels ----

    /** The part {@code crop} of the picture in {@code source}, at most {@code longSide} pixels long, as a JPEG. */
    static byte[] picture(String source, Crop crop, int longSide, float quality) {
        try {
            BufferedImage full = read(Path.of(source), longSide);
            int x = (int) (crop.x() * full.getWidth());
            int y = (int) (crop.y() * full.getHeight());
            int w = Math.min(full.getWidth() - x, (int) Math.round(crop.w() * full.getWidth()));
            int h = Math.min(full.getHeight() - y, (int) Math.round(crop.h() * full.getHeight()));
            BufferedImage part = full.getSubimage(x, y, w, h);
            double scale = Math.min(1.0, (double) longSide / Math.max(w, h));
            int tw = Math.max(1, (int) Math.round(w * scale));
            int th = Math.max(1, (int) Math.round(h * scale));
            var out = new BufferedImage(tw, th, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = out.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(part, 0, 0, tw, th, null);
            g.dispose();
            return jpeg(out, quality);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a demo picture from " + source + ": " + e.getMessage(), e);
        }
    }

    /** Decodes {@code file}, skipping pixels (JPEG subsampling) while it stays at least twice {@code longSide}. */
    private static BufferedImage read(Path file, int longSide) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IOException("no image reader for " + file);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int side = Math.max(reader.getWidth(0), reader.getHeight(0));
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, side / (2 * longSide));
                param.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        }
    }

    private static byte[] jpeg(BufferedImage image, float quality) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        var bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    // ---- metadata ----

    /** The JPEG with IPTC IIM (UTF-8) and an XMP packet carrying the same fields. */
    static byte[] embed(byte[] jpeg, Shot s, ZonedDateTime release) {
        var records = new ArrayList<>(List.of(
                new IptcRecord(IptcTypes.OBJECT_NAME, s.headline()),
                new IptcRecord(IptcTypes.HEADLINE, s.headline()),
                new IptcRecord(IptcTypes.CAPTION_ABSTRACT, s.caption()),
                new IptcRecord(IptcTypes.BYLINE, s.byline()),
                new IptcRecord(IptcTypes.CREDIT, s.credit()),
                new IptcRecord(IptcTypes.SOURCE, s.agency()),
                new IptcRecord(IptcTypes.CITY, s.city()),
                new IptcRecord(IptcTypes.COUNTRY_PRIMARY_LOCATION_NAME, s.country()),
                new IptcRecord(IptcTypes.DATE_CREATED, s.date().format(DateTimeFormatter.BASIC_ISO_DATE)),
                new IptcRecord(IptcTypes.ORIGINAL_TRANSMISSION_REFERENCE, s.ref())));
        if (s.instructions() != null) {
            records.add(new IptcRecord(IptcTypes.SPECIAL_INSTRUCTIONS, s.instructions()));
        }
        if (s.special() == Special.EMBARGOED) {
            records.add(new IptcRecord(IptcTypes.RELEASE_DATE, release.format(DateTimeFormatter.BASIC_ISO_DATE)
                    .substring(0, 8)));
            records.add(new IptcRecord(IptcTypes.RELEASE_TIME, release.format(DateTimeFormatter.ofPattern(
                    "HHmmss", Locale.ROOT)) + "+0000"));
        }
        try {
            var withIptc = new ByteArrayOutputStream();
            new JpegIptcRewriter().writeIptc(jpeg, withIptc, new PhotoshopApp13Data(records, List.of(), true));
            var withXmp = new ByteArrayOutputStream();
            new JpegXmpRewriter().updateXmpXml(withIptc.toByteArray(), withXmp, xmp(s));
            return withXmp.toByteArray();
        } catch (ImagingException e) {
            throw new IllegalStateException("commons-imaging could not write metadata: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String xmp(Shot s) {
        String extra = (s.instructions() == null ? "" : "<photoshop:Instructions>" + x(s.instructions())
                + "</photoshop:Instructions>\n")
                + (s.special() == Special.AI_GENERATED ? "<Iptc4xmpExt:DigitalSourceType>" + AI_SOURCE_TYPE
                + "</Iptc4xmpExt:DigitalSourceType>\n" : "");
        return """
                <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
                <x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"
                  xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"
                  xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/">
                <dc:description><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:description>
                <dc:creator><rdf:Seq><rdf:li>%s</rdf:li></rdf:Seq></dc:creator>
                <photoshop:Headline>%s</photoshop:Headline>
                <photoshop:Credit>%s</photoshop:Credit>
                <photoshop:Source>%s</photoshop:Source>
                <photoshop:City>%s</photoshop:City>
                <photoshop:Country>%s</photoshop:Country>
                <photoshop:DateCreated>%s</photoshop:DateCreated>
                <photoshop:TransmissionReference>%s</photoshop:TransmissionReference>
                %s</rdf:Description></rdf:RDF></x:xmpmeta>
                <?xpacket end="w"?>""".formatted(x(s.caption()), x(s.byline()), x(s.headline()), x(s.credit()),
                x(s.agency()), x(s.city()), x(s.country()), s.date(), x(s.ref()), extra);
    }

    private static String x(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
