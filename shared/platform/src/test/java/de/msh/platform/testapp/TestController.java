package de.msh.platform.testapp;

import de.msh.platform.rule.InvalidInput;
import de.msh.platform.rule.RuleViolated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/test")
class TestController {

    record Thing(
            @NotBlank @Size(max = 20) String name, @Positive int count) {}

    @GetMapping
    Map<String, String> read() {
        return Map.of("ok", "yes");
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('steering', 'admin')")
    Thing write(@Valid @RequestBody Thing thing) {
        return thing;
    }

    /** A constrained path variable makes Spring validate the whole method, body included. */
    @PostMapping("/named/{label}")
    @PreAuthorize("hasAnyRole('steering', 'admin')")
    Thing writeNamed(@PathVariable @Size(max = 5) String label, @Valid @RequestBody Thing thing) {
        return thing;
    }

    @GetMapping("/stale")
    Map<String, String> stale() {
        throw new OptimisticLockingFailureException("version 3 expected");
    }

    /** What a service's domain throws when its state forbids a change. */
    static class WidgetLocked extends RuleViolated {
        WidgetLocked() {
            super("widget-locked", "The widget is locked");
        }
    }

    /** What a service's domain throws for input that breaks its own rule, seen from a part of the request. */
    static class InvalidPart extends InvalidInput {
        InvalidPart() {
            super("part-invalid", "Teil ungültig", "amount", "Amounts are exact to the cent");
        }

        @Override
        public String requestField() {
            return "part." + field();
        }
    }

    @GetMapping("/locked")
    Map<String, String> locked() {
        throw new WidgetLocked();
    }

    @GetMapping("/invalid")
    Map<String, String> invalid() {
        throw new InvalidPart();
    }

    @GetMapping("/number/{n}")
    Map<String, Integer> number(@PathVariable int n) {
        return Map.of("n", n);
    }

    @GetMapping("/boom")
    Map<String, String> boom() {
        throw new IllegalStateException("secret internals");
    }

    record Dated(java.time.LocalDate on) {}

    @GetMapping("/day")
    Map<String, String> day(@org.springframework.web.bind.annotation.RequestParam java.time.LocalDate on) {
        return Map.of("on", on.toString());
    }

    @PostMapping("/dated")
    @PreAuthorize("hasAnyRole('steering', 'admin')")
    Dated dated(@RequestBody Dated dated) {
        return dated;
    }
}
