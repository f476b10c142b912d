package de.msh.portal.finance;

import de.msh.portal.web.DayInput;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The reconciliation summary per account, funding period and programme; the filters stand in the address. */
@Controller
class SummaryController {

    private final FundingClient funding;

    SummaryController(FundingClient funding) {
        this.funding = funding;
    }

    @GetMapping("/finanzen/abgleich")
    String summary(
            @RequestParam(required = false) @Nullable String konto,
            @RequestParam(required = false) @Nullable String programm,
            @RequestParam(required = false) @Nullable String von,
            @RequestParam(required = false) @Nullable String bis,
            Model model) {
        MultiValueMap<String, String> filters = new LinkedMultiValueMap<>();
        List<String> errors = new ArrayList<>();
        put(filters, "account", konto);
        put(filters, "programme", programm);
        putDay(filters, "from", von, "Das Datum „von“ ist ungültig.", errors);
        putDay(filters, "to", bis, "Das Datum „bis“ ist ungültig.", errors);
        model.addAttribute("summary", funding.summary(filters));
        model.addAttribute("programmes", funding.programmes());
        model.addAttribute("filterErrors", errors);
        model.addAttribute("konto", konto);
        model.addAttribute("programm", programm);
        model.addAttribute("von", von);
        model.addAttribute("bis", bis);
        return "finance/summary";
    }

    private static void put(MultiValueMap<String, String> filters, String name, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            filters.add(name, value.strip());
        }
    }

    private static void putDay(
            MultiValueMap<String, String> filters,
            String name,
            @Nullable String value,
            String error,
            List<String> errors) {
        if (value == null || value.isBlank()) {
            return;
        }
        DayInput.parse(value).ifPresentOrElse(day -> filters.add(name, day.toString()), () -> errors.add(error));
    }
}
