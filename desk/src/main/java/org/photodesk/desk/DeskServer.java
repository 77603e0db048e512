package org.photodesk.desk;

import org.photodesk.core.audit.AuditLog;
import org.photodesk.core.account.AccountAdmin;
import org.photodesk.core.account.AccountException;
import org.photodesk.core.account.Accounts;
import org.photodesk.core.account.Role;
import org.photodesk.core.account.User;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.SameSite;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desk in the browser and its JSON API: one Javalin server (virtual threads) over a {@link DeskPorts}, with
 * login sessions, roles, CSRF tokens, a login rate limit, the audit log, and one error mapper (HTML for browsers,
 * JSON {@code title}/{@code status}/{@code detail} for {@code /api}).
 */
public final class DeskServer implements AutoCloseable {

    /** How the server behaves: upload size limit, login rate limit, and whether cookies need HTTPS. */
    public record Settings(long maxUploadBytes, int loginFailures, Duration loginWindow, boolean secureCookies) {

        /** 200 MB uploads, 5 failed logins a minute, cookies over plain HTTP allowed (for localhost). */
        public static Settings defaults() {
            return new Settings(200L * 1024 * 1024, 5, Duration.ofMinutes(1), false);
        }
    }

    static final String SESSION_COOKIE = "pd_session";
    static final String LOGIN_COOKIE = "pd_login";
    static final String CSRF_HEADER = "X-CSRF-Token";
    /** The server-sent stream of library changes the contact sheet listens to ({@code /events} is the events list). */
    static final String CHANGES_STREAM = "/changes";
    private static final Logger LOG = LoggerFactory.getLogger(DeskServer.class);

    private final DeskService service;
    private final EventActions events;
    private final Accounts accounts;
    private final AccountAdmin admin;
    private final AuditLog audit;
    private final LoginLimiter limiter;
    private final ChangeFeed feed;
    private final Settings settings;
    private final Clock clock;
    private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final List<String> routes = new ArrayList<>();
    private Javalin app;

    public DeskServer(DeskPorts ports, Settings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.accounts = new Accounts(ports.accounts(), clock);
        this.audit = ports.audit();
        this.admin = new AccountAdmin(accounts, audit);
        this.limiter = new LoginLimiter(settings.loginFailures(), settings.loginWindow(), clock);
        this.service = new DeskService(ports, audit);
        this.events = new EventActions(ports.events(), audit);
        this.feed = new ChangeFeed(ports.store(), ports.index(), ports.changes(), ports.reindex());
    }

    /** Creates the admin account on first start; returns the password to show once, if it was created now. */
    public Optional<String> ensureAdmin(String password) {
        return accounts.ensureAdmin(password);
    }

    public Accounts accounts() {
        return accounts;
    }

    /** Now, by the server's clock. */
    java.time.Instant now() {
        return clock.instant();
    }

    /** The audited admin actions on accounts, as the users page and the API do them. */
    AccountAdmin admin() {
        return admin;
    }

    public AuditLog audit() {
        return audit;
    }

    /** Starts listening on {@code host}:{@code port} (0 picks a free port). */
    public DeskServer start(String host, int port) {
        app = Javalin.create(this::configure).start(host, port);
        feed.start();
        LOG.info("desk listening on http://{}:{}/", host, app.port());
        return this;
    }

    long maxUploadBytes() {
        return settings.maxUploadBytes();
    }

    public int port() {
        return app.port();
    }

    /** Every route registered, as {@code "METHOD /path"} with {@code {param}} placeholders. */
    public List<String> routes() {
        return List.copyOf(routes);
    }

    @Override
    public void close() {
        feed.close();
        if (app != null) {
            app.stop();
        }
    }

