package de.msh.events.projects;

import de.msh.events.DomainEvent;

/** Every event on {@code msh.projects.events}; the subject of each is the project id. */
public sealed interface ProjectsEvent extends DomainEvent
        permits ProjectRegistered, ProjectUpdated, ProjectPhaseChanged, ProjectIndicatorReported, ProjectCancelled {}
