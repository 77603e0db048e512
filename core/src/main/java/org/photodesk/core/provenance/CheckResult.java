package org.photodesk.core.provenance;

/** The outcome of one provenance check: it passed, it failed, or it could not be made here. */
public enum CheckResult {
    PASSED, FAILED, NOT_CHECKED
}
