package de.msh.funding.statement.format;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;

/**
 * Reads ISO 20022 camt.053 bank-to-customer statements, versions 001.02 to 001.08, as German banks and the federal
 * cash office deliver them. A file may hold several statements, one per account.
 *
 * <p>Only entries with status {@code BOOK} become bookings; pending ({@code PDNG}) and information ({@code INFO})
 * entries are skipped, because the bank may still change or drop them. A batch entry whose transactions carry their
 * own amounts becomes one booking per transaction. If a statement has both an opening and a closing balance, the
 * booked entries must lead from one to the other.
 *
 * <p>The file is untrusted: DTDs and entities are refused, and size, depth, text length and booking count are bounded
 * by {@link StatementLimits}. Every refusal is an {@link UnreadableStatement} naming where.
 */
public final class CamtStatementReader {

    private static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.";
    private static final java.util.Set<String> VERSIONS = java.util.Set.of("02", "03", "04", "05", "06", "07", "08");

    private final GuardedXml xml;
    private final List<ParsedStatement> statements = new ArrayList<>();
    private int bookings;

    private CamtStatementReader(GuardedXml xml) {
        this.xml = xml;
    }

    /** The statements in the file, at least one; the stream is read but not closed. */
    public static List<ParsedStatement> read(InputStream in) {
        try (GuardedXml xml = GuardedXml.open(in)) {
            return new CamtStatementReader(xml).document();
        }
    }

    private List<ParsedStatement> document() {
        if (xml.nextTag() != XMLStreamConstants.START_ELEMENT) {
            throw new UnreadableStatement(xml.here(), "Die Datei enthält kein XML-Element");
        }
        checkRoot();
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            if (xml.localName().equals("BkToCstmrStmt")) {
                statements();
            } else {
                xml.skipElement();
            }
        }
        // Reads to the end so that anything after the root element is refused as well.
        xml.nextTag();
        if (statements.isEmpty()) {
            throw new UnreadableStatement("Document/BkToCstmrStmt", "Die Datei enthält keinen Kontoauszug (Stmt)");
        }
        return List.copyOf(statements);
    }

    private void checkRoot() {
        String namespace = xml.namespace();
        if (!xml.localName().equals("Document") || !namespace.startsWith(NAMESPACE)) {
            throw new UnreadableStatement(
                    xml.here(),
                    "Kein camt.053-Kontoauszug: Wurzelelement " + xml.localName() + " im Namensraum "
                            + (namespace.isEmpty() ? "(keiner)" : namespace));
        }
        String version = namespace.substring(NAMESPACE.length());
        if (!VERSIONS.contains(version)) {
            // a later version may move what this reader looks for; better refused than misread
            throw new UnreadableStatement(
                    xml.here(),
                    "camt.053-Version 001." + version + " wird nicht unterstützt; lesbar sind 001.02 bis 001.08");
        }
    }

    private void statements() {
        Map<String, Integer> seen = new HashMap<>();
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            if (xml.localName().equals("Stmt")) {
                statements.add(statement(GuardedXml.childName("Stmt", seen)));
            } else {
                xml.skipElement();
            }
        }
    }

    /** Streams the children of one {@code Stmt}, so that only one entry at a time is held as a tree. */
    private ParsedStatement statement(String path) {
        CamtStatement statement = new CamtStatement(path);
        Map<String, Integer> seen = new HashMap<>();
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            XmlNode child = xml.readTree(path + "/" + GuardedXml.childName(xml.localName(), seen));
            bookings += statement.accept(child);
            if (bookings > StatementLimits.MAX_BOOKINGS) {
                throw new UnreadableStatement(
                        child.path(), "Mehr als " + StatementLimits.MAX_BOOKINGS + " Buchungen in einer Datei");
            }
        }
        return statement.build();
    }
}
