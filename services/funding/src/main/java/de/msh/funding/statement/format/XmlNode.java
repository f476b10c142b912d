package de.msh.funding.statement.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A small element tree of one part of a statement (an entry, a balance), kept only while that part is converted. Each
 * node knows its path for messages, e.g. {@code Stmt[1]/Ntry[3]/Amt}.
 */
final class XmlNode {

    private final String name;
    private final String path;
    private final Map<String, String> attributes;
    private final List<XmlNode> children = new ArrayList<>();
    private String text = "";

    XmlNode(String name, String path, Map<String, String> attributes) {
        this.name = name;
        this.path = path;
        this.attributes = Map.copyOf(attributes);
    }

    String name() {
        return name;
    }

    String path() {
        return path;
    }

    @Nullable
    String attribute(String localName) {
        return attributes.get(localName);
    }

    void add(XmlNode child) {
        children.add(child);
    }

    void keepText(String value) {
        text = value.strip();
    }

    /** The first descendant along the names, or {@code null}. */
    @Nullable
    XmlNode find(String... names) {
        XmlNode node = this;
        for (String name : names) {
            node = node.first(name);
            if (node == null) {
                return null;
            }
        }
        return node;
    }

    /** All children with this name, in document order. */
    List<XmlNode> all(String name) {
        return children.stream().filter(child -> child.name.equals(name)).toList();
    }

    /** The stripped text of the descendant along the names; {@code null} if it is absent or blank. */
    @Nullable
    String text(String... names) {
        XmlNode node = find(names);
        return node == null || node.text.isEmpty() ? null : node.text;
    }

    XmlNode require(String... names) {
        XmlNode node = find(names);
        if (node == null) {
            throw missing(names);
        }
        return node;
    }

    String requireText(String... names) {
        String value = text(names);
        if (value == null) {
            throw missing(names);
        }
        return value;
    }

    private @Nullable XmlNode first(String name) {
        for (XmlNode child : children) {
            if (child.name.equals(name)) {
                return child;
            }
        }
        return null;
    }

    private UnreadableStatement missing(String... names) {
        String relative = String.join("/", names);
        return new UnreadableStatement(path + "/" + relative, "Pflichtangabe fehlt: " + relative);
    }
}
