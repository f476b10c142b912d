package de.msh.reporting.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.msh.events.DomainEvent;
import de.msh.events.funding.DiscrepancyKind;
import de.msh.events.funding.FundsCalled;
import de.msh.events.funding.GrantAmended;
import de.msh.events.funding.GrantApplied;
import de.msh.events.funding.GrantApproved;
import de.msh.events.funding.GrantReclaimed;
import de.msh.events.funding.PaymentDisbursed;
import de.msh.events.funding.PaymentReceived;
import de.msh.events.funding.PaymentReconciled;
import de.msh.events.funding.ProofKind;
import de.msh.events.funding.ProofOfUseAccepted;
import de.msh.events.funding.ReclaimRepaid;
import de.msh.events.funding.ReconciliationDiscrepancyFound;
import de.msh.events.funding.ReconciliationDiscrepancyResolved;
import de.msh.events.projects.ProjectPhase;
import de.msh.events.projects.ProjectRegistered;
import de.msh.testsupport.ApiClient;
import de.msh.testsupport.TestTokens;
import de.msh.testsupport.TopicProbe;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The money view against the same funding events folded in plain Java: every total of every group and every year to
 * the cent, after amendments, several payments, a repaid reclaim with interest, reconciled bookings and open and
 * settled discrepancies, with events redelivered, and with the funding events arriving before their project.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MoneyViewIntegrationTests {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);
    private static final List<String> TOTALS = List.of(
            "committed",
            "called",
            "received",
            "disbursed",
            "proven",
            "reclaimed",
            "repaid",
            "interest",
            "reconciled",
            "openDiscrepancies");
    private static final List<String> MOVED = TOTALS.subList(1, 9);

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String brokers;

    record Published(String subject, long sequence, DomainEvent event) {}

    @Test
    void everyTotalEqualsTheEventsFoldedIndependentlyAlsoWhenFundingComesBeforeItsProject() {
        String programme = "fold-" + UUID.randomUUID().toString().substring(0, 8);
        List<Published> events = history(programme);
        List<Published> funding = events.stream()
                .filter(e -> !(e.event() instanceof ProjectRegistered))
                .toList();
        List<Published> projects = events.stream()
                .filter(e -> e.event() instanceof ProjectRegistered)
                .toList();
        TopicProbe topic = new TopicProbe(brokers);
        ApiClient reporting = ApiClient.onPort(port);

        // the grants first: their project's field is not known yet
        funding.forEach(e -> topic.publish(e.subject(), e.sequence(), e.event()));
        funding.subList(2, 7).forEach(e -> topic.publish(e.subject(), e.sequence(), e.event()));
        awaitView(reporting, programme, fold(funding));

        // then the project, and a redelivery of a grant's events: the same state as had they come in order
        projects.forEach(e -> topic.publish(e.subject(), e.sequence(), e.event()));
        funding.subList(14, 18).forEach(e -> topic.publish(e.subject(), e.sequence(), e.event()));
        awaitView(reporting, programme, fold(events));
        assertThat(fold(events)).containsKey("field wertschoepfung").containsKey("field unbekannt");
    }

    private static void awaitView(ApiClient reporting, String programme, Map<String, Map<String, Object>> expected) {
        await().atMost(Duration.ofSeconds(45))
                .untilAsserted(() -> assertThat(actual(reporting
                                .get("/api/reporting/money?programme=" + programme, TestTokens.forRole("manager"))
                                .json()))
                        .isEqualTo(expected));
    }

    private static List<Published> history(String programme) {
        String a = UUID.randomUUID().toString();
        String b = UUID.randomUUID().toString();
        String c = UUID.randomUUID().toString();
        String projectA = "p-" + a.substring(0, 6);
        String projectB = "p-" + b.substring(0, 6);
        List<Published> events = new ArrayList<>();
        events.add(new Published(
                a,
                1,
                new GrantApplied(a, projectA, "F-1", programme, "2020-2026", eur("450000.00"), "EUR", "finance")));
        events.add(new Published(
                a, 2, new GrantApproved(a, projectA, programme, eur("405000.00"), "EUR", DAY, "finance")));
        events.add(new Published(
                a,
                3,
                new FundsCalled(
                        a,
                        projectA,
                        "F-1",
                        "C-1",
                        2025,
                        eur("135000.00"),
                        "EUR",
                        LocalDate.of(2025, 3, 1),
                        "finance")));
        events.add(new Published(
                a,
                4,
                new PaymentReceived(
                        a, projectA, "C-1", "R-1", eur("135000.00"), "EUR", LocalDate.of(2025, 12, 31), "finance")));
        events.add(new Published(
                a,
                5,
                new PaymentDisbursed(
                        a, projectA, "D-1", "Lutherstadt Eisleben", eur("100000.01"), "EUR", DAY, "finance")));
        events.add(new Published(
                a,
                6,
                new GrantAmended(
                        a,
                        projectA,
                        2,
                        eur("420000.00"),
                        new BigDecimal("0.9"),
                        eur("466666.67"),
                        "EUR",
                        DAY,
                        "Mehrkosten",
                        "finance")));
        events.add(new Published(
                a,
                7,
                new ProofOfUseAccepted(
                        a, projectA, "interim-2026", ProofKind.INTERIM, eur("111111.11"), "EUR", DAY, "finance")));
        events.add(new Published(
                b, 1, new GrantApplied(b, projectB, "F-2", programme, "2027-2032", eur("90000.00"), "EUR", "finance")));
        events.add(
                new Published(b, 2, new GrantApproved(b, projectB, programme, eur("81000.00"), "EUR", DAY, "finance")));
        events.add(new Published(
                b, 3, new FundsCalled(b, projectB, "F-2", "C-1", 2027, eur("81000.00"), "EUR", DAY, "finance")));
        events.add(new Published(
                b, 4, new PaymentReceived(b, projectB, "C-1", "R-1", eur("81000.00"), "EUR", DAY, "finance")));
        events.add(new Published(
                b,
                5,
                new GrantReclaimed(
                        b, projectB, "RC-1", eur("20000.00"), "EUR", DAY, false, "Zweckverfehlung", "finance")));
        events.add(new Published(
                b,
                6,
                new ReclaimRepaid(
                        b,
                        projectB,
                        "RC-1",
                        eur("20000.00"),
                        eur("123.45"),
                        "EUR",
                        LocalDate.of(2027, 1, 4),
                        30,
                        "finance")));
        events.add(new Published(
                c, 1, new GrantApplied(c, projectB, "F-3", programme, "2027-2032", eur("5000.00"), "EUR", "finance")));
        events.add(new Published(
                a,
                8,
                new PaymentReconciled(
                        a, projectA, "R-1", "S-1/1", eur("135000.00"), "EUR", LocalDate.of(2026, 1, 2), "matching")));
        // the final proof shows the whole measure's spending: it replaces the interim proof, not adds to it
        events.add(new Published(
                a,
                9,
                new ProofOfUseAccepted(
                        a,
                        projectA,
                        "final",
                        ProofKind.FINAL,
                        eur("150000.00"),
                        "EUR",
                        LocalDate.of(2027, 3, 1),
                        "finance",
                        eur("135000.00"))));
        events.add(new Published(
                b, 7, new PaymentReconciled(b, projectB, "R-1", "S-1/2", eur("60000.00"), "EUR", DAY, "matching")));
        events.add(new Published(
                b, 8, new PaymentReconciled(b, projectB, "R-1", "S-1/3", eur("21000.00"), "EUR", DAY, "finance")));
        String statement = "S-" + a.substring(0, 8);
        events.add(new Published(statement, 1, discrepancy(statement, 3, DiscrepancyKind.PARTIAL, "21000.00", b)));
        events.add(new Published(statement, 2, discrepancy(statement, 4, DiscrepancyKind.UNMATCHED, "999.99", a)));
        events.add(new Published(statement, 3, discrepancy(statement, 5, DiscrepancyKind.DUPLICATE, "0.01", a)));
        events.add(new Published(
                statement,
                4,
                new ReconciliationDiscrepancyResolved(
                        statement, statement + "/3", "ASSIGNED", "Rest auf C-1", "finance")));
        events.add(new Published(
                projectA,
                1,
                new ProjectRegistered(
                        projectA,
                        "WS-" + a.substring(0, 4),
                        "Projekt A",
                        "wertschoepfung",
                        List.of("Lutherstadt Eisleben"),
                        ProjectPhase.IMPLEMENTATION,
                        null,
                        List.of())));
        return events;
    }

    /**
     * Aggregate by aggregate, the last event of each wins; the latest decision is what is committed; a discrepancy
     * counts for its grant while open; a grant's money goes to its project's field once the project is known.
     */
    private static Map<String, Map<String, Object>> fold(List<Published> events) {
        Map<String, Long> applied = new LinkedHashMap<>();
        Map<String, String[]> grantKeys = new LinkedHashMap<>(); // programme + period, project
        Map<String, Map<String, BigDecimal>> sums = new LinkedHashMap<>();
        Map<Integer, Map<String, BigDecimal>> years = new TreeMap<>();
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, ReconciliationDiscrepancyFound> open = new LinkedHashMap<>();
        Map<String, List<ProofOfUseAccepted>> interims = new LinkedHashMap<>();
        for (Published e : events) {
            if (applied.getOrDefault(e.subject(), 0L) >= e.sequence()) {
                continue;
            }
            applied.put(e.subject(), e.sequence());
            if (e.event() instanceof ProjectRegistered p) {
                fields.put(p.projectId(), p.strategicField());
                continue;
            }
            if (e.event() instanceof ReconciliationDiscrepancyFound d) {
                open.put(d.bookingId(), d);
                continue;
            }
            if (e.event() instanceof ReconciliationDiscrepancyResolved d) {
                open.remove(d.bookingId());
                continue;
            }
            Map<String, BigDecimal> grant = sums.computeIfAbsent(e.subject(), k -> zeros());
            if (e.event() instanceof GrantApplied g) {
                grantKeys.put(g.grantId(), new String[] {g.programme() + " " + g.period(), g.projectId()});
            } else if (e.event() instanceof GrantApproved g) {
                grant.put("committed", g.amount());
            } else if (e.event() instanceof GrantAmended g) {
                grant.put("committed", g.amount());
            } else if (e.event() instanceof FundsCalled g) {
                moved(grant, years, "called", g.amount(), g.calledOn());
            } else if (e.event() instanceof PaymentReceived g) {
                moved(grant, years, "received", g.amount(), g.receivedOn());
            } else if (e.event() instanceof PaymentDisbursed g) {
                moved(grant, years, "disbursed", g.amount(), g.disbursedOn());
            } else if (e.event() instanceof ProofOfUseAccepted g && g.kind() == ProofKind.INTERIM) {
                interims.computeIfAbsent(g.grantId(), k -> new ArrayList<>()).add(g);
                moved(grant, years, "proven", g.provenAmount(), g.acceptedOn());
            } else if (e.event() instanceof ProofOfUseAccepted g) {
                for (ProofOfUseAccepted interim : interims.getOrDefault(g.grantId(), List.of())) {
                    moved(grant, years, "proven", interim.provenAmount().negate(), interim.acceptedOn());
                }
                moved(grant, years, "proven", g.provenAmount(), g.acceptedOn());
            } else if (e.event() instanceof GrantReclaimed g) {
                moved(grant, years, "reclaimed", g.amount(), g.effectiveFrom());
            } else if (e.event() instanceof ReclaimRepaid g) {
                moved(grant, years, "repaid", g.amount(), g.paidOn());
                moved(grant, years, "interest", g.interest(), g.paidOn());
            } else if (e.event() instanceof PaymentReconciled g) {
                moved(grant, years, "reconciled", g.amount(), g.bookedOn());
            }
        }
        Map<String, Integer> openCount = new LinkedHashMap<>();
        open.values().forEach(d -> {
            sums.get(d.grantId()).merge("openDiscrepancies", d.amount(), BigDecimal::add);
            openCount.merge(d.grantId(), 1, Integer::sum);
        });
        Map<String, Map<String, Object>> groups = new TreeMap<>();
        years.forEach((year, moved) -> {
            Map<String, Object> group = new TreeMap<>();
            MOVED.forEach(total ->
                    group.put(total, moved.getOrDefault(total, BigDecimal.ZERO).setScale(2)));
            groups.put("year " + year, group);
        });
        sums.forEach((grantId, grant) -> {
            String[] keys = grantKeys.get(grantId);
            int count = openCount.getOrDefault(grantId, 0);
            add(groups, "total alle", grant, count);
            add(groups, "programme " + keys[0], grant, count);
            add(groups, "project " + keys[1], grant, count);
            add(groups, "field " + fields.getOrDefault(keys[1], "unbekannt"), grant, count);
        });
        return groups;
    }

    private static void moved(
            Map<String, BigDecimal> grant,
            Map<Integer, Map<String, BigDecimal>> years,
            String total,
            BigDecimal amount,
            LocalDate day) {
        grant.merge(total, amount, BigDecimal::add);
        years.computeIfAbsent(day.getYear(), year -> new TreeMap<>()).merge(total, amount, BigDecimal::add);
    }

    private static void add(
            Map<String, Map<String, Object>> groups, String key, Map<String, BigDecimal> grant, int openCount) {
        Map<String, Object> group = groups.computeIfAbsent(key, k -> {
            Map<String, Object> fresh = new TreeMap<>(zeros());
            fresh.put("grants", 0L);
            fresh.put("openDiscrepancyCount", 0L);
            return fresh;
        });
        group.put("grants", (Long) group.get("grants") + 1);
        group.put("openDiscrepancyCount", (Long) group.get("openDiscrepancyCount") + openCount);
        TOTALS.forEach(total -> group.put(total, ((BigDecimal) group.get(total)).add(grant.get(total))));
    }

    private static Map<String, Map<String, Object>> actual(JsonNode view) {
        Map<String, Map<String, Object>> groups = new TreeMap<>();
        groups.put("total alle", totals(view.get("total")));
        view.get("byProgramme")
                .forEach(g -> groups.put("programme " + g.get("key").asString(), totals(g)));
        view.get("byProject").forEach(g -> groups.put("project " + g.get("key").asString(), totals(g)));
        view.get("byField").forEach(g -> groups.put("field " + g.get("key").asString(), totals(g)));
        view.get("byYear").forEach(y -> {
            Map<String, Object> year = new TreeMap<>();
            MOVED.forEach(total -> year.put(total, new BigDecimal(y.get(total).asString()).setScale(2)));
            groups.put("year " + y.get("year").asInt(), year);
        });
        return groups;
    }

    private static Map<String, Object> totals(JsonNode group) {
        Map<String, Object> totals = new TreeMap<>();
        totals.put("grants", group.get("grants").asLong());
        totals.put("openDiscrepancyCount", group.get("openDiscrepancyCount").asLong());
        TOTALS.forEach(
                total -> totals.put(total, new BigDecimal(group.get(total).asString()).setScale(2)));
        return totals;
    }

    private static Map<String, BigDecimal> zeros() {
        Map<String, BigDecimal> zeros = new LinkedHashMap<>();
        TOTALS.forEach(total -> zeros.put(total, new BigDecimal("0.00")));
        return zeros;
    }

    private static ReconciliationDiscrepancyFound discrepancy(
            String statement, int position, DiscrepancyKind kind, String amount, String grantId) {
        return new ReconciliationDiscrepancyFound(
                statement,
                statement + "/" + position,
                "DE02800550083010010050",
                kind,
                eur(amount),
                "EUR",
                DAY,
                grantId,
                "passt nicht");
    }

    private static BigDecimal eur(String amount) {
        return new BigDecimal(amount);
    }
}
