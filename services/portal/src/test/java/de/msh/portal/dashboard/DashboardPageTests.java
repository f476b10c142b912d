package de.msh.portal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.msh.portal.PortalSliceTest;
import de.msh.portal.portfolio.StrategicField;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DashboardPageTests extends PortalSliceTest {

    private static final List<Views.Position> POSITIONS = List.of(new Views.Position("msh.projects.events", 0, 42));

    @Test
    void showsThePortfolioTheMoneyByYearAndTheMasterplanWithTheirForecast() throws Exception {
        stub(null);

        String page = page("/auswertung", "manager");

        assertThat(page)
                .contains("Aktueller Stand", "msh.projects.events", "bis Position <span>42</span>")
                .contains("Projekte je Phase", "Umsetzung", "Mobilität &amp; Logistik")
                .contains("Abgerufene Mittel je Jahr und Programm", "invkg-arm1", "5.000,00\u00a0€")
                .contains(
                        "Radwegenetz im Landkreis",
                        "auf Kurs",
                        "104,5\u00a0%",
                        "erreicht 2026",
                        "jährliche Wachstumsrate")
                .contains("Katalog Version <span>1</span>", "Beispielwerte")
                .contains("data-chart=\"line\"", "data-value=\"690\"", "data-points");
    }

    @Test
    void showsMilestoneHealthPerFieldAndManagerWithTheMissedAndUpcomingDeadlines() throws Exception {
        stub(null);

        String page = page("/auswertung", "steering");

        assertThat(page)
                .contains("Meilensteine: Termintreue", "<span>33,3\u00a0%</span>")
                .contains("Termintreue je Themenfeld", "Mobilität &amp; Logistik", "Termintreue je Projektleitung")
                .contains("Krause", "nicht angegeben")
                .contains("Versäumte Termine, nach Prognose", "Förderbescheid", "Phasentor")
                .contains("/projekte/p-1/meilensteine", "MSH-01: MakerLab")
                .contains("In den nächsten 30 Tagen fällig, nach Prognose", "Verwendungsnachweis", "Förderfrist");
    }

    @Test
    void asksReportingForTheEndOfThePickedDayInGermany() throws Exception {
        Instant endOf2025 = Instant.parse("2025-12-31T22:59:59.999Z");
        stub(endOf2025);

        String page = page("/auswertung?stichtag=31.12.2025", "auditor");

        verify(dashboard).portfolio(eq(endOf2025));
        verify(dashboard).progress(eq(endOf2025));
        verify(dashboard).milestones(eq(endOf2025));
        assertThat(page).contains("Stand am <span>31.12.2025</span>, Tagesende", "value=\"31.12.2025\"");
    }

    @Test
    void explainsADayItCannotUseAndShowsTheCurrentState() throws Exception {
        stub(null);

        String bad = page("/auswertung?stichtag=32.12.2025", "manager");
        String future = page("/auswertung?stichtag=01.01.2999", "manager");

        assertThat(bad)
                .contains("Bitte den Stichtag als TT.MM.JJJJ angeben", "aria-invalid=\"true\"", "Aktueller Stand");
        assertThat(future).contains("Der Stichtag liegt in der Zukunft", "Aktueller Stand");
    }

    private String page(String path, String role) throws Exception {
        return mvc.perform(get(path).with(as(role)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private void stub(Instant asOf) {
        when(projects.strategicFields())
                .thenReturn(List.of(new StrategicField("mobilitaet-logistik", "Mobilität & Logistik")));
        when(dashboard.portfolio(asOf == null ? isNull() : eq(asOf)))
                .thenReturn(new Views.Portfolio(
                        new Views.Group("alle", 2, new BigDecimal("100.00")),
                        List.of(new Views.Group("IMPLEMENTATION", 2, new BigDecimal("100.00"))),
                        List.of(new Views.Group("mobilitaet-logistik", 2, new BigDecimal("100.00"))),
                        asOf,
                        POSITIONS));
        Views.Totals programme = new Views.Totals(
                "invkg-arm1 2020-2026",
                1,
                new BigDecimal("9000.00"),
                new BigDecimal("5000.00"),
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO);
        List<Views.Year> years = List.of(
                new Views.Year(2025, new BigDecimal("5000.00"), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO));
        when(dashboard.money(any(), isNull()))
                .thenReturn(new Views.Money(programme, List.of(programme), years, POSITIONS));
        when(dashboard.money(any(), eq("invkg-arm1")))
                .thenReturn(new Views.Money(programme, List.of(programme), years, POSITIONS));
        Views.Indicator km = new Views.Indicator(
                "radwege-km",
                "mobilitaet-logistik",
                "Radwegenetz im Landkreis",
                "km",
                "HIGHER_IS_BETTER",
                2021,
                new BigDecimal("600"),
                Map.of(2026, new BigDecimal("750"), 2038, new BigDecimal("1300")),
                new BigDecimal("690"),
                LocalDate.of(2024, 12, 31),
                new BigDecimal("90"),
                new BigDecimal("40"),
                List.of(
                        new Views.Point(LocalDate.of(2021, 12, 31), new BigDecimal("600")),
                        new Views.Point(LocalDate.of(2024, 12, 31), new BigDecimal("690"))),
                new Views.Forecast(
                        "ON_TRACK",
                        "auf Kurs",
                        "Verhältnis beobachtete zu erforderlicher jährlicher Veränderungsrate (Eurostat/Open SDG)",
                        2026,
                        new BigDecimal("750"),
                        "CAGR",
                        new BigDecimal("0.047690"),
                        new BigDecimal("0.045640"),
                        new BigDecimal("1.0449"),
                        2026,
                        2038,
                        2,
                        null,
                        List.of(new Views.YearValue(2021, new BigDecimal("600")))));
        LocalDate today = LocalDate.of(2026, 11, 30);
        when(dashboard.milestones(asOf == null ? isNull() : eq(asOf)))
                .thenReturn(new Views.MilestoneHealth(
                        today,
                        30,
                        new Views.Health("alle", 6, 2, 1, 1, 2, 4, new BigDecimal("0.3333"), new BigDecimal("1.3"), 5),
                        List.of(new Views.Health(
                                "mobilitaet-logistik",
                                3,
                                1,
                                1,
                                1,
                                1,
                                2,
                                new BigDecimal("0.5000"),
                                new BigDecimal("1.0"),
                                5)),
                        List.of(
                                new Views.Health(
                                        "Krause", 3, 1, 1, 1, 1, 2, new BigDecimal("0.5"), new BigDecimal("1.0"), 5),
                                new Views.Health("unbekannt", 3, 1, 0, 0, 1, 2, null, BigDecimal.ZERO, 5)),
                        List.of(new Views.Deadline(
                                "p-1",
                                "MSH-01: MakerLab",
                                "mobilitaet-logistik",
                                "Krause",
                                "M-2",
                                "Förderbescheid",
                                "PHASE_GATE",
                                today.minusDays(10),
                                today.minusDays(5),
                                5)),
                        List.of(new Views.Deadline(
                                "p-1",
                                "MSH-01: MakerLab",
                                "mobilitaet-logistik",
                                "Krause",
                                "M-3",
                                "Verwendungsnachweis",
                                "FUNDING_DEADLINE",
                                today.plusDays(10),
                                today.plusDays(10),
                                0)),
                        POSITIONS));
        when(dashboard.progress(asOf == null ? isNull() : eq(asOf)))
                .thenReturn(new Views.Progress(
                        1,
                        "Beispielwerte, nicht aus dem Masterplan",
                        List.of(new Views.Field("mobilitaet-logistik", List.of(km))),
                        POSITIONS));
    }
}
