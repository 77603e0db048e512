/**
 * Text understanding shared by captions and events: the GeoNames gazetteer ({@link org.photodesk.core.text.Geo}),
 * the folding that makes spellings meet, and linear scanners over user text (dates, capitalised runs) that never
 * use a backtracking regular expression on the text itself.
 */
package org.photodesk.core.text;
