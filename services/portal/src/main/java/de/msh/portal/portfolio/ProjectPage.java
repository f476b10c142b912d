package de.msh.portal.portfolio;

import java.util.List;

/** One page of the portfolio ({@code ProjectPageResponse}). */
public record ProjectPage(List<Project> items, int page, int size, long totalItems, int totalPages) {}
