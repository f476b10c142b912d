package de.msh.milestones.calendar.web;

import de.msh.milestones.calendar.application.CalendarFeeds;
import de.msh.milestones.calendar.domain.FeedOwner;
import de.msh.platform.security.Roles;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A person's calendar feed of upcoming milestones. {@code POST /token} gives a new secret address (the old one stops
 * working), {@code DELETE /token} revokes it; the feed itself is read without a bearer token, since calendar clients
 * cannot log in: its secret is the address ({@code msh.security.secret-addresses}).
 */
@RestController
@RequestMapping("/api/milestones/calendar")
class CalendarController {

    static final MediaType CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

    private final CalendarFeeds feeds;

    CalendarController(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    /** @param path the feed's address under this service, to give to a calendar client */
    record FeedAddress(String token, String path) {}

    @PostMapping("/token")
    FeedAddress issue(Authentication user) {
        String token = feeds.issue(new FeedOwner(user.getName(), Roles.of(user)));
        return new FeedAddress(token, "/api/milestones/calendar/feeds/" + token + ".ics");
    }

    @DeleteMapping("/token")
    ResponseEntity<Void> revoke(Authentication user) {
        return feeds.revoke(user.getName())
                ? ResponseEntity.noContent().build()
                : ResponseEntity.notFound().build();
    }

    @GetMapping("/feeds/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        return feeds.feed(token)
                .map(body -> ResponseEntity.ok()
                        .contentType(CALENDAR)
                        .cacheControl(CacheControl.noStore())
                        .body(body))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
