package org.photodesk.core.article;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.photodesk.core.photo.Problem;

/**
 * Reads articles and photo galleries from plain text (the seeds' form), HTML and RSS 2.0 into {@link Article}s,
 * never throwing on bad input: what is wrong becomes a {@link Problem}.
 *
 * <p>Plain text: the first line is {@code date YYYY-MM-DD} and may carry the title, and even the first caption, on
 * the same line; paragraphs are separated by blank lines. The title is decided so:
 * <ol>
 *   <li>when the first line ends in a credit (it holds a caption), the title is the longest run of words at its
 *       start that the caption repeats (Reuters' slug "Event - Category - Title - Venue..." repeats the gallery
 *       title), and the rest is the lead caption;
 *   <li>otherwise the title is the first sentence of the first line and the rest of the line is the first
 *       paragraph.
 * </ol>
 * A caption is a paragraph that ends in an agency credit (see {@link CaptionCredit}), or an HTML figcaption, or an
 * RSS {@code media:content} description. The intro is the text paragraphs before the first caption; when the body
 * opens with a lead photo's caption, those following that caption up to the next one.
 */
public final class ArticleReader {

    private static final Pattern DATE_LINE =
            Pattern.compile("^date\\s+(\\S+)\\s*(.*)$", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern FIRST_SENTENCE = Pattern.compile("^(.+?[.!?])\\s+(?=[\\p{Lu}\"“‘'])", Pattern.DOTALL);
    private static final Pattern BLANK_LINE = Pattern.compile("\\n\\s*\\n");
    private static final int MIN_TITLE_CHARS = 8;

    /** One paragraph before offsets are assigned; {@code caption} is true when the format says so. */
    private record Block(String text, boolean caption) {}

    /** The title and the rest of the first line of a plain-text article. */
    private record Head(String title, String rest) {}

    /** The largest article read, in bytes (and characters): a gallery page is a few hundred kilobytes. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;

    /**
     * Why the bytes of a file cannot be an article, if they cannot: larger than {@link #MAX_BYTES}, or binary (a
     * NUL byte, or more than 5 % control characters or invalid UTF-8 in the first 64 KB).
     */
    public static Optional<Problem> refusal(String id, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            return Optional.of(Problem.of("article.too-large", "article '" + id + "' is " + (bytes.length >> 20)
                    + " MB; articles over " + (MAX_BYTES >> 20) + " MB are refused: save the page without its "
                    + "embedded media, or split it"));
        }
        int n = Math.min(bytes.length, 64 * 1024);
        String head = new String(bytes, 0, n, StandardCharsets.UTF_8);
        return binary(head) ? Optional.of(binaryProblem(id)) : Optional.empty();
    }

    private static Problem binaryProblem(String id) {
        return Problem.of("article.binary", "article '" + id + "' is not text (it holds binary data): import a "
                + "plain-text, HTML or RSS file");
    }

