package de.msh.studies.study.domain;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** The filtered, paged catalogue; implemented as one query in the persistence adapter. */
public interface StudySearch {

    Page<Study> search(StudyFilter filter, Pageable page);
}
