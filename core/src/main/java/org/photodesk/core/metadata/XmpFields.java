package org.photodesk.core.metadata;

import com.adobe.internal.xmp.XMPException;
import com.adobe.internal.xmp.XMPIterator;
import com.adobe.internal.xmp.XMPMeta;
import com.adobe.internal.xmp.options.IteratorOptions;
import com.adobe.internal.xmp.properties.XMPProperty;
import com.adobe.internal.xmp.properties.XMPPropertyInfo;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import org.photodesk.core.photo.Problem;

/** Reads the IPTC Photo Metadata fields from an XMP packet, taking lang-alt {@code x-default} (else the first). */
final class XmpFields {

    static final String DC = "http://purl.org/dc/elements/1.1/";
    static final String PHOTOSHOP = "http://ns.adobe.com/photoshop/1.0/";
    static final String CORE = "http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/";
    static final String EXT = "http://iptc.org/std/Iptc4xmpExt/2008-02-29/";
    static final String RIGHTS = "http://ns.adobe.com/xap/1.0/rights/";

    private static final Pattern INDEX = Pattern.compile("\\[\\d+]");
    private static final String[] LOCATION_PARTS = {"Sublocation", "City", "ProvinceState", "CountryName"};

    /** XMP values by field (dateCreated as an ISO string), the raw properties, and the problems met. */
    record XmpData(Map<Field, List<String>> values, SequencedMap<String, List<String>> raw, List<Problem> problems) {
        static final XmpData EMPTY = new XmpData(Map.of(), new LinkedHashMap<>(), List.of());
    }

    private final XMPMeta xmp;
    private final List<Problem> problems = new ArrayList<>();

    private XmpFields(XMPMeta xmp) {
        this.xmp = xmp;
    }

    /** Reads {@code xmp}; never throws. */
    static XmpData read(XMPMeta xmp) {
        return xmp == null ? XmpData.EMPTY : new XmpFields(xmp).read();
    }

    private XmpData read() {
        var values = new EnumMap<Field, List<String>>(Field.class);
        put(values, Field.TITLE, text(DC, "title"));
        put(values, Field.CAPTION, text(DC, "description"));
        put(values, Field.BYLINE, list(DC, "creator"));
        put(values, Field.COPYRIGHT, text(DC, "rights"));
        put(values, Field.KEYWORDS, list(DC, "subject"));
        put(values, Field.HEADLINE, text(PHOTOSHOP, "Headline"));
        put(values, Field.BYLINE_TITLE, text(PHOTOSHOP, "AuthorsPosition"));
        put(values, Field.CREDIT, text(PHOTOSHOP, "Credit"));
        put(values, Field.SOURCE, text(PHOTOSHOP, "Source"));
        put(values, Field.CITY, text(PHOTOSHOP, "City"));
        put(values, Field.STATE, text(PHOTOSHOP, "State"));
        put(values, Field.COUNTRY, text(PHOTOSHOP, "Country"));
        put(values, Field.INSTRUCTIONS, text(PHOTOSHOP, "Instructions"));
        put(values, Field.TRANSMISSION_REFERENCE, text(PHOTOSHOP, "TransmissionReference"));
        put(values, Field.SUBLOCATION, text(CORE, "Location"));
        put(values, Field.COUNTRY_CODE, text(CORE, "CountryCode"));
        put(values, Field.ALT_TEXT, text(CORE, "AltTextAccessibility"));
        put(values, Field.USAGE_TERMS, text(RIGHTS, "UsageTerms"));
        put(values, Field.PEOPLE, list(EXT, "PersonInImage"));
        put(values, Field.EVENT, text(EXT, "Event"));
        put(values, Field.DIGITAL_SOURCE_TYPE, text(EXT, "DigitalSourceType"));
        put(values, Field.LOCATIONS_SHOWN, locationsShown());
        String date = text(PHOTOSHOP, "DateCreated");
        if (date != null) {
            XmpDates.parse(date, "XMP photoshop:DateCreated", problems).ifPresent(d -> values.put(Field.DATE_CREATED,
                    List.of(d.iso())));
        }
        return new XmpData(values, raw(), problems);
    }

    private static void put(Map<Field, List<String>> values, Field field, String value) {
        if (value != null && !value.isBlank()) {
            values.put(field, List.of(value.strip()));
        }
    }