    private void configure(JavalinConfig cfg) {
        cfg.concurrency.useVirtualThreads = true;
        // Every body read whole (ctx.body(), forms, JSON) stops at this, sent in chunks or not; the file routes read
        // their streams with the upload limit instead (see Bodies), and multipart forms stop at the upload limit.
        cfg.http.maxRequestSize = FORM_BYTES;
        cfg.jetty.multipartConfig.maxTotalRequestSize(settings.maxUploadBytes(), io.javalin.config.SizeUnit.BYTES);
        cfg.jsonMapper(new JavalinJackson(json, true));
        cfg.staticFiles.enableWebjars();
        cfg.staticFiles.add(s -> {
            s.hostedPath = "/static";
            s.directory = "/web";
            s.location = Location.CLASSPATH;
        });
        cfg.routes.before(this::securityHeaders);
        cfg.routes.before(this::limitBody);
        cfg.routes.exception(DeskException.class, (e, ctx) -> problem(ctx, e.status(), e.title(), e.detail(),
                e.extensions()));
        cfg.routes.exception(AccountException.class, (e, ctx) -> problem(ctx, status(e), title(status(e)),
                e.getMessage()));
        cfg.routes.exception(HttpResponseException.class, (e, ctx) -> problem(ctx, e.getStatus(), title(e.getStatus()),
                e.getMessage() == null ? title(e.getStatus()) : e.getMessage()));
        cfg.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            problem(ctx, 500, "Server error", "The server could not do this: " + e.getClass().getSimpleName()
                    + ". The details are in the server log; try again, and report it if it happens again.");
        });
        cfg.routes.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                problem(ctx, 404, "Not found", "There is nothing at " + ctx.path() + ": check the address.");
            }
        });
        var r = new Router(cfg);
        new Pages(this, service, accounts, audit).register(r);
        new Api(this, service, accounts, audit, json, events).register(r);
        new EventPages(this, events, service).register(r);
        new TemplateRoutes(this, service).register(r);
        r.add(HandlerType.GET, "/login", null, this::loginPage);
        r.add(HandlerType.POST, "/login", null, this::login);
        r.add(HandlerType.POST, "/logout", Role.VIEWER, this::logout);
        r.add(HandlerType.GET, "/published/<path>", null, new PublishedFiles(service.ports().site()));
        cfg.routes.before(CHANGES_STREAM, ctx -> guard(ctx, HandlerType.GET, Role.VIEWER));
        cfg.routes.sse(CHANGES_STREAM, client -> feed.join(client, sinceParam(client.ctx())));
        routes.add("GET " + CHANGES_STREAM);
    }

    /** Registers routes with a role (null: public) and records them for {@link #routes()}. */
    final class Router {
        private final JavalinConfig cfg;

        Router(JavalinConfig cfg) {
            this.cfg = cfg;
        }

        /**
         * Adds a route; a GET route also answers HEAD through the same guard and handler (the server drops the
         * body), since Javalin would otherwise answer HEAD itself with 200 without asking either.
         */
        void add(HandlerType method, String path, Role role, Handler handler) {
            routes.add(method + " " + path.replace("<", "{").replace(">", "}"));
            cfg.routes.addHttpHandler(method, path, ctx -> {
                guard(ctx, method, role);
                handler.handle(ctx);
            });
            if (method == HandlerType.GET) {
                cfg.routes.addHttpHandler(HandlerType.HEAD, path, ctx -> {
                    guard(ctx, HandlerType.GET, role);
                    handler.handle(ctx);
                });
            }
        }
    }

    /** Checks login, role and CSRF token for a route that needs {@code role}; public routes pass. */
    private void guard(Context ctx, HandlerType method, Role role) {
        if (role == null) {
            return;
        }
        Accounts.Session s = session(ctx).orElseThrow(() -> new DeskException(401, "Login needed",
                "You are not logged in, or your session has expired: log in at /login."));
        if (!s.user().can(role)) {
            throw DeskException.forbidden("This needs the " + role.id() + " role; user '" + s.user().username()
                    + "' is a " + s.user().role().id() + ". Ask an admin if you need it.");
        }
        boolean safe = method == HandlerType.GET || method == HandlerType.HEAD || method == HandlerType.OPTIONS;
        if (!safe && !same(s.csrfToken(), csrfSent(ctx))) {
            throw new DeskException(403, "Missing CSRF token", "This request did not carry the page's CSRF token "
                    + "(form field _csrf or header " + CSRF_HEADER + "): reload the page and try again.");
        }
    }

    /** The session of this request's cookie, looked up once per request. */
    Optional<Accounts.Session> session(Context ctx) {
        Accounts.Session cached = ctx.attribute("desk.session");
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Accounts.Session> s = accounts.findSession(ctx.cookie(SESSION_COOKIE));
        s.ifPresent(x -> ctx.attribute("desk.session", x));
        return s;
    }

    /** The logged-in user; only call from a route with a role. */
    User user(Context ctx) {
        return session(ctx).orElseThrow(() -> new DeskException(401, "Login needed", "Log in at /login.")).user();
    }

    /** The page frame every template gets: title, user and CSRF token. */
    Page page(Context ctx, String title, String nav) {
        Accounts.Session s = session(ctx).orElse(null);
        return new Page(title, s == null ? null : s.user(), s == null ? "" : s.csrfToken(), nav);
    }

    private static String csrfSent(Context ctx) {
        String header = ctx.header(CSRF_HEADER);
        if (header != null) {
            return header;
        }
        String type = ctx.contentType() == null ? "" : ctx.contentType();
        return type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data")
                ? ctx.formParam("_csrf") : null;
    }

    static boolean same(String expected, String sent) {
        return expected != null && sent != null && !expected.isEmpty()
                && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }

    private void loginPage(Context ctx) {
        String token = ctx.cookie(LOGIN_COOKIE);
        if (token == null || token.length() < 20) {
            token = Accounts.sha256(java.util.UUID.randomUUID() + ":" + System.nanoTime());
            ctx.cookie(cookie(LOGIN_COOKIE, token, 3600));
        }
        render(ctx, "login.jte", Map.of("page", page(ctx, "Log in", "login"), "loginToken", token,
                "next", safeNext(ctx.queryParam("next")), "error", ""));
    }

    private void login(Context ctx) {
        String username = ctx.formParam("username");
        if (!same(ctx.cookie(LOGIN_COOKIE), ctx.formParam("_csrf"))) {
            throw new DeskException(403, "Missing CSRF token", "The login form has expired: reload the login page and try again.");
        }
        Accounts.Verdict verdict = logIn(ctx, username, ctx.formParam("password"));
        if (verdict instanceof Accounts.Verdict.Refused refused) {
            ctx.status(401);
            render(ctx, "login.jte", Map.of("page", page(ctx, "Log in", "login"), "loginToken", ctx.cookie(LOGIN_COOKIE),
                    "next", safeNext(ctx.formParam("next")), "error", refusal(refused.refusal())));
            return;
        }
        ctx.redirect(safeNext(ctx.formParam("next")));
    }

    /** The status that answers a refused account change: 400, 404 or 409. */
    static int status(AccountException e) {
        return switch (e.kind()) {
            case INVALID -> 400;
            case CONFLICT -> 409;
            case NOT_FOUND -> 404;
        };
    }

    /** What the one logging in is told: a disabled account is named only to someone who gave its right password. */
    static String refusal(Accounts.Refusal refusal) {
        return refusal == Accounts.Refusal.DISABLED
                ? "This account is disabled: ask an admin to enable it again."
                : "Wrong user name or password: check both and try again.";
    }

    /**
     * Checks a user name and password under the rate limits; on success sets the session cookie and audits the
     * login, on failure audits the name tried, the address and the reason (never the password). Throws 429 while
     * the limits hold the name or address back; those refusals are logged, not audited, so that a flood of them
     * cannot flood the audit log (the failure that starts a hold is audited, saying so).
     */
    Accounts.Verdict logIn(Context ctx, String username, String password) {
        String ip = ctx.ip();
        LoginLimiter.Hold hold = limiter.hold(ip, username);
        if (hold != LoginLimiter.Hold.NONE) {
            LOG.info("login for '{}' from {} refused: held back ({})", printable(username), ip, hold);
            throw tooManyFailures(hold);
        }
        Accounts.Verdict verdict = accounts.check(username, password);
        switch (verdict) {
            case Accounts.Verdict.Accepted accepted -> {
                limiter.succeeded(ip, username);
                Accounts.Session s = accounts.startSession(accepted.user());
                ctx.cookie(cookie(SESSION_COOKIE, s.token(), 12 * 3600));
                ctx.attribute("desk.session", s);
                audit.record(s.user().username(), "login", "user/" + s.user().username(), null, null, ip);
            }
            case Accounts.Verdict.Refused refused -> {
                LoginLimiter.Hold started = limiter.failed(ip, username);
                LOG.info("failed login for '{}' from {}: {}", printable(username), ip, refused.refusal().text());
                audit.record("(anonymous)", "login.failed", "user/" + printable(username), "reason", null,
                        refused.refusal().text() + " from " + ip + heldNow(started));
            }
        }
        return verdict;
    }

    private DeskException tooManyFailures(LoginLimiter.Hold hold) {
        LoginLimiter.Limits l = limiter.limits();
        String detail = switch (hold) {
            case PAIR -> "There were " + l.perPair() + " failed logins for this user from this address in the last "
                    + l.window().toSeconds() + " seconds: wait a minute, then try again.";
            case ADDRESS -> "There were " + l.perAddress() + " failed logins from this address in the last "
                    + l.window().toSeconds() + " seconds: wait a minute, then try again.";
            case USER, NONE -> "There were " + l.perUser() + " failed logins for this user from several addresses: "
                    + "logins for this user are paused for up to " + l.userLock().toMinutes() + " minutes, except "
                    + "from addresses it logged in from before. Wait, or ask an admin.";
        };
        return new DeskException(429, "Too many failed logins", detail);
    }

    private String heldNow(LoginLimiter.Hold started) {
        return switch (started) {
            case NONE -> "";
            case PAIR -> "; this name is now held back from this address";
            case ADDRESS -> "; this address is now held back";
            case USER -> "; this name is now locked for new addresses for " + limiter.limits().userLock().toMinutes()
                    + " minutes";
        };
    }

    /** A name someone typed, for the log and the audit log: control characters as '?', at most 100 characters. */
    static String printable(String name) {
        String s = name == null ? "" : name.strip();
        s = s.length() > 100 ? s.substring(0, 100) + "…" : s;
        return s.codePoints().map(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    void logOut(Context ctx) {
        accounts.endSession(ctx.cookie(SESSION_COOKIE));
        ctx.cookie(cookie(SESSION_COOKIE, "", 0));
    }

    private void logout(Context ctx) {
        logOut(ctx);
        ctx.redirect("/login");
    }

    private Cookie cookie(String name, String value, int maxAge) {
        return new Cookie(name, value, "/", maxAge, settings.secureCookies(), true, null, SameSite.STRICT);
    }

    /** Printable ASCII a path, query and fragment may hold, without the backslash, which browsers read as '/'. */
    private static final java.util.regex.Pattern PATH_CHARS = java.util.regex.Pattern.compile("[!#-\\[\\]-~]*");

    /**
     * Where to go after logging in: {@code next} when it is a path of this site, else {@code /}. Refused: anything
     * not starting with one '/', any character outside printable ASCII (browsers drop tabs and new lines, so
     * {@code /<TAB>/evil.example} would become {@code //evil.example}), backslashes, and paths that turn into one of
     * these once percent-decoded, however many times.
     */
    static String safeNext(String next) {
        if (next == null || next.length() > 2000 || !sitePath(next)) {
            return "/";
        }
        String decoded = next;
        for (int round = 0; round < 5 && decoded.contains("%"); round++) {
            String once = percentDecoded(decoded);
            if (once == null || !sitePath(once)) {
                return "/";
            }
            decoded = once;
        }
        return next;
    }

    private static boolean sitePath(String path) {
        return path.startsWith("/") && !path.startsWith("//") && PATH_CHARS.matcher(path).matches();
    }

    /** {@code text} with %XX decoded as UTF-8 (a '+' stays a '+'); null when that is not well formed. */
    private static String percentDecoded(String text) {
        try {
            return java.net.URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static long sinceParam(Context ctx) {
        try {
            return Long.parseLong(ctx.queryParam("since"));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The routes that take files; every other request body (forms, JSON, the login) is small. */
    static final java.util.Set<String> FILE_ROUTES = java.util.Set.of("/api/uploads", "/api/articles", "/articles");
    static final long FORM_BYTES = 1024 * 1024;

    /**
     * Refuses a large body before anyone is authenticated: one that says it is larger than the route takes, and, on
     * every route but those that take files, one sent in chunks (no length given) that turns out larger than 1 MB
     * as it is read (it is read here, once, to at most 1 MB plus one byte, and kept for the route). Otherwise anyone
     * could make the server hold an upload-sized body for a login form. The file routes read their bodies after the
     * login check, as streams cut at their own limits.
     */
    private void limitBody(Context ctx) {
        long length = ctx.contentLength();
        boolean files = FILE_ROUTES.contains(ctx.path());
        if (length > (files ? settings.maxUploadBytes() : FORM_BYTES)) {
            throw files ? Bodies.tooLarge(length, settings.maxUploadBytes(), "Send a smaller file or raise the limit.")
                    : formTooLarge(length + " bytes");
        }
        if (length < 0 && ctx.header("Transfer-Encoding") != null && !files) {
            if (ctx.isMultipartFormData()) {
                throw new DeskException(411, "Length required", "Send forms with a Content-Length: only "
                        + FILE_ROUTES + " take bodies sent in chunks.");
            }
            try {
                ctx.bodyAsBytes();
            } catch (HttpResponseException e) {
                if (e.getStatus() == 413) {
                    throw formTooLarge("more than " + FORM_BYTES + " bytes");
                }
                throw e;
            }
        }
    }

    private static DeskException formTooLarge(String size) {
        return new DeskException(413, "Request too large", "This request carries " + size + "; forms and API calls "
                + "are limited to " + FORM_BYTES / 1024 + " KB. Send photos to /api/uploads.");
    }

    /**
     * Headers on every answer: the content security policy, and {@code Cache-Control: no-store} on all but the
     * static files and published galleries, so that no page, picture or JSON a logged-in user saw stays in a
     * browser's or proxy's cache (the image routes keep their ETags: a client may still revalidate).
     */
    private void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", "default-src 'self'; img-src 'self' data: blob:; style-src 'self'; "
                + "script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "same-origin");
        String path = ctx.path();
        if (!path.startsWith("/static/") && !path.startsWith("/webjars/") && !path.startsWith("/published/")) {
            ctx.header("Cache-Control", "no-store");
        }
    }

    /** Renders template {@code name} with {@code model} as the response. */
    void render(Context ctx, String name, Map<String, ?> model) {
        var out = new StringOutput();
        templates.render(name, new HashMap<String, Object>(model), out);
        ctx.html(out.toString());
    }

    /** The one error mapper: JSON for the API, a redirect to login or an HTML page for browsers. */
    private void problem(Context ctx, int status, String title, String detail) {
        problem(ctx, status, title, detail, Map.of());
    }

    private void problem(Context ctx, int status, String title, String detail, Map<String, Object> extensions) {
        ctx.status(status);
        if (wantsJson(ctx)) {
            var body = new java.util.LinkedHashMap<String, Object>(extensions);
            body.put("title", title);
            body.put("status", status);
            body.put("detail", detail);
            ctx.contentType("application/problem+json");
            ctx.result(toJson(body));
        } else if (status == 401) {
            ctx.redirect("/login?next=" + java.net.URLEncoder.encode(ctx.path(), StandardCharsets.UTF_8));
        } else {
            BackLink back = BackLink.of(ctx.path());
            render(ctx, "error.jte", Map.of("page", page(ctx, title, "error"), "status", status, "title", title,
                    "detail", detail, "backHref", back.href(), "backLabel", back.label()));
            ctx.status(status);
        }
    }

    /**
     * Where an error page sends an editor back to: the gallery, photo or event the failed request was about (so a
     * form refused as stale leads straight to the page as it is now), else the contact sheet.
     */
    record BackLink(String href, String label) {

        private static final java.util.regex.Pattern ABOUT =
                java.util.regex.Pattern.compile("^/(galleries|photos|events)/(\\d{1,18})(?:/.*)?$");

        static BackLink of(String path) {
            var m = ABOUT.matcher(path == null ? "" : path);
            if (!m.matches()) {
                return new BackLink("/", "Back to the contact sheet");
            }
            String what = switch (m.group(1)) {
                case "galleries" -> "gallery";
                case "photos" -> "photo";
                default -> "event";
            };
            return new BackLink("/" + m.group(1) + "/" + m.group(2), "Open the " + what + " again, as it is now");
        }
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean wantsJson(Context ctx) {
        String accept = ctx.header("Accept") == null ? "" : ctx.header("Accept");
        return ctx.path().startsWith("/api/") || (accept.contains("application/json") && !accept.contains("text/html"));
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Bad request";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 409 -> "Conflict";
            case 413 -> "Too large";
            default -> "Error " + status;
        };
    }
}
