package de.msh.events.milestones;

import de.msh.events.DomainEvent;

/**
 * Every event on {@code msh.milestones.events}. A project's schedule is one aggregate, so the subject of each is the
 * project id and its sequence counts the events of that schedule; each names the milestone it is about.
 */
public sealed interface MilestonesEvent extends DomainEvent
        permits MilestonePlanned,
                MilestoneReplanned,
                MilestoneAchieved,
                MilestoneAtRisk,
                MilestoneMissed,
                MilestoneClosed {}
