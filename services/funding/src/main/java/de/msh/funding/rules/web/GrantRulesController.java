package de.msh.funding.rules.web;

import de.msh.funding.rules.domain.GrantRules;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The deadlines and interest rule in force, with their sources, so users can check what the system applied. */
@RestController
class GrantRulesController {

    private final GrantRules rules;

    GrantRulesController(GrantRules rules) {
        this.rules = rules;
    }

    @GetMapping("/api/funding/rules")
    GrantRulesResponse rules() {
        return GrantRulesResponse.of(rules);
    }
}
