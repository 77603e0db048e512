/**
 * Rights a picture desk must honour before anything is published: embargoes (read from IPTC IIM release date and
 * time, XMP {@code embargoDate}, NewsML-G2 {@code embargoed} and the agency's words), kills (an agency's withdrawal
 * or a desk's own), usage terms and restrictions. {@link org.photodesk.core.rights.Rights} reads a photo's
 * {@link org.photodesk.core.rights.RightsStatus}; the publisher refuses what it forbids, with or without force.
 */
package org.photodesk.core.rights;
