package de.msh.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

/** The steering office registers a project and moves it on, in the browser, with the keyboard alone. */
class SteeringIntegrationTests extends BrowserTest {

    @Test
    void registersAProjectAndMovesItToTheNextPhase() {
        String code = "E2E-" + ThreadLocalRandom.current().nextInt(1000, 9999);
        String title = "<script>alert(1)</script> Green Power MSH₂ Radweg";
        browser.logInAs("steering", "/");
        browser.look("start-steering");

        browser.press(By.linkText("Neues Projekt registrieren"));
        browser.waitFor(By.id("code"));
        browser.look("project-register");
        browser.type(By.id("code"), code);
        browser.type(By.id("plannedTotal"), "1.234.567,89");
        browser.type(By.id("yearly"), "2026: 1.000.000,00\n2027: 234.567,89");
        browser.type(By.id("title"), title);
        browser.focused().sendKeys(Keys.ENTER);

        browser.waitForText(By.id("meldungen"), "wurde registriert");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo(code + ": " + title);
        assertThat(browser.text(By.id("kosten"))).isEqualTo("Geplante Kosten");
        assertThat(browser.text(By.cssSelector("#kosten + div caption"))).matches("Gesamt: 1\\.234\\.567,89\\s€");
        assertThat(browser.text(By.id("aktuelle-phase"))).isEqualTo("Idee");
        browser.look("project-registered");

        assertThat(new Select(browser.driver.findElement(By.id("to")))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("Konzept");
        browser.press(By.cssSelector("#phasenwechsel button[type=submit]"));
        browser.waitForText(By.id("aktuelle-phase"), "Konzept");
        assertThat(browser.text(By.id("meldungen"))).contains("ist jetzt in der neuen Phase");
        assertThat(browser.text(By.id("verlauf")).isEmpty()).isFalse();
        assertThat(browser.driver.findElement(By.cssSelector("#verlauf + div")).getText())
                .contains("Phase gewechselt");
        browser.look("project-concept");
    }

    @Test
    void seesARefusedGateExplainedInGermanNextToTheControl() {
        browser.logInAs("steering", "/projekte/neu");
        browser.type(By.id("code"), "E2E-GATE-" + ThreadLocalRandom.current().nextInt(100, 999));
        browser.type(By.id("title"), "Mobilitätsstation Hettstedt");
        browser.focused().sendKeys(Keys.ENTER);
        browser.waitForText(By.id("meldungen"), "wurde registriert");

        new Select(browser.driver.findElement(By.id("to"))).selectByVisibleText("Abgeschlossen");
        browser.press(By.cssSelector("#phasenwechsel button[type=submit]"));

        browser.waitFor(By.id("to-fehler"));
        assertThat(browser.text(By.id("to-fehler"))).contains("nach den Phasenregeln nicht zulässig");
        assertThat(browser.focused().getAttribute("id")).isEqualTo("to-fehler");
        assertThat(browser.text(By.id("aktuelle-phase"))).isEqualTo("Idee");
        browser.look("project-gate-refused");
    }

    @Test
    void readsTheStudyCatalogueAndSeesEveryRefusedCellOfAnImport() throws Exception {
        browser.logInAs("steering", "/studien");
        browser.look("studies");
        browser.press(By.cssSelector("table.kern-table tbody tr th a"));
        browser.waitFor(By.id("empfehlungen"));
        browser.look("study");

        browser.open("/studien/import");
        browser.driver
                .findElement(By.id("datei"))
                .sendKeys(java.nio.file.Path.of(getClass()
                                .getResource("/studienkatalog-fehlerhaft.csv")
                                .toURI())
                        .toString());
        browser.press(By.cssSelector("main form button[type=submit]"));

        browser.waitFor(By.id("zeilenfehler"));
        assertThat(browser.text(By.id("import-fehler"))).contains("nichts wurde übernommen");
        assertThat(browser.text(By.id("zeilenfehler")))
                .contains("„begonnen“ ist ungültig", "Die Katalognummer steht auch in Zeile");
        browser.look("studies-import-refused");
    }

    @Test
    void filtersTheBoardAndKeepsTheFiltersInTheAddress() {
        browser.logInAs("steering", "/projekte");
        browser.look("board");
        browser.type(By.id("suche"), "Kupfer");
        browser.focused().sendKeys(Keys.ENTER);

        browser.waitForUrl("suche=Kupfer");
        assertThat(browser.text(By.id("ergebnisse"))).contains("Kupferspuren").doesNotContain("MakerLab");
        browser.look("board-filtered");

        browser.open("/projekte?suche=Kupfer");
        assertThat(browser.text(By.id("ergebnisse"))).contains("Kupferspuren");
    }
}
