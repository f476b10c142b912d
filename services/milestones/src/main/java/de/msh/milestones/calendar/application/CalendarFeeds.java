package de.msh.milestones.calendar.application;

import de.msh.milestones.calendar.domain.FeedOwner;
import de.msh.milestones.calendar.domain.FeedScope;
import de.msh.milestones.calendar.domain.FeedTokens;
import de.msh.milestones.calendar.domain.ICalendar;
import de.msh.milestones.project.domain.KnownProjects;
import de.msh.milestones.schedule.application.ScheduleService;
import de.msh.milestones.schedule.domain.Milestone;
import de.msh.milestones.schedule.domain.Schedule;
import de.msh.milestones.schedule.domain.Schedules;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Calendar feeds of upcoming milestones. A person asks for a secret address (a new one replaces the old), a calendar
 * client reads it without logging in, and the person can revoke it. The feed holds the open milestones that the
 * person's roles look after ({@link FeedScope}), from today on.
 */
@Service
public class CalendarFeeds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final FeedTokens tokens;
    private final Schedules schedules;
    private final ScheduleService calendar;
    private final KnownProjects projects;
    private final Clock clock;

    CalendarFeeds(
            FeedTokens tokens, Schedules schedules, ScheduleService calendar, KnownProjects projects, Clock clock) {
        this.tokens = tokens;
        this.schedules = schedules;
        this.calendar = calendar;
        this.projects = projects;
        this.clock = clock;
    }

    /** A new secret token for the person's feed; any earlier one stops working. */
    public String issue(FeedOwner owner) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        tokens.replace(hash(token), owner);
        return token;
    }

    public boolean revoke(String name) {
        return tokens.revoke(name);
    }

    /** The feed behind a token, or none for a token that is unknown or revoked. */
    public Optional<String> feed(String token) {
        return tokens.ownerOf(hash(token)).map(this::feedOf);
    }

    private String feedOf(FeedOwner owner) {
        LocalDate today = calendar.today();
        List<ICalendar.Event> events = new ArrayList<>();
        Map<String, String> names = projects.names();
        for (Schedule schedule : schedules.findAll()) {
            String project = names.getOrDefault(schedule.projectId(), schedule.projectId());
            for (Milestone m : schedule.milestones()) {
                if (m.open() && !m.forecastOn().isBefore(today) && FeedScope.shows(owner, m)) {
                    events.add(event(project, m));
                }
            }
        }
        events.sort(Comparator.comparing(ICalendar.Event::day).thenComparing(ICalendar.Event::uid));
        return ICalendar.write("Meilensteine – " + owner.name(), events, clock.instant());
    }

    private static ICalendar.Event event(String project, Milestone m) {
        String description = "Projekt: " + project + "\nBasistermin: " + m.baselineOn()
                + (m.rule() == null ? "" : "\nRegel: " + m.rule());
        return new ICalendar.Event(
                m.id() + "@milestones.msh.example",
                m.forecastOn(),
                m.title() + " (" + project + ")",
                description,
                m.replans().size());
    }

    private static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
