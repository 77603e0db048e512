package org.photodesk.core.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.photodesk.core.article.Article;
import org.photodesk.core.photo.Photo;

/**
 * One news event and the sources about it: articles and photos, grouped by {@link EventGrouper} or by an editor.
 *
 * <p>Rename, merge and split are pure: they return new events and leave this one as it was. Members are kept in a
 * stable order (articles by id, photos by id) so that the sheet built from an event is deterministic.
 *
 * @param id a stable identifier, kept by rename and by the first event of a merge
 * @param name the name editors see
 */
public record Event(String id, String name, List<Article> articles, List<Photo> photos) {

    public Event {
        Objects.requireNonNull(id, "id");
        name = name == null || name.isBlank() ? id : name.strip();
        articles = dedupe(articles, Article::id).stream().sorted(Comparator.comparing(Article::id)).toList();
        photos = dedupe(photos, Event::memberId).stream().sorted(Comparator.comparingLong(Photo::id)).toList();
    }

    /** The member id of a photo, as used by {@link #split}: {@code photo:<id>}. */
    public static String memberId(Photo photo) {
        return "photo:" + photo.id();
    }

    /** The ids of every member: article ids and {@code photo:<id>} for photos. */
    public List<String> memberIds() {
        List<String> ids = new ArrayList<>(articles.stream().map(Article::id).toList());
        photos.forEach(p -> ids.add(memberId(p)));
        return ids;
    }

    /** This event with another name. */
    public Event renamed(String newName) {
        return new Event(id, newName, articles, photos);
    }

    /** This event and {@code other} as one: this event's id and name, the members of both. */
    public Event mergedWith(Event other) {
        List<Article> a = new ArrayList<>(articles);
        a.addAll(other.articles());
        List<Photo> p = new ArrayList<>(photos);
        p.addAll(other.photos());
        return new Event(id, name, a, p);
    }

    /**
     * Moves the members whose ids are in {@code memberIds} to a new event called {@code newName}; the rest stays.
     * Unknown ids are ignored. The new event's id is this id, "/", and the new name made into a slug.
     */
    public Split split(Set<String> memberIds, String newName) {
        Event kept = new Event(id, name,
                articles.stream().filter(a -> !memberIds.contains(a.id())).toList(),
                photos.stream().filter(p -> !memberIds.contains(memberId(p))).toList());
        Event moved = new Event(id + "/" + slug(newName), newName,
                articles.stream().filter(a -> memberIds.contains(a.id())).toList(),
                photos.stream().filter(p -> memberIds.contains(memberId(p))).toList());
        return new Split(kept, moved);
    }

    /** The two events a split gives: the one that keeps the id, and the new one. */
    public record Split(Event kept, Event moved) {}

    static String slug(String s) {
        String slug = java.text.Normalizer.normalize(s == null ? "" : s, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        return slug.isEmpty() ? "event" : slug;
    }

    private static <T> List<T> dedupe(List<T> items, java.util.function.Function<T, String> key) {
        Map<String, T> byKey = new LinkedHashMap<>();
        if (items != null) {
            items.forEach(i -> byKey.putIfAbsent(key.apply(i), i));
        }
        return List.copyOf(byKey.values());
    }
}
