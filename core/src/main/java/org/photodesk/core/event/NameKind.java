package org.photodesk.core.event;

/** What a name names: a person, a group (band, team), a place, or not known from the text. */
public enum NameKind {
    PERSON,
    GROUP,
    PLACE,
    UNKNOWN
}
