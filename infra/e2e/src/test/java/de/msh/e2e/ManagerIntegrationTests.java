package de.msh.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;

/** A manager reads the start page, may change nothing, and logs out of the portal and the auth server. */
class ManagerIntegrationTests extends BrowserTest {

    @Test
    void readsTheStartPage() {
        browser.logInAs("manager", "/");

        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Übersicht");
        assertThat(browser.text(By.id("nach-phase"))).isEqualTo("Portfolio nach Phase");
        assertThat(browser.driver.findElements(By.cssSelector("figure.msh-chart canvas")))
                .isNotEmpty();
        assertThat(browser.driver.getPageSource())
                .contains(
                        "Projekte je Phase",
                        "Mittelfluss nach Programm und Förderperiode",
                        "Mittelrahmen nach Programm")
                .doesNotContain("Neues Projekt registrieren");
        browser.look("start-manager");
    }

    @Test
    void isRefusedWhatOnlyTheSteeringOfficeMayDo() {
        browser.logInAs("manager", "/projekte/neu");

        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Keine Berechtigung");
        browser.look("forbidden-manager");
    }

    @Test
    void getsAGermanPageForAnAddressThatDoesNotExist() {
        browser.logInAs("manager", "/");
        browser.open("/gibt-es-nicht");

        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Seite nicht gefunden");
        browser.look("not-found");
    }

    @Test
    void startsWithTheSkipLinkAndFitsA768PixelScreen() {
        browser.logInAs("manager", "/");
        browser.width(768);
        browser.open("/");

        browser.driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        assertThat(browser.focused().getText()).isEqualTo("Zum Inhalt springen");
        long overflow = (Long) ((JavascriptExecutor) browser.driver)
                .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
        assertThat(overflow).isLessThanOrEqualTo(0);
        browser.look("start-768");
    }

    @Test
    void logsOutOfThePortalAndTheAuthServer() {
        browser.logInAs("manager", "/");
        browser.press(By.cssSelector(".msh-user button[type=submit]"));

        browser.waitForText(By.tagName("h1"), "Sie sind abgemeldet");
        browser.look("logged-out");
        browser.press(By.linkText("Erneut anmelden"));
        browser.waitFor(By.id("username"));
        assertThat(browser.driver.getTitle()).startsWith("Anmelden");
    }
}
