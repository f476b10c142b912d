package de.msh.funding.statement.format;

/**
 * A statement file that is refused as a whole. The message is German, for finance staff; {@link #location()} says
 * where: {@code "Zeile 12, Spalte 5"} in XML text, {@code "Stmt[1]/Ntry[3]/Amt"} in camt content, {@code "Zeile 4"} or
 * {@code "Zeile 4, Spalte Betrag"} in CSV.
 */
public class UnreadableStatement extends RuntimeException {

    private final String location;

    public UnreadableStatement(String location, String message) {
        super(message);
        this.location = location;
    }

    public String location() {
        return location;
    }
}
