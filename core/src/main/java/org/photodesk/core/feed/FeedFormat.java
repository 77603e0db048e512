package org.photodesk.core.feed;

/** The agency formats a {@link FeedReader} tells apart, and {@link #NONE} for anything else. */
public enum FeedFormat {
    /** A NewsML-G2 {@code newsItem}: one item, usually a picture with {@code remoteContent}. */
    NEWSML_G2_NEWS_ITEM,
    /** A NewsML-G2 {@code packageItem}: an ordered set of references to other items. */
    NEWSML_G2_PACKAGE_ITEM,
    /** A NewsML-G2 {@code newsMessage}: a transmission wrapping several items. */
    NEWSML_G2_NEWS_MESSAGE,
    /** ninjs 1.x: lower-case names, {@code headline}, {@code byline}, {@code description_*}, renditions by name. */
    NINJS_1,
    /** ninjs 2.x: lower-case names, {@code headlines}, {@code by}, {@code descriptions}, arrays of renditions. */
    NINJS_2,
    /** ninjs 3.x: camelCase names ({@code versionCreated}, {@code pubStatus}, {@code embargoedUntil}). */
    NINJS_3,
    /** Neither NewsML-G2 nor ninjs. */
    NONE;

    /** True for the three NewsML-G2 shapes. */
    public boolean isNewsMl() {
        return this == NEWSML_G2_NEWS_ITEM || this == NEWSML_G2_PACKAGE_ITEM || this == NEWSML_G2_NEWS_MESSAGE;
    }

    /** True for the three ninjs generations. */
    public boolean isNinjs() {
        return this == NINJS_1 || this == NINJS_2 || this == NINJS_3;
    }
}
