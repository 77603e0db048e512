package org.photodesk.app.web;

/**
 * An HTTP error with a short title and a detail sentence that says what is wrong and how to fix it; the one
 * error mapper renders it as an HTML page for browsers and as JSON ({@code title}, {@code status}, {@code detail})
 * for the API.
 */
public final class DeskException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final int status;
    private final String title;

    public DeskException(int status, String title, String detail) {
        super(detail);
        this.status = status;
        this.title = title;
    }

    public static DeskException badRequest(String detail) {
        return new DeskException(400, "Bad request", detail);
    }

    public static DeskException notFound(String detail) {
        return new DeskException(404, "Not found", detail);
    }

    public static DeskException forbidden(String detail) {
        return new DeskException(403, "Forbidden", detail);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }
}
