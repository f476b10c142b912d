package de.msh.reporting.statusreport.persistence;

import de.msh.reporting.statusreport.domain.ReportFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsResource;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.stereotype.Component;

/** Report files in the reporting database's GridFS bucket {@code fs}. */
@Component
class GridFsReportFiles implements ReportFiles {

    private final GridFsTemplate gridFs;

    GridFsReportFiles(GridFsTemplate gridFs) {
        this.gridFs = gridFs;
    }

    @Override
    public String store(String filename, String mediaType, byte[] content) {
        return gridFs.store(new ByteArrayInputStream(content), filename, mediaType)
                .toHexString();
    }

    @Override
    public Optional<byte[]> read(String fileId) {
        var file = gridFs.findOne(byId(fileId));
        if (file == null) {
            return Optional.empty();
        }
        GridFsResource resource = gridFs.getResource(file);
        try (InputStream in = resource.getInputStream()) {
            return Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Report file " + fileId + " could not be read", e);
        }
    }

    @Override
    public void remove(String fileId) {
        gridFs.delete(byId(fileId));
    }

    private static Query byId(String fileId) {
        return Query.query(Criteria.where("_id").is(new ObjectId(fileId)));
    }
}
