package org.photodesk.core.feed;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.photodesk.core.photo.Problem;

/**
 * A small element tree read from untrusted XML with StAX: no DTD (a DOCTYPE is refused, so neither external entities
 * nor entity expansion can happen), no external access, a depth and an element count bound. Namespaces are dropped:
 * NewsML-G2 readers match local names, as lenient receivers of the format do.
 */
final class XmlTree {

    static final int MAX_DEPTH = 64;
    static final int MAX_ELEMENTS = 200_000;

    private XmlTree() {}

    /** One element: local name, attributes by local name, children in order, and its own text (not its children's). */
    record El(String name, Map<String, String> attributes, List<El> children, String ownText) {

        /** An attribute's value, or null. */
        String attr(String attribute) {
            return attributes.get(attribute);
        }

        /** Children with the given local name, in order. */
        Stream<El> all(String child) {
            return children.stream().filter(c -> c.name.equals(child));
        }

        /** The first child with the given local name. */
        Optional<El> first(String child) {
            return all(child).findFirst();
        }

        /** The first child with the given local name that satisfies the test. */
        Optional<El> first(String child, Predicate<El> test) {
            return all(child).filter(test).findFirst();
        }

        /** The first child's text, or null. */
        String text(String child) {
            return first(child).map(El::text).orElse(null);
        }

        /** All text inside this element, children's included (inline markup in a description). */
        String text() {
            if (children.isEmpty()) {
                return ownText;
            }
            StringBuilder out = new StringBuilder();
            appendText(this, out);
            return out.toString();
        }

        private static void appendText(El el, StringBuilder out) {
            out.append(el.ownText);
            for (El c : el.children) {
                out.append(' ');
                appendText(c, out);
            }
        }
    }

    /** The parsed root, or the reason there is none. */
    record Parsed(El root, List<Problem> problems) {}

    /** Reads the bytes; never throws. */
    static Parsed parse(byte[] bytes) {
        List<Problem> problems = new ArrayList<>();
        try {
            XMLStreamReader reader = factory().createXMLStreamReader(new ByteArrayInputStream(bytes));
            try {
                return new Parsed(build(reader, problems), problems);
            } finally {
                reader.close();
            }
        } catch (XMLStreamException | RuntimeException e) {
            problems.add(Problem.of("feed.xml.malformed", "the XML could not be read (" + oneLine(e)
                    + "): ask the sender for a complete, well-formed file"));
            return new Parsed(null, problems);
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXMLResolver((publicId, systemId, base, ns) -> {
            throw new XMLStreamException("external resource " + systemId + " refused");
        });
        return f;
    }

    private static El build(XMLStreamReader r, List<Problem> problems) throws XMLStreamException {
        Deque<Builder> open = new ArrayDeque<>();
        El root = null;
        int elements = 0;
        int skipDepth = 0;
        while (r.hasNext()) {
            int event = r.next();
            switch (event) {
                case XMLStreamConstants.DTD -> {
                    problems.add(Problem.of("feed.xml.doctype", "the XML declares a DOCTYPE, which NewsML-G2 never"
                            + " needs and which could expand entities: refused; ask the sender to drop it"));
                    return null;
                }
                case XMLStreamConstants.ENTITY_REFERENCE -> {
                    problems.add(Problem.of("feed.xml.entity", "the XML uses the undeclared entity &"
                            + r.getLocalName() + ";: refused"));
                    return null;
                }
                case XMLStreamConstants.START_ELEMENT -> {
                    if (skipDepth > 0 || open.size() >= MAX_DEPTH) {
                        if (skipDepth++ == 0) {
                            problems.add(Problem.of("feed.xml.depth", "elements nested deeper than " + MAX_DEPTH
                                    + " levels were skipped"));
                        }
                        continue;
                    }
                    if (++elements > MAX_ELEMENTS) {
                        problems.add(Problem.of("feed.xml.size", "the XML holds more than " + MAX_ELEMENTS
                                + " elements; the rest was not read: split the feed into smaller documents"));
                        return open.isEmpty() ? root : open.peekLast().build();
                    }
                    open.push(new Builder(r));
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    if (skipDepth > 0) {
                        skipDepth--;
                        continue;
                    }
                    El done = open.pop().build();
                    if (open.isEmpty()) {
                        root = done;
                    } else {
                        open.peek().children.add(done);
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (skipDepth == 0 && !open.isEmpty()) {
                        open.peek().text.append(r.getText());
                    }
                }
                default -> { }
            }
        }
        return root;
    }

    private static String oneLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        m = m.replaceAll("\\s+", " ").strip();
        return m.length() > 200 ? m.substring(0, 200) + "..." : m;
    }

    private static final class Builder {
        final String name;
        final Map<String, String> attributes = new LinkedHashMap<>();
        final List<El> children = new ArrayList<>();
        final StringBuilder text = new StringBuilder();

        Builder(XMLStreamReader r) {
            name = r.getLocalName();
            for (int i = 0; i < r.getAttributeCount(); i++) {
                attributes.putIfAbsent(r.getAttributeLocalName(i), r.getAttributeValue(i));
            }
        }

        El build() {
            return new El(name, Map.copyOf(attributes), List.copyOf(children), text.toString());
        }
    }
}
