package org.photodesk.core.publish;

import com.adobe.internal.xmp.XMPConst;
import com.adobe.internal.xmp.XMPException;
import com.adobe.internal.xmp.XMPMeta;
import com.adobe.internal.xmp.XMPMetaFactory;
import com.adobe.internal.xmp.XMPPathFactory;
import com.adobe.internal.xmp.options.PropertyOptions;
import com.adobe.internal.xmp.options.SerializeOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.commons.imaging.formats.jpeg.xmp.JpegXmpRewriter;
import org.photodesk.core.photo.PhotoMetadata;

/**
 * Writes a JPEG's XMP packet afresh with Adobe's XMP Core (the library metadata-extractor reads XMP with): the IPTC
 * Photo Metadata Core and Extension properties the published fields have, in the properties the IPTC standard maps
 * them to (IPTC Photo Metadata Standard 2023.2): description, title, creator, rights, keywords, headline, credit,
 * source, creator's job title, location created (legacy {@code photoshop:City}/{@code State}/{@code Country},
 * {@code Iptc4xmpCore:Location}/{@code CountryCode}, and the Extension's {@code LocationCreated}), locations shown,
 * date created, people shown, event, digital source type, alt text, usage terms, web statement of rights and licensor
 * URL. Never
 * {@code photoshop:Instructions} or {@code photoshop:TransmissionReference}.
 */
final class XmpWriter {

    static final String CORE = "http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/";
    static final String EXT = "http://iptc.org/std/Iptc4xmpExt/2008-02-29/";
    static final String PLUS = "http://ns.useplus.org/ldf/xmp/1.0/";
    private static final String LANG = XMPConst.X_DEFAULT;

    /** {@code jpeg} with the XMP packet of {@code f}. */
    byte[] write(byte[] jpeg, PublishedFields f) throws IOException {
        var out = new ByteArrayOutputStream(jpeg.length + 8192);
        new JpegXmpRewriter().updateXmpXml(jpeg, out, packet(f));
        return out.toByteArray();
    }

    /** The serialised packet of {@code f}. */
    static String packet(PublishedFields f) throws IOException {
        try {
            registerNamespaces();
            XMPMeta x = XMPMetaFactory.create();
            fill(x, f.metadata());
            text(x, XMPConst.NS_XMP_RIGHTS, "WebStatement", f.license());
            licensor(x, f.acquireLicensePage());
            return XMPMetaFactory.serializeToString(x, new SerializeOptions().setUseCompactFormat(true)
                    .setPadding(512));
        } catch (XMPException e) {
            throw new IOException("cannot write the XMP packet: " + e.getMessage(), e);
        }
    }

    private static void fill(XMPMeta x, PhotoMetadata m) throws XMPException {
        alt(x, XMPConst.NS_DC, "description", m.caption());
        alt(x, XMPConst.NS_DC, "title", m.title());
        array(x, XMPConst.NS_DC, "creator", m.byline(), true);
        alt(x, XMPConst.NS_DC, "rights", m.copyright());
        array(x, XMPConst.NS_DC, "subject", m.keywords(), false);
        text(x, XMPConst.NS_PHOTOSHOP, "Headline", m.headline());
        text(x, XMPConst.NS_PHOTOSHOP, "Credit", m.credit());
        text(x, XMPConst.NS_PHOTOSHOP, "Source", m.source());
        text(x, XMPConst.NS_PHOTOSHOP, "AuthorsPosition", m.bylineTitle());
        text(x, XMPConst.NS_PHOTOSHOP, "City", m.city());
        text(x, XMPConst.NS_PHOTOSHOP, "State", m.state());
        text(x, XMPConst.NS_PHOTOSHOP, "Country", m.country());
        text(x, XMPConst.NS_PHOTOSHOP, "DateCreated", m.dateCreated() == null ? null : m.dateCreated().iso());
        text(x, CORE, "Location", m.sublocation());
        text(x, CORE, "CountryCode", m.countryCode());
        alt(x, CORE, "AltTextAccessibility", m.altText());
        alt(x, XMPConst.NS_XMP_RIGHTS, "UsageTerms", m.usageTerms());
        locationCreated(x, m);
        for (String shown : m.locationsShown()) {
            x.appendArrayItem(EXT, "LocationShown", new PropertyOptions().setArray(true), null,
                    new PropertyOptions().setStruct(true));
            String item = "LocationShown[" + x.countArrayItems(EXT, "LocationShown") + "]";
            x.setLocalizedText(EXT, item + XMPPathFactory.composeStructFieldPath(EXT, "LocationName"), null, LANG,
                    shown);
        }
        array(x, EXT, "PersonInImage", m.people(), false);
        alt(x, EXT, "Event", m.event());
        text(x, EXT, "DigitalSourceType", m.digitalSourceType());
    }

    /** PLUS Licensor with its URL: where the picture is licensed (the IPTC "Licensor URL"). */
    private static void licensor(XMPMeta x, String url) throws XMPException {
        if (url == null) {
            return;
        }
        x.appendArrayItem(PLUS, "Licensor", new PropertyOptions().setArray(true).setArrayOrdered(true), null,
                new PropertyOptions().setStruct(true));
        x.setStructField(PLUS, "Licensor[1]", PLUS, "LicensorURL", url);
    }

    /** The Extension's LocationCreated: one location, from the legacy city, region, country and code. */
    private static void locationCreated(XMPMeta x, PhotoMetadata m) throws XMPException {
        String[][] parts = {{"Sublocation", m.sublocation()}, {"City", m.city()}, {"ProvinceState", m.state()},
            {"CountryName", m.country()}, {"CountryCode", m.countryCode()}};
        boolean any = false;
        for (String[] p : parts) {
            any |= p[1] != null;
        }
        if (!any) {
            return;
        }
        x.appendArrayItem(EXT, "LocationCreated", new PropertyOptions().setArray(true), null,
                new PropertyOptions().setStruct(true));
        for (String[] p : parts) {
            if (p[1] != null) {
                x.setStructField(EXT, "LocationCreated[1]", EXT, p[0], p[1]);
            }
        }
    }

    private static void text(XMPMeta x, String ns, String name, String value) throws XMPException {
        if (value != null && !value.isBlank()) {
            x.setProperty(ns, name, clean(value));
        }
    }

    private static void alt(XMPMeta x, String ns, String name, String value) throws XMPException {
        if (value != null && !value.isBlank()) {
            x.setLocalizedText(ns, name, null, LANG, clean(value));
        }
    }

    private static void array(XMPMeta x, String ns, String name, List<String> values, boolean ordered)
            throws XMPException {
        for (String v : values) {
            x.appendArrayItem(ns, name, new PropertyOptions().setArray(true).setArrayOrdered(ordered), clean(v),
                    null);
        }
    }

    /** The text without the characters XML 1.0 forbids (untrusted captions may hold them). */
    static String clean(String s) {
        var out = new StringBuilder(s.length());
        s.codePoints().filter(cp -> cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF
                || cp >= 0xE000 && cp <= 0xFFFD || cp >= 0x10000).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static void registerNamespaces() throws XMPException {
        var registry = XMPMetaFactory.getSchemaRegistry();
        if (registry.getNamespacePrefix(CORE) == null) {
            registry.registerNamespace(CORE, "Iptc4xmpCore");
        }
        if (registry.getNamespacePrefix(EXT) == null) {
            registry.registerNamespace(EXT, "Iptc4xmpExt");
        }
        if (registry.getNamespacePrefix(PLUS) == null) {
            registry.registerNamespace(PLUS, "plus");
        }
    }
}
