package de.msh.funding.statement.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * A streaming XML reader for files from outside: no DTD, no entities, bounded size, depth and text length. Bank files
 * never need a DTD, so any DOCTYPE is refused outright rather than trusting parser settings alone to defuse it.
 */
final class GuardedXml implements AutoCloseable {

    /** Elements that repeat by design get an index in paths even when they occur once. */
    private static final Set<String> INDEXED = Set.of("Stmt", "Bal", "Ntry", "TxDtls", "Ustrd", "Strd");

    private final CappedInputStream input;
    private final XMLStreamReader reader;
    private int depth;
    private int elements;

    private GuardedXml(CappedInputStream input, XMLStreamReader reader) {
        this.input = input;
        this.reader = reader;
    }

    static GuardedXml open(InputStream in) {
        CappedInputStream input = new CappedInputStream(in, StatementLimits.MAX_BYTES);
        // The JDK's own parser, so that a StAX implementation elsewhere on the classpath cannot change these rules.
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        try {
            return new GuardedXml(input, factory.createXMLStreamReader(XmlEncoding.reader(input)));
        } catch (XMLStreamException e) {
            throw unreadable(e, input);
        }
    }

    /**
     * Moves to the next start or end tag at this level and returns its event type, or {@code END_DOCUMENT}. Text,
     * comments and processing instructions in between are passed over.
     */
    int nextTag() {
        while (true) {
            int event = next();
            if (event == XMLStreamConstants.START_ELEMENT
                    || event == XMLStreamConstants.END_ELEMENT
                    || event == XMLStreamConstants.END_DOCUMENT) {
                return event;
            }
        }
    }

    String localName() {
        return reader.getLocalName();
    }

    String namespace() {
        String namespace = reader.getNamespaceURI();
        return namespace == null ? "" : namespace;
    }

    /** The current line and column, as finance staff would look them up in an editor. */
    String here() {
        return where(reader.getLocation());
    }

    /** Reads the element the reader stands on, with everything inside, into a tree; leaves it on the end tag. */
    XmlNode readTree(String path) {
        XmlNode node = new XmlNode(localName(), path, attributes(path));
        Map<String, Integer> seen = new HashMap<>();
        StringBuilder text = new StringBuilder();
        while (true) {
            int event = next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                text.setLength(0);
                node.add(readTree(path + "/" + childName(localName(), seen)));
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                node.keepText(text.toString());
                return node;
            } else if (isText(event)) {
                append(text, path);
            }
        }
    }

    /** Passes over the element the reader stands on, still under all guards. */
    void skipElement() {
        int level = 1;
        while (level > 0) {
            int event = nextTag();
            level += event == XMLStreamConstants.START_ELEMENT ? 1 : -1;
        }
    }

    /** The name of a child in a path: {@code Ntry[3]}, {@code Amt}, or {@code NtryDtls[2]} for a second one. */
    static String childName(String name, Map<String, Integer> seen) {
        int index = seen.merge(name, 1, Integer::sum);
        return INDEXED.contains(name) || index > 1 ? name + "[" + index + "]" : name;
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (XMLStreamException e) {
            // Closing releases parser state only; the caller's stream stays open and is the caller's to close.
        }
    }

    private int next() {
        int event;
        try {
            event = reader.next();
        } catch (XMLStreamException e) {
            throw unreadable(e, input);
        }
        switch (event) {
            case XMLStreamConstants.DTD ->
                throw new UnreadableStatement(here(), "DOCTYPE ist nicht erlaubt (Schutz vor externen Entitäten)");
            case XMLStreamConstants.ENTITY_REFERENCE ->
                throw new UnreadableStatement(here(), "Entität &" + reader.getLocalName() + "; ist nicht erlaubt");
            case XMLStreamConstants.START_ELEMENT -> enter();
            case XMLStreamConstants.END_ELEMENT -> depth--;
            default -> {}
        }
        return event;
    }

    private void enter() {
        depth++;
        if (++elements > StatementLimits.MAX_ELEMENTS) {
            throw new UnreadableStatement(
                    here(), "Mehr als " + StatementLimits.MAX_ELEMENTS + " XML-Elemente in einer Datei");
        }
        if (depth > StatementLimits.MAX_DEPTH) {
            throw new UnreadableStatement(
                    here(), "Elemente sind tiefer als " + StatementLimits.MAX_DEPTH + " Ebenen verschachtelt");
        }
    }

    private static boolean isText(int event) {
        return event == XMLStreamConstants.CHARACTERS
                || event == XMLStreamConstants.CDATA
                || event == XMLStreamConstants.SPACE;
    }

    private void append(StringBuilder text, String path) {
        text.append(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
        // Indentation between child elements is dropped here so that it never counts towards the text limit.
        if (text.toString().isBlank()) {
            text.setLength(0);
        }
        if (text.length() > StatementLimits.MAX_TEXT) {
            throw new UnreadableStatement(path, "Text ist länger als " + StatementLimits.MAX_TEXT + " Zeichen");
        }
    }

    private Map<String, String> attributes(String path) {
        Map<String, String> attributes = new HashMap<>();
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            String value = reader.getAttributeValue(i);
            if (value.length() > StatementLimits.MAX_TEXT) {
                throw new UnreadableStatement(path, "Attribut ist länger als " + StatementLimits.MAX_TEXT + " Zeichen");
            }
            attributes.put(reader.getAttributeLocalName(i), value);
        }
        return attributes;
    }

    private static RuntimeException unreadable(XMLStreamException e, CappedInputStream input) {
        IOException failure = input.failure();
        if (input.exceeded()) {
            return new UnreadableStatement("Datei", Values.TOO_LARGE);
        }
        if (failure != null) {
            return new UncheckedIOException(failure);
        }
        if (causedByEncoding(e)) {
            return new UnreadableStatement(
                    where(e.getLocation()), "Die Datei enthält Bytes, die nicht zu ihrer Zeichenkodierung passen");
        }
        String message = e.getMessage() == null ? "" : e.getMessage();
        int start = message.indexOf("Message: ");
        String reason = start < 0 ? message : message.substring(start + "Message: ".length());
        return new UnreadableStatement(where(e.getLocation()), "Kein gültiges XML: " + reason.strip());
    }

    /** The parser keeps the decoding failure as nested exception, not always as cause. */
    private static boolean causedByEncoding(XMLStreamException e) {
        Throwable cause = e.getNestedException() != null ? e.getNestedException() : e.getCause();
        for (int i = 0; cause != null && i < 10; i++, cause = cause.getCause()) {
            if (cause instanceof CharacterCodingException) {
                return true;
            }
        }
        return false;
    }

    private static String where(@Nullable Location location) {
        // The parser reports -1 where it has no position, e.g. at the very end of a truncated file.
        return location == null || location.getLineNumber() < 1
                ? "Datei"
                : "Zeile " + location.getLineNumber() + ", Spalte " + location.getColumnNumber();
    }
}
