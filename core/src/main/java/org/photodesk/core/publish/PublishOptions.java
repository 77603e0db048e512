package org.photodesk.core.publish;

import java.util.Map;
import java.util.Objects;
import org.photodesk.core.rights.Rights;

/**
 * How a house publishes: the rights rule, the EXIF tags published files keep, and the house's rights values that
 * pages, feeds and files carry. The house values come from the environment ({@link #fromEnvironment}):
 * <ul>
 * <li>{@code PHOTODESK_LICENSE_URL}: the licence that applies to published pictures (schema.org {@code license},
 * ninjs {@code rightsInfo.linkedRights}, Media RSS {@code media:license}, XMP {@code xmpRights:WebStatement});</li>
 * <li>{@code PHOTODESK_ACQUIRE_LICENSE_URL}: where to license a picture (schema.org {@code acquireLicensePage}, XMP
 * {@code plus:Licensor/LicensorURL}, the Media RSS {@code media:copyright} link);</li>
 * <li>{@code PHOTODESK_COPYRIGHT_NOTICE}: the notice for pictures that carry none (staff pictures), such as
 * "© 2024 The Daily Example";</li>
 * <li>{@code PHOTODESK_EXIF_KEEP}: see {@link ExifKeepList};</li>
 * <li>{@code PHOTODESK_CAPTION_CLEANUP}: {@code off} publishes agency captions as sent, without the house clean-up
 * of {@link HouseCaptionRule} (on by default).</li>
 * </ul>
 *
 * @param license the licence URL, or null
 * @param acquireLicensePage the licensing page URL, or null
 * @param copyrightNotice the house's copyright notice for pictures without one, or null
 * @param cleanCaptions whether a photo's own caption is cleaned to the house style ({@link HouseCaptionRule})
 */
public record PublishOptions(Rights rights, ExifKeepList exif, String license, String acquireLicensePage,
        String copyrightNotice, boolean cleanCaptions) {

    public static final String LICENSE_ENV = "PHOTODESK_LICENSE_URL";
    public static final String ACQUIRE_ENV = "PHOTODESK_ACQUIRE_LICENSE_URL";
    public static final String COPYRIGHT_ENV = "PHOTODESK_COPYRIGHT_NOTICE";
    public static final String CAPTION_CLEANUP_ENV = "PHOTODESK_CAPTION_CLEANUP";

    /** The standard rights rule, the default EXIF keep list, no house values, captions cleaned. */
    public static final PublishOptions DEFAULT = new PublishOptions(Rights.standard(), ExifKeepList.DEFAULT, null,
            null, null);

    /** Options that clean captions to the house style. */
    public PublishOptions(Rights rights, ExifKeepList exif, String license, String acquireLicensePage,
            String copyrightNotice) {
        this(rights, exif, license, acquireLicensePage, copyrightNotice, true);
    }

    public PublishOptions {
        Objects.requireNonNull(rights, "rights");
        Objects.requireNonNull(exif, "exif");
        license = url(LICENSE_ENV, license);
        acquireLicensePage = url(ACQUIRE_ENV, acquireLicensePage);
        copyrightNotice = copyrightNotice == null || copyrightNotice.isBlank() ? null : copyrightNotice.strip();
    }

    /** The options {@code env} sets (see above); throws with the variable's name when a value is not valid. */
    public static PublishOptions fromEnvironment(Map<String, String> env) {
        return new PublishOptions(Rights.standard(), ExifKeepList.fromEnvironment(env), env.get(LICENSE_ENV),
                env.get(ACQUIRE_ENV), env.get(COPYRIGHT_ENV), cleanup(env.get(CAPTION_CLEANUP_ENV)));
    }

    /** The same options with the house clean-up of captions on or off. */
    public PublishOptions withCleanCaptions(boolean clean) {
        return new PublishOptions(rights, exif, license, acquireLicensePage, copyrightNotice, clean);
    }

    private static boolean cleanup(String value) {
        if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("on")) {
            return true;
        }
        if (value.strip().equalsIgnoreCase("off")) {
            return false;
        }
        throw new IllegalArgumentException(CAPTION_CLEANUP_ENV + " '" + value.strip() + "' is neither on nor off: set"
                + " it to off to publish agency captions as sent, or leave it out");
    }

    private static String url(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (!v.startsWith("https://") && !v.startsWith("http://")) {
            throw new IllegalArgumentException(name + " '" + v + "' is not a web address: write the full URL, such as"
                    + " https://news.example/licensing");
        }
        return v;
    }
}
