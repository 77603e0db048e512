package org.photodesk.core.article;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.photodesk.core.photo.Problem;

/**
 * An article or photo gallery as read from text, HTML or RSS: its title, date, paragraphs and the photo captions
 * found among them, with the problems met while reading it.
 *
 * <p>Offsets of paragraphs and captions point into {@link #text()}, the paragraphs joined by blank lines.
 *
 * @param id the source's identifier (a file name, a URL, an RSS guid), used to cite it
 * @param title the headline, or null when none could be found
 * @param date the date the source gives (publication date), or null when absent or invalid
 * @param intro the text paragraphs that introduce the gallery (see {@link ArticleReader} for the rule)
 * @param paragraphs every paragraph of the body in order, captions included, the title excluded
 * @param photoCaptions the paragraphs that are photo captions, in order
 */
public record Article(
        String id,
        String title,
        LocalDate date,
        List<Paragraph> intro,
        List<Paragraph> paragraphs,
        List<PhotoCaption> photoCaptions,
        List<Problem> problems) {

    /** The separator between paragraphs in {@link #text()}. */
    public static final String PARAGRAPH_SEPARATOR = "\n\n";

    public Article {
        Objects.requireNonNull(id, "id");
        title = title == null || title.isBlank() ? null : title;
        intro = intro == null ? List.of() : List.copyOf(intro);
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
        photoCaptions = photoCaptions == null ? List.of() : List.copyOf(photoCaptions);
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    /** The body: every paragraph's text joined by a blank line; paragraph and caption offsets point into it. */
    public String text() {
        return paragraphs.stream().map(Paragraph::text).collect(Collectors.joining(PARAGRAPH_SEPARATOR));
    }

    /** The text paragraphs (not captions), in order. */
    public List<Paragraph> textParagraphs() {
        return paragraphs.stream().filter(p -> !p.isCaption()).toList();
    }
}
