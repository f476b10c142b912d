package de.msh.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The steering office plans a project's milestone, moves it with a reason and marks it reached, in the browser, with
 * the keyboard alone; a move without a reason is refused in German at the form.
 */
class MilestonesIntegrationTests extends BrowserTest {

    private static final DateTimeFormatter GERMAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final String TITLE = "Werkstatt eingerichtet";
    private static final String STEP = "//details[summary[starts-with(normalize-space(.), '" + TITLE + "')]]";

    @Test
    void plansMovesAndReachesAMilestoneOfAProject() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        browser.logInAs("steering", "/projekte/neu");
        browser.type(By.id("code"), "E2E-MS-" + ThreadLocalRandom.current().nextInt(100, 999));
        browser.type(By.id("title"), "MakerLab Eisleben, zweiter Standort");
        browser.focused().sendKeys(Keys.ENTER);
        browser.waitForText(By.id("meldungen"), "wurde registriert");

        browser.press(By.id("zu-meilensteinen"));
        browser.waitFor(By.id("planen"));
        browser.type(By.id("title"), TITLE);
        browser.type(By.id("on"), today.plusDays(30).format(GERMAN));
        browser.focused().sendKeys(Keys.ENTER);
        browser.waitForText(By.id("meldungen"), "ist geplant");
        assertThat(row()).contains(TITLE, "Ergebnis", today.plusDays(30).format(GERMAN), "Im Plan");
        browser.look("milestones-planned");

        browser.press(By.xpath(STEP + "/summary"));
        browser.type(
                By.xpath("(" + STEP + "//input[@name='day'])[1]"),
                today.plusDays(60).format(GERMAN));
        browser.press(By.xpath(STEP + "//button[.//span[text()='Termin verschieben']]"));
        browser.waitFor(By.cssSelector("p.kern-error"));
        assertThat(browser.text(By.cssSelector("p.kern-error"))).contains("Bitte begründen Sie die Verschiebung.");
        assertThat(browser.focused().getTagName()).isEqualTo("p");
        browser.look("milestones-replan-refused");

        browser.type(
                By.xpath("(" + STEP + "//input[@name='day'])[1]"),
                today.plusDays(60).format(GERMAN));
        browser.type(By.xpath(STEP + "//textarea[@name='reason']"), "Lieferung der Maschinen verzögert");
        browser.press(By.xpath(STEP + "//button[.//span[text()='Termin verschieben']]"));
        browser.waitForText(By.id("meldungen"), "Der Termin ist verschoben");
        assertThat(row()).contains(today.plusDays(60).format(GERMAN), "30", "Verschoben");
        assertThat(browser.text(By.id("trend"))).isEqualTo("Meilensteintrendanalyse");
        assertThat(browser.text(By.id("trendtabelle"))).contains(TITLE, today.format(GERMAN));

        String schedule = browser.driver.getCurrentUrl();
        browser.open("/meilensteine");
        browser.press(By.xpath("//button[.//span[text()='Kalenderadresse erstellen']]"));
        browser.waitFor(By.id("kalenderadresse"));
        String feed = browser.driver.findElement(By.id("kalenderadresse")).getAttribute("value");
        assertThat(fetch(feed)).startsWith("BEGIN:VCALENDAR").contains("SUMMARY:" + TITLE);
        browser.look("milestones-calendar");
        browser.driver.get(schedule);
        browser.waitFor(By.id("planen"));

        browser.press(By.xpath(STEP + "/summary"));
        browser.press(By.xpath(STEP + "//button[.//span[text()='Als erreicht vermerken']]"));
        browser.waitForText(By.id("meldungen"), "als erreicht vermerkt");
        assertThat(row()).contains("Erreicht", today.format(GERMAN));
        browser.look("milestones-reached");

        browser.open("/meilensteine?status=ACHIEVED");
        browser.waitFor(By.id("ergebnisse"));
        assertThat(browser.text(By.id("ergebnisse"))).contains(TITLE, "MakerLab Eisleben, zweiter Standort");
        browser.look("milestones-portfolio");

        // the demo data's Impulsgebertage: every Thursday, so some fall in next month
        browser.open(
                "/meilensteine/monat?monat=" + java.time.YearMonth.from(today).plusMonths(1));
        browser.waitFor(By.id("monat"));
        assertThat(browser.text(By.id("monat"))).contains("Impulsgebertag in Sangerhausen");
        browser.look("milestones-month");
    }

    /** As a calendar client reads it: no login. */
    private static String fetch(String address) {
        try {
            return java.net.http.HttpClient.newHttpClient()
                    .send(
                            java.net.http.HttpRequest.newBuilder(java.net.URI.create(address))
                                    .build(),
                            java.net.http.HttpResponse.BodyHandlers.ofString())
                    .body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String row() {
        return browser.text(By.xpath("//table[@id='meilensteine']//tr[th[normalize-space(.)='" + TITLE + "']]"));
    }
}
