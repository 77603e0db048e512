package org.photodesk.core.caption;

/** How a picture reached the desk, which decides how it may be used and credited. */
public enum UsageCategory {
    /** Shot or owned by a news agency. */
    AGENCY,
    /** Shot by the house's own staff. */
    STAFF,
    /** Handed out by a government, company or organisation ("Handout", "HO", "Supplied"). */
    HANDOUT,
    /** Shot under a pool arrangement and shared. */
    POOL,
    /** Taken from a video or broadcast frame. */
    SCREENGRAB,
    /** Taken from a social-media post. */
    SOCIAL_MEDIA,
    /** Publicity or press-release material. */
    PR,
    /** Nothing says. */
    UNKNOWN
}
