package org.photodesk.core.metadata;

import com.adobe.internal.xmp.XMPException;
import com.adobe.internal.xmp.XMPMeta;
import com.adobe.internal.xmp.properties.XMPProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.photodesk.core.photo.ItemIdentity;

/**
 * Reads the agency's own identity of a picture from its XMP and IIM: the ids that are unique per picture, the
 * version and when it was made, and IIM's Edit Status. Never IPTC 2:103 (the Job Id one assignment shares).
 *
 * <p>The ids, most trusted first: PLUS {@code plus:ImageSupplierImageID} (the supplier's own number for the image),
 * IPTC Extension {@code Iptc4xmpExt:DigImageGUID} (a globally unique id given when the image is made) and each
 * {@code Iptc4xmpExt:RegistryId} entry (an organisation's registry number for the image), and XMP Media Management
 * {@code xmpMM:DocumentID} (one id for all versions and renditions of a document; values too short to be unique,
 * such as {@code 0}, are skipped). The version is {@code xmpMM:VersionID}; its time {@code xmp:MetadataDate}, else
 * IIM 1:70 and 1:80 (Date and Time Sent by the agency's service).
 */
final class ItemIds {

    static final String PLUS = "http://ns.useplus.org/ldf/xmp/1.0/";
    static final String MM = "http://ns.adobe.com/xap/1.0/mm/";
    static final String XMP = "http://ns.adobe.com/xap/1.0/";

    /** The shortest id value taken as unique; shorter ones ({@code 0}, {@code 1}, {@code none}) are placeholders. */
    private static final int MIN_ID_LENGTH = 6;
    private static final Pattern IIM_TIME = Pattern.compile("(\\d{2})(\\d{2})(\\d{2})([+-]\\d{4})?");

    private ItemIds() {}

    /** The identity in {@code xmp} (null when none) and the IIM datasets {@code iim}; never throws. */
    static ItemIdentity read(XMPMeta xmp, Map<String, List<String>> iim) {
        var ids = new ArrayList<String>();
        String version = null;
        Instant versionCreated = null;
        if (xmp != null) {
            id(ids, "plus:ImageSupplierImageID", simple(xmp, PLUS, "ImageSupplierImageID"));
            id(ids, "Iptc4xmpExt:DigImageGUID", simple(xmp, XmpFields.EXT, "DigImageGUID"));
            registry(xmp).forEach(r -> id(ids, "Iptc4xmpExt:RegistryId", r));
            id(ids, "xmpMM:DocumentID", simple(xmp, MM, "DocumentID"));
            version = simple(xmp, MM, "VersionID");
            versionCreated = instant(simple(xmp, XMP, "MetadataDate"));
        }
        if (versionCreated == null) {
            versionCreated = sent(first(iim, IimNames.key(1, 70)), first(iim, IimNames.key(1, 80)));
        }
        return new ItemIdentity(ids, version, versionCreated, first(iim, IimNames.key(2, 7)));
    }

    private static void id(List<String> ids, String scheme, String value) {
        if (value != null && value.strip().length() >= MIN_ID_LENGTH) {
            ids.add(scheme + "=" + value.strip());
        }
    }

    private static String simple(XMPMeta xmp, String ns, String name) {
        try {
            XMPProperty p = xmp.getProperty(ns, name);
            return p == null || p.getOptions().isCompositeProperty() ? null : p.getValue();
        } catch (XMPException | RuntimeException e) {
            return null;
        }
    }

    /** Each registry entry as {@code organisation/item}, or the item alone when no organisation is named. */
    private static List<String> registry(XMPMeta xmp) {
        var out = new ArrayList<String>();
        try {
            if (xmp.getProperty(XmpFields.EXT, "RegistryId") == null) {
                return out;
            }
            int n = Math.min(xmp.countArrayItems(XmpFields.EXT, "RegistryId"), 20);
            for (int i = 1; i <= n; i++) {
                String item = "RegistryId[" + i + "]";
                XMPProperty org = xmp.getStructField(XmpFields.EXT, item, XmpFields.EXT, "RegOrgId");
                XMPProperty id = xmp.getStructField(XmpFields.EXT, item, XmpFields.EXT, "RegItemId");
                if (id != null && id.getValue() != null && !id.getValue().isBlank()) {
                    String orgName = org == null || org.getValue() == null ? "" : org.getValue().strip();
                    out.add(orgName.isEmpty() ? id.getValue().strip() : orgName + "/" + id.getValue().strip());
                }
            }
        } catch (XMPException | RuntimeException e) {
            // an unreadable registry gives no id; the XMP reader reports the damage
        }
        return out;
    }

    /** An XMP date as an instant (a date without offset read as UTC, one without time as its midnight), or null. */
    static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return XmpDates.parse(text, "XMP date", new ArrayList<>())
                .filter(d -> d.time() != null)
                .map(d -> d.date().atTime(d.time()).toInstant(d.offset() == null ? ZoneOffset.UTC : d.offset()))
                .orElse(null);
    }

    /** IIM 1:70 ({@code CCYYMMDD}) and 1:80 ({@code HHMMSS±HHMM}) as an instant, or null when unreadable. */
    static Instant sent(String date, String time) {
        if (date == null) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(date.strip(), DateTimeFormatter.BASIC_ISO_DATE);
            Matcher m = time == null ? null : IIM_TIME.matcher(time.strip());
            if (m == null || !m.matches()) {
                return day.atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            LocalTime t = LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            return day.atTime(t).toInstant(m.group(4) == null ? ZoneOffset.UTC : XmpDates.offset(m.group(4)));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String first(Map<String, List<String>> raw, String key) {
        List<String> v = raw == null ? null : raw.get(key);
        return v == null || v.isEmpty() || v.getFirst().isBlank() ? null : v.getFirst().strip();
    }
}
