package org.photodesk.core.event;

/** The part a person or group plays in an event, as the text gives it. */
public enum Role {
    PERFORMER,
    ATHLETE,
    COACH,
    OFFICIAL,
    ORGANISER,
    PRESENTER,
    ACTOR,
    AUTHOR
}
