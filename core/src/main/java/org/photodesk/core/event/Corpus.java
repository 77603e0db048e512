package org.photodesk.core.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.photodesk.core.article.Article;
import org.photodesk.core.article.CaptionCredit;
import org.photodesk.core.article.Paragraph;
import org.photodesk.core.article.PhotoCaption;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.PhotoMetadata;

/** The sentences of an event's sources, in a stable order, and the words they use in lower case. */
final class Corpus {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+(?:['’][\\p{L}]+)?");

    private final List<Unit> units;
    private final Set<String> lowerWords;

    Corpus(List<Article> articles, List<Photo> photos) {
        List<Unit> all = new ArrayList<>();
        articles.forEach(a -> addArticle(all, a));
        photos.forEach(p -> addPhoto(all, p));
        this.units = List.copyOf(all);
        this.lowerWords = lowerWords(all);
    }

    List<Unit> units() {
        return units;
    }

    /** Whether {@code word} is written in lower case somewhere in the corpus (so it is a common word). */
    boolean seenLowerCase(String word) {
        return lowerWords.contains(word.toLowerCase(Locale.ROOT));
    }

    private static void addArticle(List<Unit> out, Article a) {
        if (a.title() != null) {
            out.add(titleUnit(a));
        }
        for (Paragraph p : a.paragraphs()) {
            PhotoCaption caption = a.photoCaptions().stream().filter(c -> c.paragraph() == p.index()).findFirst()
                    .orElse(null);
            String text = caption == null ? p.text() : caption.description();
            int base = p.start() + Math.max(0, caption == null ? 0 : p.text().indexOf(text));
            String photoKey = caption == null ? null : a.id() + "#" + p.index();
            for (Sentences.Span s : Sentences.split(text)) {
                out.add(new Unit(a.id(), p.index(), s.text(), base + s.start(), caption != null,
                        caption == null ? null : caption.photographer(), caption == null ? null : caption.agency(),
                        photoKey, s.start() == 0));
            }
        }
    }

    private static Unit titleUnit(Article a) {
        return new Unit(a.id(), -1, a.title(), 0, false, null, null, null, true);
    }

    private static void addPhoto(List<Unit> out, Photo photo) {
        PhotoMetadata m = photo.metadata();
        String key = Event.memberId(photo);
        String caption = m.caption() == null ? "" : m.caption();
        var credit = CaptionCredit.find(caption);
        String text = credit.map(CaptionCredit::description).orElse(caption);
        String photographer = m.byline().isEmpty() ? credit.map(CaptionCredit::photographer).orElse(null)
                : m.byline().getFirst();
        String agency = photo.agency() != null ? photo.agency() : credit.map(CaptionCredit::agency).orElse(null);
        int base = Math.max(0, caption.indexOf(text));
        for (Sentences.Span s : Sentences.split(text)) {
            out.add(new Unit(key, -1, s.text(), base + s.start(), true, photographer, agency, key, s.start() == 0));
        }
        if (text.isBlank()) {
            out.add(new Unit(key, -1, "", 0, true, photographer, agency, key, true));
        }
    }

    private static Set<String> lowerWords(List<Unit> units) {
        Set<String> out = new HashSet<>();
        for (Unit u : units) {
            Matcher m = WORD.matcher(u.text());
            while (m.find()) {
                String w = m.group();
                if (Character.isLowerCase(w.charAt(0))) {
                    out.add(w.toLowerCase(Locale.ROOT));
                }
            }
        }
        return out;
    }
}
