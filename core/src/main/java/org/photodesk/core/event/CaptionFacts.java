package org.photodesk.core.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.photodesk.core.article.Article;
import org.photodesk.core.caption.CaptionParse;
import org.photodesk.core.caption.CaptionParser;
import org.photodesk.core.photo.Photo;

/**
 * What each photo caption of a source says about where and when its picture was taken, read by the caption parser
 * (the same reading the caption checks use): where the pictures were taken is the majority of these, not a place
 * the text only mentions.
 */
final class CaptionFacts {

    /**
     * One caption's (or paragraph's) place and day; any may be null.
     *
     * @param key the photo key of a caption ({@code id#paragraph}), or {@code id#paragraph} of a text paragraph
     * @param weight how much it counts: a caption or a title 2, one of the first text paragraphs 1, later ones less
     */
    record Fact(String photoKey, String city, String country, String venue, LocalDate date, double weight) {}

    private static final CaptionParser PARSER = new CaptionParser();

    private CaptionFacts() {}

    static List<Fact> of(List<Article> articles, List<Photo> photos) {
        List<Fact> out = new ArrayList<>();
        for (Article a : articles) {
            if (a.title() != null) {
                out.add(fact(a.id() + "#title", PARSER.parse(a.title()), 2));
            }
            int textSeen = 0;
            for (org.photodesk.core.article.Paragraph p : a.paragraphs()) {
                if (p.isCaption()) {
                    out.add(fact(a.id() + "#" + p.index(), PARSER.parse(p.text()), 2));
                } else {
                    textSeen++;
                    CaptionParse parse = PARSER.parse(p.text());
                    // a paragraph printed with a photo credit is a caption, whatever form the outlet gave it
                    // ("Jane Roe/AP Feb. 7 | City, Country Rescuers ...")
                    boolean credited = parse.agency() != null || parse.photographer() != null;
                    out.add(fact(a.id() + "#" + p.index(), parse, credited ? 2 : textSeen <= 3 ? 1 : 0.5));
                }
            }
        }
        for (Photo p : photos) {
            String caption = p.metadata().caption();
            if (caption != null && !caption.isBlank()) {
                out.add(fact(Event.memberId(p), PARSER.parse(caption, p.metadata()), 2));
            }
        }
        return out;
    }

    private static Fact fact(String key, CaptionParse p, double weight) {
        return new Fact(key, p.city(), p.country(), p.venue(), p.date(), weight);
    }
}
