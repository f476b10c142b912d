package de.msh.portal.finance;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What a grant's page shows: the grant, the § 49a interest of each reclaim with its rule, and the steps' form. */
@Component
class GrantView {

    private final FundingClient funding;

    GrantView(FundingClient funding) {
        this.funding = funding;
    }

    /** Fills the grant's page; also after a refused step, whose form then keeps what was typed and the refusal. */
    String fill(String id, Model model) {
        Grant grant = funding.grant(id);
        model.addAttribute("grant", grant);
        model.addAttribute("areaName", areaName(grant));
        Map<String, Grant.Interest> interest = new LinkedHashMap<>();
        for (Grant.Reclaim reclaim : grant.reclaims()) {
            interest.put(reclaim.id(), funding.interest(id, reclaim.id(), null));
        }
        model.addAttribute("interest", interest);
        if (!model.containsAttribute("stepForm")) {
            GrantStepForm form = new GrantStepForm();
            form.setRevision(grant.revision());
            model.addAttribute("stepForm", form);
        }
        return "finance/grant";
    }

    // the area as the law numbers it; the bare id if the programme no longer lists it
    private @Nullable String areaName(Grant grant) {
        String area = grant.investmentArea();
        if (area == null) {
            return null;
        }
        return funding.programmes().stream()
                .filter(p -> p.id().equals(grant.programme()))
                .flatMap(p -> p.investmentAreas().stream())
                .filter(a -> a.id().equals(area))
                .map(a -> "Nr. " + a.number() + ": " + a.name())
                .findFirst()
                .orElse(area);
    }
}
