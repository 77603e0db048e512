/**
 * Articles and photo galleries read from plain text (the seeds' {@code date YYYY-MM-DD} form), HTML and RSS 2.0:
 * title, date, intro, paragraphs and the photo captions among them, each caption's credit split into agency and
 * photographer. Readers never throw on bad input; what is wrong is a {@link org.photodesk.core.photo.Problem}.
 *
 * <p>Decisions: when a plain-text first line holds a caption (it ends in a credit), the title is the longest run of
 * words at its start that the caption's slug repeats (Reuters galleries: "Ceremonies - Paris 2024 Closing
 * Ceremony"); otherwise the title is the line's first sentence (AP galleries). The intro is the text paragraphs
 * before the first caption, or after a lead caption. {@link org.photodesk.core.article.CaptionCredit} is a minimal
 * credit splitter, meant to be replaced by the caption package's parser.
 */
package org.photodesk.core.article;
