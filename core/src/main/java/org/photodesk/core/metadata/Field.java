package org.photodesk.core.metadata;

/**
 * A normalised metadata field, with where IPTC IIM (record 2) and XMP keep it.
 *
 * <p>Byte limits are the maximum dataset lengths of the IPTC IIM 4.2 specification; 0 means IIM has no such
 * dataset.
 */
enum Field {
    TITLE("title", 5, 64, "dc:title"),
    HEADLINE("headline", 105, 256, "photoshop:Headline"),
    CAPTION("caption", 120, 2000, "dc:description"),
    BYLINE("byline", 80, 32, "dc:creator"),
    BYLINE_TITLE("bylineTitle", 85, 32, "photoshop:AuthorsPosition"),
    CREDIT("credit", 110, 32, "photoshop:Credit"),
    SOURCE("source", 115, 32, "photoshop:Source"),
    COPYRIGHT("copyright", 116, 128, "dc:rights"),
    USAGE_TERMS("usageTerms", 0, 0, "xmpRights:UsageTerms"),
    CITY("city", 90, 32, "photoshop:City"),
    SUBLOCATION("sublocation", 92, 32, "Iptc4xmpCore:Location"),
    STATE("state", 95, 32, "photoshop:State"),
    COUNTRY("country", 101, 64, "photoshop:Country"),
    COUNTRY_CODE("countryCode", 100, 3, "Iptc4xmpCore:CountryCode"),
    LOCATIONS_SHOWN("locationsShown", 0, 0, "Iptc4xmpExt:LocationShown"),
    DATE_CREATED("dateCreated", 55, 8, "photoshop:DateCreated"),
    KEYWORDS("keywords", 25, 64, "dc:subject"),
    INSTRUCTIONS("instructions", 40, 256, "photoshop:Instructions"),
    TRANSMISSION_REFERENCE("transmissionReference", 103, 32, "photoshop:TransmissionReference"),
    PEOPLE("people", 0, 0, "Iptc4xmpExt:PersonInImage"),
    EVENT("event", 0, 0, "Iptc4xmpExt:Event"),
    ALT_TEXT("altText", 0, 0, "Iptc4xmpCore:AltTextAccessibility"),
    DIGITAL_SOURCE_TYPE("digitalSourceType", 0, 0, "Iptc4xmpExt:DigitalSourceType");

    final String id;
    final int iimDataset;
    final int iimLimit;
    final String xmpName;

    Field(String id, int iimDataset, int iimLimit, String xmpName) {
        this.id = id;
        this.iimDataset = iimDataset;
        this.iimLimit = iimLimit;
        this.xmpName = xmpName;
    }

    /** The field IIM record 2 dataset {@code number} feeds, or null; 2:60 (time) feeds no field on its own. */
    static Field ofIimDataset(int number) {
        for (Field f : values()) {
            if (number > 0 && f.iimDataset == number) {
                return f;
            }
        }
        return null;
    }

    /** The IIM key in {@link org.photodesk.core.photo.RawMetadata} form, such as {@code 2:120 Caption-Abstract}. */
    String iimKey() {
        return IimNames.key(2, iimDataset);
    }
}
