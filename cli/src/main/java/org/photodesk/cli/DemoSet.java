package org.photodesk.cli;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.apache.commons.imaging.ImagingException;
import org.apache.commons.imaging.formats.jpeg.iptc.IptcRecord;
import org.apache.commons.imaging.formats.jpeg.iptc.IptcTypes;
import org.apache.commons.imaging.formats.jpeg.iptc.JpegIptcRewriter;
import org.apache.commons.imaging.formats.jpeg.iptc.PhotoshopApp13Data;
import org.apache.commons.imaging.formats.jpeg.xmp.JpegXmpRewriter;

/**
 * A demo library made on the spot: coloured Java2D scenes carrying captions written in the house styles of AP,
 * Reuters, AFP, Getty Images and EPA, embedded as IPTC IIM and XMP. A few captions carry mistakes on purpose
 * (a wrong weekday, a misspelt name, "An artists perform") for the checks to find.
 */
public final class DemoSet {

    /** One generated photo file: its name and JPEG bytes with metadata. */
    public record DemoFile(String name, byte[] bytes, String caption) {}

    /** The text of one demo photo before it is drawn. */
    record Item(String agency, String headline, String caption, String byline, String credit, String city, String country,
            LocalDate date, String ref) {}

    private DemoSet() {}

    /** Every demo photo, in the order to ingest them. */
    public static List<DemoFile> files() {
        var out = new ArrayList<DemoFile>();
        List<Item> items = items();
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            out.add(new DemoFile("demo-" + (i + 1) + ".jpg", embed(draw(i, it), it), it.caption()));
        }
        return out;
    }

    static List<Item> items() {
        LocalDate sun = LocalDate.of(2024, 8, 11);
        LocalDate sat = LocalDate.of(2024, 8, 10);
        LocalDate fri = LocalDate.of(2024, 8, 9);
        var l = new ArrayList<Item>();
        // AP: CITY (AP) is for stories; photo captions end "(AP Photo/Name)" and give weekday and abbreviated month.
        l.add(ap("Rowers train at dawn", "Rowers train on the Seine at dawn in Paris, France, Sunday, Aug. 11, 2024.", "Laura Benning", "Paris", sun));
        l.add(ap("Crowd at the closing day", "Spectators fill the stands before the last race of the day in Saint-Denis, France, Saturday, Aug. 10, 2024.", "Laura Benning", "Saint-Denis", sat));
        l.add(ap("Volunteers pack up", "Volunteers fold flags outside the aquatics centre in Paris, France, Saturday, Aug. 11, 2024.", "Tomas Ferreira", "Paris", sun)); // wrong weekday
        l.add(ap("Street party", "An artists perform for passers-by near the Bastille in Paris, France, Sunday, Aug. 11, 2024.", "Tomas Ferreira", "Paris", sun)); // grammar
        l.add(ap("Bridge at night", "Lights from the Pont Alexandre III reflect in the river in Paris, France, Friday, Aug. 9, 2024.", "Laura Benning", "Paris", fri));
        l.add(ap("Market morning", "A vendor arranges peaches at a market in Lyon, France, Saturday, Aug. 10, 2024.", "Nadia Kowal", "Lyon", sat));
        // Reuters: "... in City, Country, August 11, 2024. REUTERS/Name"
        l.add(reuters("Cyclists on the boulevard", "Cyclists ride along a closed boulevard in Paris, France, August 11, 2024. REUTERS/Piet Vandamme", "Piet Vandamme", "Paris", sun));
        l.add(reuters("Sprint final", "Sprinters cross the finish line during the final at the Stade de France in Saint-Denis, France, August 9, 2024. REUTERS/Piet Vandamme", "Piet Vandamme", "Saint-Denis", fri));
        l.add(reuters("Harbour at sunset", "Fishing boats return to the harbour at sunset in Marseille, France, August 10, 2024. REUTERS/Ines Obradovic", "Ines Obradovic", "Marseille", sat));
        l.add(reuters("Team photo", "Members of the relay team pose with coach Amelie Mauresmo in Paris, France, August 11, 2024. REUTERS/Ines Obradovic", "Ines Obradovic", "Paris", sun));
        l.add(reuters("Fans wait", "Fans wait in the rain outside the arena in Lille, France, August 10, 2024. REUTERS/Ines Obradovic", "Ines Obradovic", "Lille", sat));
        l.add(reuters("Rain on the square", "Umbrellas cover the square in front of the town hall in Paris, France, August 9, 2024. REUTERS/Piet Vandamme", "Piet Vandamme", "Paris", fri));
        // AFP: "... in Paris on August 11, 2024. (Photo by Name / AFP)"
        l.add(afp("Divers in the air", "Divers practise synchronised jumps in Paris on August 10, 2024. (Photo by Claire Dumont / AFP)", "Claire Dumont", "Paris", sat));
        l.add(afp("Closing ceremony rehearsal", "Dancers rehearse for the closing ceremony in Saint-Denis, north of Paris, on August 11, 2024. (Photo by Claire Dumont / AFP)", "Claire Dumont", "Saint-Denis", sun));
        l.add(afp("Sailors in the bay", "Sailors race in the bay of Marseille on August 9, 2024. (Photo by Yann Leclerc / AFP)", "Yann Leclerc", "Marseille", fri));
        l.add(afp("Queue at the museum", "Visitors queue outside the museum in Paris on Sunday, August 10, 2024. (Photo by Yann Leclerc / AFP)", "Yann Leclerc", "Paris", sat)); // wrong weekday
        l.add(afp("Garden in bloom", "Sunflowers bloom in a garden outside Bordeaux on August 9, 2024. (Photo by Yann Leclerc / AFP)", "Yann Leclerc", "Bordeaux", fri));
        l.add(afp("Boxing bout", "Boxers exchange punches during a bout in Villepinte on August 9, 2024. (Photo by Claire Dumont / AFP)", "Claire Dumont", "Villepinte", fri));
        // Getty: "CITY, COUNTRY - MONTH DAY: ... on August 11, 2024 in Paris, France. (Photo by Name/Getty Images)"
        l.add(getty("Gold medal moment", "PARIS, FRANCE - AUGUST 10: Gold medallist Mariam Okafor of Team Nigeria celebrates on the podium on August 10, 2024 in Paris, France. (Photo by Stefan Richter/Getty Images)", "Stefan Richter", "Paris", sat));
        l.add(getty("Coach watches", "PARIS, FRANCE - AUGUST 11: Coach Amelie Mauresmmo watches from the side on August 11, 2024 in Paris, France. (Photo by Stefan Richter/Getty Images)", "Stefan Richter", "Paris", sun)); // misspelt name
        l.add(getty("Velodrome lines", "SAINT-QUENTIN-EN-YVELINES, FRANCE - AUGUST 9: Riders lean into the bend at the velodrome on August 9, 2024 in Saint-Quentin-en-Yvelines, France. (Photo by Hanna Lindqvist/Getty Images)", "Hanna Lindqvist", "Saint-Quentin-en-Yvelines", fri));
        l.add(getty("Fencing final", "PARIS, FRANCE - AUGUST 10: Fencers compete in the final at the Grand Palais on August 10, 2024 in Paris, France. (Photo by Hanna Lindqvist/Getty Images)", "Hanna Lindqvist", "Paris", sat));
        l.add(getty("Skateboard park", "PARIS, FRANCE - AUGUST 11: A skater rides a rail at Place de la Concorde on August 11, 2024 in Paris, France. (Photo by Hanna Lindqvist/Getty Images)", "Hanna Lindqvist", "Paris", sun));
        l.add(getty("Podium in the rain", "LILLE, FRANCE - AUGUST 10: Players shelter from the rain before the medal ceremony on August 10, 2024 in Lille, France. (Photo by Stefan Richter/Getty Images)", "Stefan Richter", "Lille", sat));
        // EPA: "epa01234567 ... in Berlin, Germany, 11 August 2024. EPA/NAME"
        l.add(epa("Public viewing", "epa11540001 Fans watch the final on a big screen at a public viewing in Berlin, Germany, 11 August 2024. EPA/MARKUS LENZ", "Markus Lenz", "Berlin", "Germany", sun));
        l.add(epa("Brandenburg Gate", "epa11540002 Runners pass the Brandenburg Gate during a city run in Berlin, Germany, 10 August 2024. EPA/MARKUS LENZ", "Markus Lenz", "Berlin", "Germany", sat));
        l.add(epa("Canal boats", "epa11540003 Tourists ride a boat along a canal in Amsterdam, the Netherlands, 09 August 2024. EPA/SOFIE DE WIT", "Sofie de Wit", "Amsterdam", "Netherlands", fri));
        l.add(epa("Heat in Rome", "epa11540004 A man cools off at a fountain during a heatwave in Rome, Italy, 11 August 2024. EPA/LUCA FERRANTE", "Luca Ferrante", "Rome", "Italy", sun));
        l.add(epa("Festival stage", "epa11540005 An artists perform on the main stage of a music festival in Budapest, Hungary, 10 August 2024. EPA/ZOLTAN KIRALY", "Zoltan Kiraly", "Budapest", "Hungary", sat)); // grammar
        l.add(epa("Mountain rescue", "epa11540006 Rescuers train on a glacier near Zermatt, Switzerland, 09 August 2024. EPA/ANNA MEIER", "Anna Meier", "Zermatt", "Switzerland", fri));
        return l;
    }

    private static Item ap(String h, String c, String by, String city, LocalDate d) {
        return new Item("AP", h, c + " (AP Photo/" + by + ")", by, "AP", city, "France", d, "AP-" + d + "-" + city.hashCode());
    }

    private static Item reuters(String h, String c, String by, String city, LocalDate d) {
        return new Item("Reuters", h, c, by, "REUTERS", city, "France", d, "RTR" + Math.abs((c).hashCode()));
    }

    private static Item afp(String h, String c, String by, String city, LocalDate d) {
        return new Item("AFP", h, c, by, "AFP", city, "France", d, "AFP-" + Math.abs(c.hashCode()));
    }

    private static Item getty(String h, String c, String by, String city, LocalDate d) {
        return new Item("Getty Images", h, c, by, "Getty Images", city, "France", d, "GI" + Math.abs(c.hashCode()));
    }

    private static Item epa(String h, String c, String by, String city, String country, LocalDate d) {
        return new Item("EPA", h, c, by, "EPA", city, country, d, c.substring(0, 11));
    }

    /** A scene of sky, ground, a few shapes and the headline, coloured from its number. */
    static byte[] draw(int n, Item it) {
        var img = new BufferedImage(1200, 800, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        var rnd = new Random(n * 7919L);
        Color sky = Color.getHSBColor(rnd.nextFloat(), 0.45f, 0.9f);
        g.setPaint(new GradientPaint(0, 0, sky, 0, 520, sky.darker()));
        g.fillRect(0, 0, 1200, 800);
        g.setColor(Color.getHSBColor(rnd.nextFloat(), 0.5f, 0.45f));
        g.fillRect(0, 520, 1200, 280);
        g.setColor(new Color(255, 230, 120));
        g.fillOval(80 + rnd.nextInt(900), 60 + rnd.nextInt(120), 110, 110);
        for (int i = 0; i < 6; i++) {
            g.setColor(Color.getHSBColor(rnd.nextFloat(), 0.7f, 0.6f + rnd.nextFloat() * 0.3f));
            int x = rnd.nextInt(1100), h = 120 + rnd.nextInt(260);
            if (rnd.nextBoolean()) {
                g.fillRect(x, 520 - h, 60 + rnd.nextInt(120), h);
            } else {
                g.fillPolygon(new int[] {x, x + 90, x + 180}, new int[] {520, 520 - h, 520}, 3);
            }
        }
        g.setStroke(new BasicStroke(6));
        g.setColor(Color.WHITE);
        g.drawLine(0, 520, 1200, 520);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 54));
        g.drawString(it.headline(), 60, 700);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 28));
        g.drawString(it.city() + " · " + it.date() + " · " + it.agency(), 60, 750);
        g.dispose();
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "jpeg", out);
        } catch (IOException e) {
            throw new IllegalStateException("Java2D could not encode a JPEG", e);
        }
        return out.toByteArray();
    }

    /** The JPEG with IPTC IIM (UTF-8) and an XMP packet carrying the same fields. */
    static byte[] embed(byte[] jpeg, Item it) {
        var records = List.of(
                new IptcRecord(IptcTypes.OBJECT_NAME, it.headline()),
                new IptcRecord(IptcTypes.HEADLINE, it.headline()),
                new IptcRecord(IptcTypes.CAPTION_ABSTRACT, it.caption()),
                new IptcRecord(IptcTypes.BYLINE, it.byline()),
                new IptcRecord(IptcTypes.CREDIT, it.credit()),
                new IptcRecord(IptcTypes.SOURCE, it.agency()),
                new IptcRecord(IptcTypes.CITY, it.city()),
                new IptcRecord(IptcTypes.COUNTRY_PRIMARY_LOCATION_NAME, it.country()),
                new IptcRecord(IptcTypes.DATE_CREATED, it.date().format(DateTimeFormatter.BASIC_ISO_DATE)),
                new IptcRecord(IptcTypes.ORIGINAL_TRANSMISSION_REFERENCE, it.ref()));
        try {
            var withIptc = new ByteArrayOutputStream();
            new JpegIptcRewriter().writeIptc(jpeg, withIptc, new PhotoshopApp13Data(records, List.of(), true));
            var withXmp = new ByteArrayOutputStream();
            new JpegXmpRewriter().updateXmpXml(withIptc.toByteArray(), withXmp, xmp(it));
            return withXmp.toByteArray();
        } catch (ImagingException e) {
            throw new IllegalStateException("commons-imaging could not write metadata: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String xmp(Item it) {
        return """
                <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
                <x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"
                  xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/">
                <dc:description><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:description>
                <dc:creator><rdf:Seq><rdf:li>%s</rdf:li></rdf:Seq></dc:creator>
                <photoshop:Headline>%s</photoshop:Headline>
                <photoshop:Credit>%s</photoshop:Credit>
                <photoshop:Source>%s</photoshop:Source>
                <photoshop:City>%s</photoshop:City>
                <photoshop:Country>%s</photoshop:Country>
                <photoshop:DateCreated>%s</photoshop:DateCreated>
                <photoshop:TransmissionReference>%s</photoshop:TransmissionReference>
                </rdf:Description></rdf:RDF></x:xmpmeta>
                <?xpacket end="w"?>""".formatted(x(it.caption()), x(it.byline()), x(it.headline()), x(it.credit()),
                x(it.agency()), x(it.city()), x(it.country()), it.date(), x(it.ref()));
    }

    private static String x(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
