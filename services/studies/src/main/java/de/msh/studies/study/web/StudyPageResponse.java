package de.msh.studies.study.web;

import de.msh.studies.study.domain.Study;
import java.util.List;
import org.springframework.data.domain.Page;

record StudyPageResponse(List<StudyResponse> items, int page, int size, long totalItems, int totalPages) {

    static StudyPageResponse of(Page<Study> page) {
        return new StudyPageResponse(
                page.getContent().stream().map(StudyResponse::of).toList(),
                page.getNumber(),
                page.getSize(),
                page.getTotalElements(),
                page.getTotalPages());
    }
}
