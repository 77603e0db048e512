package org.photodesk.desk;

/**
 * An HTTP error with a short title and a detail sentence that says what is wrong and how to fix it; the one
 * error mapper renders it as an HTML page for browsers and as JSON ({@code title}, {@code status}, {@code detail})
 * for the API.
 */
public class DeskException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final int status;
    private final String title;
    private final transient java.util.Map<String, Object> extensions;

    public DeskException(int status, String title, String detail) {
        this(status, title, detail, java.util.Map.of());
    }

    /** An error whose JSON answer also carries {@code extensions}, such as the problems that refused a publish. */
    public DeskException(int status, String title, String detail, java.util.Map<String, Object> extensions) {
        super(detail);
        this.status = status;
        this.title = title;
        this.extensions = java.util.Map.copyOf(extensions);
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

    /** Members the API's JSON answer carries besides {@code title}, {@code status} and {@code detail}. */
    public java.util.Map<String, Object> extensions() {
        return extensions;
    }
}
