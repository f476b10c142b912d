package de.msh.reporting.statusreport.domain;

import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface StatusReports extends MongoRepository<StatusReport, String> {

    List<StatusReport> findAllByOrderByCreatedAtDesc();
}
