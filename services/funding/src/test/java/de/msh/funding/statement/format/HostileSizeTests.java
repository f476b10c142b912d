package de.msh.funding.statement.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Files of the largest size accepted, made of nothing but structure: each is refused, having allocated no more than
 * a bounded multiple of its size, so no upload can exhaust the heap however it is built.
 */
class HostileSizeTests {

    private static final int SIZE = StatementLimits.MAX_BYTES;
    /** Allocation allowed per byte of input; reading a real 5 MiB statement stays well below it. */
    private static final long PER_BYTE = 40;

    @Test
    void emptyElementsInOneEntry() {
        String head = """
                <?xml version="1.0" encoding="UTF-8"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt><Stmt><Ntry>""";
        String tail = "</Ntry></Stmt></BkToCstmrStmt></Document>";
        String xml = head + "<a/>".repeat((SIZE - head.length() - tail.length()) / 4) + tail;

        assertBounded(xml, () -> CamtStatementReader.read(stream(xml)));
    }

    @Test
    void emptyElementsBesideTheEntries() {
        String head = """
                <?xml version="1.0" encoding="UTF-8"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><Stmt>""";
        String tail = "</Stmt></BkToCstmrStmt></Document>";
        String xml = head + "<a/>".repeat((SIZE - head.length() - tail.length()) / 4) + tail;

        assertBounded(xml, () -> CamtStatementReader.read(stream(xml)));
    }

    @Test
    void blankLines() {
        String csv = "Konto;Auszug;Buchungstag;Betrag;Währung\n" + "\n".repeat(SIZE - 50);

        assertBounded(csv, () -> CsvStatementReader.read(stream(csv)));
    }

    @Test
    void emptyCells() {
        String csv = "Konto;Auszug;Buchungstag;Betrag;Währung\n" + ";".repeat(SIZE - 50);

        assertBounded(csv, () -> CsvStatementReader.read(stream(csv)));
    }

    private static void assertBounded(String file, Supplier<?> read) {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        Object outcome;
        try {
            outcome = read.get();
        } catch (UnreadableStatement refused) {
            outcome = refused;
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        assertThat(outcome).isInstanceOf(UnreadableStatement.class);
        assertThat(allocated)
                .as("bytes allocated reading %d bytes (%s)", file.length(), outcome)
                .isLessThan(PER_BYTE * file.length());
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
