package de.msh.projects.project.domain;

import java.util.Optional;
import org.springframework.data.repository.Repository;

/** The portfolio. Codes are unique (a unique index backs it), so a second project with a used code is refused. */
public interface Projects extends Repository<Project, String> {

    Project save(Project project);

    Optional<Project> findById(String id);

    boolean existsByCode(String code);
}