    private static boolean binary(String head) {
        int bad = 0;
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            if (c == 0) {
                return true;
            }
            if (c == '\uFFFD' || Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                bad++;
            }
        }
        return head.length() > 0 && bad * 20 > head.length();
    }

    /** Reads {@code content}, guessing its format: RSS, HTML or plain text. */
    public List<Article> read(String id, String content) {
        if (content != null && (content.length() > MAX_BYTES
                || binary(content.substring(0, Math.min(content.length(), 64 * 1024))))) {
            Problem p = content.length() > MAX_BYTES ? Problem.of("article.too-large", "article '" + id
                    + "' is over " + (MAX_BYTES >> 20) + " MB; articles that large are refused") : binaryProblem(id);
            return List.of(new Article(id, null, null, List.of(), List.of(), List.of(), List.of(p)));
        }
        String s = content == null ? "" : content.strip();
        String start = s.substring(0, Math.min(s.length(), 512)).toLowerCase(Locale.ROOT);
        if (start.contains("<rss") || start.startsWith("<?xml") && s.contains("<item")) {
            return readRss(id, s);
        }
        if (start.startsWith("<")) {
            return List.of(readHtml(id, s));
        }
        return List.of(readText(id, s));
    }

    /** Reads the seeds' plain-text form: {@code date YYYY-MM-DD} then the text. */
    public Article readText(String id, String text) {
        List<Problem> problems = new ArrayList<>();
        List<String> blocks = blocks(text == null ? "" : text);
        if (blocks.isEmpty()) {
            problems.add(Problem.of("article.empty", "article '" + id + "' has no text: give it at least a date line and a title"));
            return new Article(id, null, null, List.of(), List.of(), List.of(), problems);
        }
        String first = blocks.getFirst();
        LocalDate date = null;
        Matcher dm = DATE_LINE.matcher(first);
        if (dm.matches()) {
            date = parseIsoDate(dm.group(1), id, problems);
            first = dm.group(2).strip();
        } else {
            problems.add(Problem.of("article.date.missing",
                    "article '" + id + "' does not start with 'date YYYY-MM-DD': add the publication date as its first line"));
        }
        List<Block> body = new ArrayList<>();
        String title = null;
        if (first.isEmpty() && blocks.size() > 1) {
            title = blocks.get(1);
            blocks = blocks.subList(1, blocks.size());
        } else {
            Head head = splitHead(first);
            title = head.title();
            if (!head.rest().isEmpty()) {
                body.add(new Block(head.rest(), false));
            }
        }
        blocks.stream().skip(1).forEach(b -> body.add(new Block(b, false)));
        if (title == null || title.isBlank()) {
            problems.add(Problem.of("article.title.missing", "article '" + id + "' has no title: put it after the date"));
        }
        return assemble(id, title, date, body, problems);
    }

    /** Reads an HTML page: the {@code h1} (or og:title, or title) and the {@code p} and {@code figcaption} elements. */
    public Article readHtml(String id, String html) {
        List<Problem> problems = new ArrayList<>();
        Document doc = Jsoup.parse(html == null ? "" : html);
        String title = firstText(doc, "h1")
                .or(() -> attr(doc, "meta[property=og:title]", "content"))
                .or(() -> Optional.of(doc.title()).filter(t -> !t.isBlank()))
                .orElse(null);
        LocalDate date = attr(doc, "time[datetime]", "datetime")
                .or(() -> attr(doc, "meta[property=article:published_time]", "content"))
                .or(() -> attr(doc, "meta[name=date]", "content"))
                .or(() -> attr(doc, "meta[itemprop=datePublished]", "content"))
                .map(d -> parseIsoDate(d.length() >= 10 ? d.substring(0, 10) : d, id, problems))
                .orElse(null);
        if (date == null && problems.isEmpty()) {
            problems.add(Problem.of("article.date.missing",
                    "HTML article '" + id + "' has no <time datetime> or article:published_time: add one"));
        }
        if (title == null) {
            problems.add(Problem.of("article.title.missing", "HTML article '" + id + "' has no h1, og:title or title"));
        }
        return assemble(id, title, date, htmlBlocks(doc.body()), problems);
    }

    /** Reads an RSS 2.0 feed: one article per {@code item}; media:content descriptions become captions. */
    public List<Article> readRss(String id, String xml) {
        Document doc = Jsoup.parse(xml == null ? "" : xml, "", Parser.xmlParser());
        List<Article> out = new ArrayList<>();
        int n = 0;
        for (Element item : doc.select("item")) {
            out.add(readItem(item, id + "#" + ++n));
        }
        if (out.isEmpty()) {
            List<Problem> problems = List.of(Problem.of("rss.no-items", "feed '" + id + "' has no <item>: is it RSS 2.0?"));
            return List.of(new Article(id, null, null, List.of(), List.of(), List.of(), problems));
        }
        return out;
    }

    private Article readItem(Element item, String fallbackId) {
        List<Problem> problems = new ArrayList<>();
        String itemId = firstText(item, "guid").or(() -> firstText(item, "link")).orElse(fallbackId);
        String title = firstText(item, "title").orElse(null);
        LocalDate date = firstText(item, "pubDate").map(d -> parseRssDate(d, itemId, problems)).orElse(null);
        String content = wholeText(item, "content|encoded").or(() -> wholeText(item, "description")).orElse("");
        List<Block> body = new ArrayList<>(content.contains("<")
                ? htmlBlocks(Jsoup.parseBodyFragment(content).body())
                : blocks(content).stream().map(b -> new Block(b, false)).toList());
        for (Element media : item.select("media|content")) {
            String description = firstText(media, "media|description").orElse("");
            String credit = firstText(media, "media|credit").orElse("");
            String caption = description.contains(credit) ? description : (description + " " + credit).strip();
            if (!caption.isEmpty()) {
                body.add(new Block(caption, true));
            }
        }
        return assemble(itemId, title, date, body, problems);
    }

    /**
     * The {@code p} and {@code figcaption} elements in document order, in one walk of the tree (a paragraph inside a
     * figcaption is part of the caption): linear in the page, however deep its nesting.
     */
    private static List<Block> htmlBlocks(Element root) {
        List<Block> out = new ArrayList<>();
        int[] captionDepth = {0};
        org.jsoup.select.NodeTraversor.traverse(new org.jsoup.select.NodeVisitor() {
            @Override
            public void head(org.jsoup.nodes.Node node, int depth) {
                if (node instanceof Element el) {
                    boolean caption = el.tagName().equals("figcaption");
                    if (captionDepth[0] == 0 && (caption || el.tagName().equals("p"))) {
                        String text = el.text().strip();
                        if (!text.isEmpty()) {
                            out.add(new Block(text, caption));
                        }
                    }
                    if (caption) {
                        captionDepth[0]++;
                    }
                }
            }

            @Override
            public void tail(org.jsoup.nodes.Node node, int depth) {
                if (node instanceof Element el && el.tagName().equals("figcaption")) {
                    captionDepth[0]--;
                }
            }
        }, root);
        if (out.isEmpty() && !root.text().isBlank()) {
            out.add(new Block(root.text().strip(), false));
        }
        return out;
    }

    private static Article assemble(String id, String title, LocalDate date, List<Block> blocks, List<Problem> problems) {
        List<Paragraph> paragraphs = new ArrayList<>();
        List<PhotoCaption> captions = new ArrayList<>();
        int offset = 0;
        for (Block b : blocks) {
            int index = paragraphs.size();
            Optional<CaptionCredit> credit = CaptionCredit.find(b.text());
            boolean caption = b.caption() || credit.isPresent();
            paragraphs.add(new Paragraph(index, b.text(), offset, offset + b.text().length(), caption));
            if (caption) {
                captions.add(credit.map(c -> new PhotoCaption(index, b.text(), c.description(), c.credit(), c.agency(),
                                c.photographer(), paragraphs.get(index).start()))
                        .orElseGet(() -> new PhotoCaption(index, b.text(), b.text(), null, null, null,
                                paragraphs.get(index).start())));
            }
            offset += b.text().length() + Article.PARAGRAPH_SEPARATOR.length();
        }
        return new Article(id, title == null ? null : title.strip(), date, intro(paragraphs), paragraphs, captions, problems);
    }

    private static List<Paragraph> intro(List<Paragraph> paragraphs) {
        int i = 0;
        while (i < paragraphs.size() && paragraphs.get(i).isCaption()) {
            i++;
        }
        List<Paragraph> out = new ArrayList<>();
        while (i < paragraphs.size() && !paragraphs.get(i).isCaption()) {
            out.add(paragraphs.get(i++));
        }
        return out;
    }

    /** Splits the first line into title and rest; see the class comment for the rule. */
    static Head splitHead(String line) {
        if (CaptionCredit.find(line).isPresent()) {
            Optional<String> repeated = repeatedPrefix(line);
            if (repeated.isPresent()) {
                return new Head(repeated.get(), line.substring(repeated.get().length()).strip());
            }
        }
        Matcher m = FIRST_SENTENCE.matcher(line);
        if (m.find()) {
            return new Head(m.group(1).strip(), line.substring(m.end()).strip());
        }
        return new Head(line, "");
    }

    /** The longest run of at least two words at the start of {@code line} that occurs again later in it. */
    private static Optional<String> repeatedPrefix(String line) {
        List<Integer> ends = new ArrayList<>();
        Matcher word = Pattern.compile("\\S+").matcher(line);
        while (word.find()) {
            ends.add(word.end());
        }
        for (int k = ends.size() / 2; k >= 2; k--) {
            String prefix = line.substring(0, ends.get(k - 1));
            int again = line.indexOf(prefix, prefix.length());
            boolean boundary = again > 0 && !Character.isLetterOrDigit(line.charAt(again - 1))
                    && (again + prefix.length() == line.length()
                            || !Character.isLetterOrDigit(line.charAt(again + prefix.length())));
            if (boundary && prefix.length() >= MIN_TITLE_CHARS) {
                return Optional.of(prefix);
            }
        }
        return Optional.empty();
    }

    private static List<String> blocks(String text) {
        String s = text.replace("\uFEFF", "").replace("\r\n", "\n").replace('\r', '\n');
        List<String> out = new ArrayList<>();
        for (String block : BLANK_LINE.split(s)) {
            String joined = block.strip().replaceAll("\\s*\\n\\s*", " ");
            if (!joined.isEmpty()) {
                out.add(joined);
            }
        }
        return out;
    }

    private static LocalDate parseIsoDate(String value, String id, List<Problem> problems) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(Problem.of("article.date.invalid",
                    "article '" + id + "' has date '" + value + "', not a YYYY-MM-DD date: write it as 2024-08-12"));
            return null;
        }
    }

    private static LocalDate parseRssDate(String value, String id, List<Problem> problems) {
        try {
            return OffsetDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
        } catch (DateTimeParseException e) {
            String v = value.strip();
            return parseIsoDate(v.length() >= 10 ? v.substring(0, 10) : v, id, problems);
        }
    }

    private static Optional<String> firstText(Element root, String css) {
        Element el = root.selectFirst(css);
        return el == null ? Optional.empty() : Optional.of(el.text().strip()).filter(t -> !t.isEmpty());
    }

    private static Optional<String> wholeText(Element root, String css) {
        Element el = root.selectFirst(css);
        return el == null ? Optional.empty() : Optional.of(el.wholeText().strip()).filter(t -> !t.isEmpty());
    }

    private static Optional<String> attr(Element root, String css, String attr) {
        Element el = root.selectFirst(css);
        return el == null ? Optional.empty() : Optional.of(el.attr(attr).strip()).filter(t -> !t.isEmpty());
    }
}
