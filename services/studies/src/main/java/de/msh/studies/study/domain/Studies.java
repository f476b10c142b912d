package de.msh.studies.study.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** The catalogue. Catalogue numbers are unique (a unique index backs it). */
public interface Studies extends Repository<Study, String> {

    Study save(Study study);

    Optional<Study> findById(String id);

    Optional<Study> findByCatalogueNumber(String catalogueNumber);

    List<Study> findByRecommendationsProjectIds(String projectId);
}
