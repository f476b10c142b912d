package de.msh.portal.start;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.msh.portal.PortalSliceTest;
import de.msh.portal.portfolio.StrategicField;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class StartPageTests extends PortalSliceTest {

    @Test
    void showsThePortfolioByPhaseAndFieldWithPlannedCostFromReporting() throws Exception {
        when(reporting.portfolio())
                .thenReturn(new PortfolioView(
                        new PortfolioView.Group("alle", 3, new BigDecimal("1730000.10")),
                        List.of(
                                new PortfolioView.Group("CONCEPT", 1, new BigDecimal("480000.00")),
                                new PortfolioView.Group("IDEA", 2, new BigDecimal("1250000.10"))),
                        List.of(
                                new PortfolioView.Group("-", 1, new BigDecimal("0.00")),
                                new PortfolioView.Group("wertschoepfung", 2, new BigDecimal("1730000.10"))),
                        List.of(),
                        List.of(),
                        List.of()));
        when(projects.strategicFields()).thenReturn(List.of(new StrategicField("wertschoepfung", "Wertschöpfung")));
        when(funding.programmes()).thenReturn(List.of());
        when(reporting.money())
                .thenReturn(new MoneyView(
                        totals("alle", "405000.00", "135000.00"),
                        List.of(totals("invkg-arm1 2020-2026", "405000.00", "135000.00")),
                        List.of()));

        String page = mvc.perform(get("/").with(as("manager")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page)
                .contains("<span>3</span> Projekte; erfasste geplante Kosten:", "1.730.000,10\u00a0€")
                .contains("Umsetzung", "Abgebrochen", "data-value=\"2\"", "Wertschöpfung", "ohne Themenfeld")
                .contains("invkg-arm1 2020-2026", "405.000,00\u00a0€", "135.000,00\u00a0€")
                .doesNotContain("Neues Projekt registrieren");
    }

    private static MoneyView.Totals totals(String key, String committed, String called) {
        BigDecimal zero = new BigDecimal("0.00");
        return new MoneyView.Totals(
                key, 1, new BigDecimal(committed), new BigDecimal(called), zero, zero, zero, zero, zero, zero);
    }
}
