package de.msh.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;

/**
 * A manager reads the start page and the dashboard (now and as of an earlier day), may change nothing, and logs out of
 * the portal and the auth server.
 */
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
    void readsTheDashboardNowAndAsOfAnEarlierDay() {
        browser.logInAs("manager", "/");
        browser.press(By.linkText("Auswertung"));
        browser.waitForText(By.tagName("h1"), "Auswertung");

        assertThat(browser.text(By.id("stand"))).isEqualTo("Aktueller Stand");
        assertThat(browser.driver.getPageSource())
                .contains(
                        "Masterplan 2038: Zielerreichung",
                        "Radwegenetz im Landkreis",
                        "Beispielwerte",
                        "nicht bewertbar",
                        // the demo grants' deadlines and the phase gates, through milestones and reporting
                        "Meilensteine: Termintreue",
                        "Termintreue je Themenfeld",
                        "Förderfrist");
        assertThat(browser.driver
                        .findElements(By.cssSelector("figure.msh-chart canvas"))
                        .size())
                .isGreaterThan(3);
        browser.look("dashboard-now");

        // the day before yesterday, typed and sent with the keyboard alone
        String day = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Berlin"))
                .minusDays(2)
                .format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        browser.type(By.id("stichtag"), day);
        browser.focused().sendKeys(Keys.ENTER);
        browser.waitForText(By.id("stand"), "Stand am " + day + ", Tagesende");
        assertThat(browser.driver.findElement(By.id("positionen")).getAttribute("textContent"))
                .contains("msh.projects.events");
        browser.look("dashboard-as-of");

        browser.type(By.id("stichtag"), "31.02.2026");
        browser.focused().sendKeys(Keys.ENTER);
        browser.waitForText(By.id("stichtag-fehler"), "TT.MM.JJJJ");
        assertThat(browser.text(By.id("stand"))).isEqualTo("Aktueller Stand");
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
