package org.photodesk.core.feed;

/**
 * A reference from one item to another: a member of a package (NewsML-G2 {@code itemRef}, ninjs
 * {@code associations}) or a link to an earlier version ({@code link rel="irel:previousVersion"}).
 *
 * @param guid the referenced item's id ({@code residref}, ninjs {@code uri}), or null when only an href is given
 * @param version the referenced version, or null
 * @param href where the referenced item can be fetched, or null
 * @param type the referenced item's class ({@code picture}, {@code text}, ...), or null
 * @param title its title or headline as the reference repeats it, or null
 * @param description its description (a caption for a picture) as the reference repeats it, or null
 * @param role the group role or association name ({@code group:main}, {@code featureimage}), or null
 */
public record ItemRef(String guid, String version, String href, String type, String title, String description,
        String role) {

    public ItemRef {
        guid = FeedText.clean(guid);
        version = FeedText.clean(version);
        href = FeedText.clean(href);
        type = FeedText.clean(type);
        title = FeedText.clean(title);
        description = FeedText.clean(description);
        role = FeedText.clean(role);
    }
}
