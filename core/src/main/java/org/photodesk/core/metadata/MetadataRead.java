package org.photodesk.core.metadata;

import java.util.List;
import org.photodesk.core.photo.ImageInfo;
import org.photodesk.core.photo.ItemIdentity;
import org.photodesk.core.photo.PhotoMetadata;
import org.photodesk.core.photo.Problem;
import org.photodesk.core.photo.RawMetadata;

/**
 * What {@link MetadataReader} found in a file: its image header (null when the format is not recognised), the
 * merged metadata, the raw tags by source, every problem met on the way, and the agency's own identity of the
 * picture.
 */
public record MetadataRead(ImageInfo image, PhotoMetadata metadata, RawMetadata raw, List<Problem> problems,
        ItemIdentity identity) {

    /** A reading that found no item identity. */
    public MetadataRead(ImageInfo image, PhotoMetadata metadata, RawMetadata raw, List<Problem> problems) {
        this(image, metadata, raw, problems, ItemIdentity.NONE);
    }

    public MetadataRead {
        identity = identity == null ? ItemIdentity.NONE : identity;
        metadata = metadata == null ? PhotoMetadata.EMPTY : metadata;
        raw = raw == null ? RawMetadata.EMPTY : raw;
        problems = problems == null ? List.of() : List.copyOf(problems);
    }
}
