/**
 * Provenance: C2PA Content Credentials read from JPEG and PNG files and checked, IPTC digital source types in
 * words, and manifests removed from files that were modified.
 *
 * <p>Entry points: {@link org.photodesk.core.provenance.C2paReader#read} gives a
 * {@link org.photodesk.core.provenance.Provenance} (state, checks, generator, signer, actions, AI declaration,
 * problems); {@link org.photodesk.core.provenance.C2paStripper#strip} removes the manifest store before a modified
 * file is published; {@link org.photodesk.core.provenance.DigitalSourceType} labels the IPTC vocabulary and says
 * which terms are synthetic, for XMP {@code Iptc4xmpExt:DigitalSourceType} as well as for C2PA actions.
 * {@link org.photodesk.core.provenance.TrustAnchors} holds the certificates a signer must chain to for
 * {@code Verified} (none by default: everything valid is {@code Claimed}).
 */
package org.photodesk.core.provenance;
