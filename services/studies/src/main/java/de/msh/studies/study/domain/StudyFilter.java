package de.msh.studies.study.domain;

import org.jspecify.annotations.Nullable;

/**
 * What the catalogue list is narrowed to; every part is optional and they combine with "and".
 *
 * @param text words found in the title, summary or catalogue number, ignoring case
 */
public record StudyFilter(
        @Nullable StudyField field,
        @Nullable StudyKind kind,
        @Nullable StudyStatus status,
        @Nullable String text) {

    public StudyFilter {
        text = StudyDetails.blankToNull(text);
    }
}