    private static void put(Map<Field, List<String>> values, Field field, List<String> list) {
        List<String> clean = list.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (!clean.isEmpty()) {
            values.put(field, clean);
        }
    }

    /** A simple value, the x-default (else first) item of a lang-alt, or the first item of another array. */
    private String text(String ns, String name) {
        try {
            XMPProperty p = xmp.getProperty(ns, name);
            if (p == null) {
                return null;
            }
            if (p.getOptions().isArrayAltText()) {
                XMPProperty local = xmp.getLocalizedText(ns, name, null, "x-default");
                return local == null ? null : local.getValue();
            }
            if (p.getOptions().isArray()) {
                return xmp.countArrayItems(ns, name) == 0 ? null : xmp.getArrayItem(ns, name, 1).getValue();
            }
            return p.getOptions().isStruct() ? null : p.getValue();
        } catch (XMPException | RuntimeException e) {
            problems.add(Problem.of("xmp.invalid", "XMP property " + name + " could not be read (" + e.getMessage()
                    + "); re-save the XMP with a current tool."));
            return null;
        }
    }

    /** The items of a bag or seq, or the one simple value. */
    private List<String> list(String ns, String name) {
        try {
            XMPProperty p = xmp.getProperty(ns, name);
            if (p == null) {
                return List.of();
            }
            if (!p.getOptions().isArray()) {
                return p.getValue() == null ? List.of() : List.of(p.getValue());
            }
            var out = new ArrayList<String>();
            for (int i = 1; i <= xmp.countArrayItems(ns, name); i++) {
                String v = xmp.getArrayItem(ns, name, i).getValue();
                if (v != null) {
                    out.add(v);
                }
            }
            return out;
        } catch (XMPException | RuntimeException e) {
            problems.add(Problem.of("xmp.invalid", "XMP array " + name + " could not be read (" + e.getMessage()
                    + "); re-save the XMP with a current tool."));
            return List.of();
        }
    }

    /**
     * Each Iptc4xmpExt:LocationShown as its LocationName when it has one, else "Sublocation, City, ProvinceState,
     * CountryName" (the parts it has).
     */
    private List<String> locationsShown() {
        var out = new ArrayList<String>();
        try {
            int n = xmp.getProperty(EXT, "LocationShown") == null ? 0 : xmp.countArrayItems(EXT, "LocationShown");
            for (int i = 1; i <= n; i++) {
                String item = "LocationShown[" + i + "]";
                String name = text(EXT, item + "/Iptc4xmpExt:LocationName");
                if (name != null && !name.isBlank()) {
                    out.add(name);
                    continue;
                }
                var joined = new StringJoiner(", ");
                for (String part : LOCATION_PARTS) {
                    XMPProperty p = xmp.getStructField(EXT, item, EXT, part);
                    if (p != null && p.getValue() != null && !p.getValue().isBlank()) {
                        joined.add(p.getValue().strip());
                    }
                }
                out.add(joined.toString());
            }
        } catch (XMPException | RuntimeException e) {
            problems.add(Problem.of("xmp.invalid", "XMP Iptc4xmpExt:LocationShown could not be read ("
                    + e.getMessage() + "); re-save the XMP with a current tool."));
        }
        return out;
    }

    /** Every leaf property, keyed by its path without array indexes, such as {@code dc:subject}. */
    private SequencedMap<String, List<String>> raw() {
        var raw = new LinkedHashMap<String, List<String>>();
        try {
            XMPIterator it = xmp.iterator(new IteratorOptions().setJustLeafnodes(true).setOmitQualifiers(true));
            while (it.hasNext()) {
                if (it.next() instanceof XMPPropertyInfo info && info.getPath() != null && info.getValue() != null
                        && !info.getOptions().isCompositeProperty()) {
                    String key = INDEX.matcher(info.getPath()).replaceAll("");
                    raw.computeIfAbsent(key, k -> new ArrayList<>()).add(info.getValue());
                }
            }
        } catch (XMPException | RuntimeException e) {
            problems.add(Problem.of("xmp.invalid", "the XMP packet could not be listed (" + e.getMessage()
                    + "); re-save the XMP with a current tool."));
        }
        return raw;
    }
}
