package de.msh.reporting.statusreport.domain;

import java.util.Optional;

/** Where a report's files are kept (GridFS): written once each, read back by id, removed when replaced. */
public interface ReportFiles {

    String store(String filename, String mediaType, byte[] content);

    Optional<byte[]> read(String fileId);

    void remove(String fileId);
}
