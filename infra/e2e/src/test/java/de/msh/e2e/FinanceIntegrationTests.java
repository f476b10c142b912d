package de.msh.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** Finance staff read in a bank statement and settle the booking the matching left open, with the keyboard alone. */
class FinanceIntegrationTests extends BrowserTest {

    @Test
    void readsInAStatementAndSettlesItsOpenBooking() throws URISyntaxException {
        browser.logInAs("finance", "/finanzen/kontoauszuege");
        browser.look("statements");
        browser.press(By.linkText("Kontoauszug einlesen"));
        browser.waitFor(By.id("datei"));
        browser.look("statement-upload");

        browser.driver.findElement(By.id("datei")).sendKeys(statementFile().toString());
        browser.press(By.cssSelector("#auszug-einlesen button[type=submit]"));

        browser.waitForText(By.id("meldungen"), "Kontoauszug eingelesen: 1 Buchungen, davon 1 offen.");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Kontoauszug E2E-2026-11-001");
        assertThat(browser.text(By.id("buchungen")))
                .contains("Ohne Aktenzeichen", "Kein Aktenzeichen einer Zuwendung im Verwendungszweck")
                .containsPattern("480,00\\s€");
        browser.look("statement-imported");

        browser.press(By.linkText("Zur Arbeitsliste"));
        WebElement booking =
                browser.waitFor(By.xpath("//article[.//text()[contains(., 'Kostenbeteiligung Radtour')]]"));
        browser.look("worklist");
        String id = booking.getAttribute("aria-labelledby").substring("buchung-".length());
        browser.driver.findElement(By.id(id + "-NOT_RELEVANT")).sendKeys(Keys.SPACE);
        browser.type(By.id(id + "-reason"), "Kostenbeteiligung eines Vereins, keine Fördermittel");
        browser.press(By.cssSelector("article[aria-labelledby='buchung-" + id + "'] button[type=submit]"));

        browser.waitForText(By.id("meldungen"), "ist erledigt");
        assertThat(browser.text(By.id("arbeitsliste"))).doesNotContain("Kostenbeteiligung Radtour");
        browser.look("worklist-settled");
    }

    @Test
    void recordsADisbursementOnAGrantsPage() {
        browser.logInAs("finance", "/finanzen/zuwendungen");
        browser.look("grants");
        browser.press(By.linkText("DEMO-IB-2024-0001"));
        browser.waitFor(By.id("schritte"));
        browser.look("grant");

        browser.press(By.xpath("//summary[normalize-space()='Weiterleitung erfassen']"));
        browser.type(By.id("weiterleitung-recipient"), "Stadt Stolberg (Harz)");
        browser.type(By.id("weiterleitung-amount"), "10.000,00");
        browser.driver.findElement(By.id("weiterleitung-day")).sendKeys("29.11.2026");
        browser.press(By.xpath("//button[normalize-space()='Weiterleitung speichern']"));

        browser.waitForText(By.id("meldungen"), "Weiterleitung erfasst.");
        assertThat(browser.text(By.cssSelector("section[aria-labelledby=zahlungen]")))
                .contains("Stadt Stolberg (Harz)")
                .containsPattern("10\\.000,00\\s€");
        browser.look("grant-disbursed");
    }

    @Test
    void appliesForAMunicipalitysGrantFromAProjectsPage() {
        browser.logInAs("finance", "/projekte?suche=Radwegenetzplanung");
        browser.press(By.partialLinkText("Radwegenetzplanung"));
        browser.waitFor(By.id("foerderantrag"));

        browser.type(By.id("antrag-fileNumber"), "IB-E2E-" + System.currentTimeMillis() % 1_000_000);
        browser.type(By.id("antrag-requestedAmount"), "50.000,00");
        // a select answers to the keys typed on it, as a keyboard user chooses
        browser.driver.findElement(By.id("antrag-recipientKind")).sendKeys("Geb");
        browser.type(By.id("antrag-recipient"), "Stadt Sangerhausen");
        browser.driver.findElement(By.id("antrag-investmentArea")).sendKeys("Nr. 2");
        browser.press(By.xpath("//button[normalize-space()='Antrag erfassen']"));

        browser.waitForText(By.id("meldungen"), "wurde erfasst");
        assertThat(browser.driver.getPageSource())
                .contains("Stadt Sangerhausen, Gebietskörperschaft (ANBest-Gk)")
                .contains("Nr. 2: Verkehr");
        browser.look("grant-applied-municipal");
    }

    @Test
    void explainsAFileThatIsNoStatementInGerman() throws URISyntaxException {
        browser.logInAs("finance", "/finanzen/kontoauszuege/neu");
        browser.driver.findElement(By.id("datei")).sendKeys(notAStatement().toString());
        browser.press(By.cssSelector("#auszug-einlesen button[type=submit]"));

        browser.waitFor(By.id("einlesen-fehler"));
        assertThat(browser.text(By.id("einlesen-fehler"))).contains("Die Datei ist kein lesbarer Kontoauszug");
        assertThat(browser.focused().getAttribute("id")).isEqualTo("einlesen-fehler");
        browser.look("statement-refused");
    }

    @Test
    void financeMayNotImportTheStudyCatalogue() {
        browser.logInAs("finance", "/studien/import");

        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Keine Berechtigung");
        browser.look("forbidden-finance");
    }

    @Test
    void theSteeringOfficeMayNotReadInStatements() {
        browser.logInAs("steering", "/finanzen/kontoauszuege/neu");

        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Keine Berechtigung");
        browser.look("forbidden-steering");
    }

    private static Path statementFile() throws URISyntaxException {
        return Path.of(FinanceIntegrationTests.class
                .getResource("/kontoauszug-e2e.camt053.xml")
                .toURI());
    }

    private static Path notAStatement() throws URISyntaxException {
        return Path.of(FinanceIntegrationTests.class
                .getResource("/kein-kontoauszug.xml")
                .toURI());
    }
}
