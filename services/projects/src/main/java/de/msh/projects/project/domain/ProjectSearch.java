package de.msh.projects.project.domain;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** Filtered, paged reading of the portfolio; implemented in the persistence adapter. */
public interface ProjectSearch {

    Page<Project> search(ProjectFilter filter, Pageable page);
}
