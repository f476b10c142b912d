package de.msh.portal.finance;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The grants: the list, and a grant's page with its decision, money, proofs, reclaims and the forms of its steps. */
@Controller
class GrantController {

    private final FundingClient funding;
    private final GrantView view;

    GrantController(FundingClient funding, GrantView view) {
        this.funding = funding;
        this.view = view;
    }

    @GetMapping("/finanzen")
    String finance() {
        return "redirect:/finanzen/zuwendungen";
    }

    @GetMapping("/finanzen/zuwendungen")
    String list(Model model) {
        model.addAttribute("grants", funding.grants(null));
        model.addAttribute("programmes", funding.programmes());
        return "finance/grants";
    }

    @GetMapping("/finanzen/zuwendungen/{id}")
    String show(@PathVariable String id, Model model) {
        return view.fill(id, model);
    }
}
