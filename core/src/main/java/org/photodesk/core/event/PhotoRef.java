package org.photodesk.core.event;

import java.util.Objects;

/**
 * A photo of the event, by its caption: in an article ({@code sourceId#paragraph}) or in the library
 * ({@code photo:<id>}).
 *
 * @param photo the photo's key
 * @param photographer the photographer the credit names, or null
 * @param agency the agency, or null
 */
public record PhotoRef(String photo, String sourceId, String photographer, String agency) {

    public PhotoRef {
        Objects.requireNonNull(photo, "photo");
        Objects.requireNonNull(sourceId, "sourceId");
    }
}
