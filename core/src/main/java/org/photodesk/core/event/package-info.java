/**
 * Events: articles and photos grouped by day, venue, city, names and IPTC Event
 * ({@link org.photodesk.core.event.EventGrouper}); pure rename, merge and split on
 * {@link org.photodesk.core.event.Event}; and the {@link org.photodesk.core.event.EventSheet}, which lays what the
 * sources say side by side, every item citing its sentence (source id, sentence, offsets).
 *
 * <p>Names are capitalised-word sequences; roles come from a small lexicon of role nouns ("pianist", "Actor",
 * "president"), verbs ("performs", "scored") and lists ("stars like A, B and C"). Spellings merge by diacritics and
 * case folding, or by one edit in one word when the frequency shows which is the typo; they never merge when both
 * appear in one sentence or their roles do not overlap. Figures keep their qualifiers and are compared two by two,
 * never merged. The word lists live in {@code Lexicon}.
 */
package org.photodesk.core.event;
