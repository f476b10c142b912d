package de.msh.events.studies;

import de.msh.events.DomainEvent;

/** Every event on {@code msh.studies.events}; the subject of each is the study id. */
public sealed interface StudiesEvent extends DomainEvent
        permits StudyRegistered,
                StudyCompleted,
                StudyWithdrawn,
                RecommendationAdded,
                RecommendationAdopted,
                RecommendationRejected,
                RecommendationRealised {}
