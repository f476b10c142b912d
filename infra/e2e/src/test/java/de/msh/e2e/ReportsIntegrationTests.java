package de.msh.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * A manager drafts the portfolio's status report, writes the assessment, publishes it and fetches its CSV, in the
 * browser with the keyboard alone; afterwards the report offers no changes.
 */
class ReportsIntegrationTests extends BrowserTest {

    @Test
    void aManagerDraftsAssessesPublishesAndDownloadsAStatusReport() {
        browser.logInAs("manager", "/");
        browser.press(By.linkText("Berichte"));
        browser.waitForText(By.tagName("h1"), "Statusberichte");
        browser.look("reports");

        // the portfolio is the form's first choice; today is the default day
        browser.press(By.xpath("//button[normalize-space()='Entwurf erstellen']"));
        browser.waitForText(By.id("meldungen"), "Der Entwurf ist erstellt");
        assertThat(browser.text(By.tagName("h1"))).startsWith("Statusbericht Portfolio");
        assertThat(browser.text(By.id("ampel"))).isIn("grün", "gelb", "rot");
        assertThat(browser.text(By.id("positionen"))).contains("msh.projects.events");
        browser.look("report-draft");

        browser.type(By.id("einschaetzung-text"), "Die Umsetzung liegt im Plan; der Bescheid für MSH₂ steht aus.");
        browser.press(By.xpath("//button[normalize-space()='Einschätzung speichern']"));
        browser.waitForText(By.id("meldungen"), "Die Einschätzung ist gespeichert.");
        browser.press(By.xpath("//button[normalize-space()='Bericht veröffentlichen']"));
        browser.waitForText(By.id("meldungen"), "ist veröffentlicht");

        assertThat(browser.text(By.id("zustand"))).contains("veröffentlicht");
        assertThat(browser.driver.findElements(By.id("einschaetzung"))).isEmpty();
        assertThat(browser.driver.getPageSource()).contains("der Bescheid für MSH₂ steht aus.");
        browser.look("report-published");

        // the file as a click would fetch it, with the person's session
        Object csv = ((JavascriptExecutor) browser.driver)
                .executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + "fetch(document.querySelector('#dateien a[href$=\"projekte.csv\"]').href)"
                        + ".then(r => r.text()).then(done, e => done(String(e)));");
        assertThat((String) csv).contains("Kürzel;Projekt;Themenfeld;Phase;").contains("IMPULSGEBERTAGE;");
        Object pdf = ((JavascriptExecutor) browser.driver)
                .executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + "fetch(document.querySelector('#dateien a[href$=\"/pdf\"]').href)"
                        + ".then(r => r.arrayBuffer()).then(b => done(new TextDecoder('latin1').decode(b.slice(0, 8))),"
                        + " e => done(String(e)));");
        assertThat((String) pdf).startsWith("%PDF-");

        browser.press(By.linkText("Alle Statusberichte"));
        browser.waitForText(By.tagName("h1"), "Statusberichte");
        assertThat(browser.text(By.id("berichte"))).contains("veröffentlicht am");
    }

    @Test
    void aManagerDraftsTheYearlyReportUnderTheInvkgWithItsMeasures() {
        String lastYear = String.valueOf(java.time.LocalDate.now().getYear() - 1);
        browser.logInAs("manager", "/berichte");
        browser.waitForText(By.tagName("h1"), "Statusberichte");

        // selects answer to the keys typed on them, as a keyboard user chooses
        browser.driver.findElement(By.id("umfang")).sendKeys("Jahresbericht");
        browser.driver.findElement(By.id("jahr")).sendKeys(lastYear);
        browser.press(By.xpath("//button[normalize-space()='Entwurf erstellen']"));

        browser.waitForText(By.id("meldungen"), "Der Entwurf ist erstellt");
        assertThat(browser.text(By.tagName("h1"))).startsWith("Jahresbericht " + lastYear);
        assertThat(browser.text(By.id("invkg"))).contains("Bericht nach § 8 InvKG", "Verwaltungsvereinbarung");
        // the demo's InvKG grants name recipient and area
        assertThat(browser.text(By.id("massnahmen")))
                .contains("DEMO-IB-2024-0001", "Landkreis Mansfeld-Südharz", "Nr. 6: Touristische Infrastruktur");
        browser.look("report-invkg");
        Object csv = ((JavascriptExecutor) browser.driver)
                .executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + "fetch(document.querySelector('#dateien a[href$=\"massnahmen.csv\"]').href)"
                        + ".then(r => r.text()).then(done, e => done(String(e)));");
        assertThat((String) csv)
                .contains("Maßnahme;Aktenzeichen;Zuwendungsempfänger;")
                .contains("DEMO-IB-2024-0001");
    }
}
