package de.msh.funding.grant.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** Every grant. File numbers are unique (a unique index backs it). */
public interface Grants extends Repository<Grant, String> {

    Grant save(Grant grant);

    Optional<Grant> findById(String id);

    Optional<Grant> findByFileNumber(String fileNumber);

    List<Grant> findByProjectIdOrderByFileNumber(String projectId);

    List<Grant> findAllByOrderByFileNumber();
}
