package de.msh.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven like a person with a keyboard: typing into fields and pressing Enter, never
 * clicking. Every page a test looks at is checked by axe-core and saved as a screenshot under target/screenshots.
 */
final class Browser implements AutoCloseable {

    static final String PASSWORD = "msh-demo-2038";
    private static final List<String> BLOCKING = List.of("serious", "critical");

    final WebDriver driver;
    private final WebDriverWait wait;

    Browser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("msh.e2e.chromium", "/usr/bin/chromium"));
        options.addArguments(
                "--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--lang=de-DE", "--window-size=1280,1000");
        // The driver Debian ships with its Chromium; Selenium must never download one.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("msh.e2e.chromedriver", "/usr/bin/chromedriver"))
                        .toFile())
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    void open(String path) {
        driver.get(LocalStack.PORTAL + path);
    }

    /** Logs in through the auth server's real login form, which any portal page leads to. */
    void logInAs(String user, String firstPath) {
        open(firstPath);
        waitFor(By.id("username"));
        assertThat(driver.getTitle()).startsWith("Anmelden");
        look("login-" + user);
        type(By.id("username"), user);
        WebElement password = driver.findElement(By.id("password"));
        password.sendKeys(PASSWORD, Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("localhost:8080"));
        waitFor(By.id("inhalt"));
    }

    void type(By field, String text) {
        WebElement element = driver.findElement(field);
        element.clear();
        element.sendKeys(text);
    }

    /** Focuses an element as Tab would and presses Enter on it. */
    void press(By target) {
        WebElement element = driver.findElement(target);
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].focus()", element);
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);
    }

    WebElement waitFor(By target) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(target));
    }

    void waitForUrl(String part) {
        wait.until(ExpectedConditions.urlContains(part));
    }

    void waitForText(By target, String text) {
        try {
            wait.until(ExpectedConditions.textToBePresentInElementLocated(target, text));
        } catch (org.openqa.selenium.TimeoutException e) {
            String name = "failed-waiting-for-" + text.replaceAll("[^A-Za-z0-9]+", "-");
            screenshot(name);
            try {
                Files.writeString(folder().resolve(name + ".html"), driver.getPageSource());
            } catch (IOException ignored) {
                // the screenshot is there; the page source is a help, not the point
            }
            throw e;
        }
    }

    String text(By target) {
        return driver.findElement(target).getText();
    }

    WebElement focused() {
        return driver.switchTo().activeElement();
    }

    void width(int pixels) {
        driver.manage().window().setSize(new Dimension(pixels, 1000));
    }

    /** Checks the page with axe-core (serious and critical violations fail) and keeps a screenshot of it. */
    void look(String name) {
        screenshot(name);
        Results results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(driver);
        List<Rule> blocking = results.getViolations().stream()
                .filter(rule -> BLOCKING.contains(rule.getImpact()))
                .toList();
        assertThat(blocking)
                .as("axe-core on %s (%s):%n%s", name, driver.getCurrentUrl(), describe(blocking))
                .isEmpty();
    }

    private void screenshot(String name) {
        try {
            Path folder = folder();
            Path shot = ((org.openqa.selenium.TakesScreenshot) driver)
                    .getScreenshotAs(OutputType.FILE)
                    .toPath();
            Files.copy(shot, folder.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException("could not save the screenshot " + name, e);
        }
    }

    private static Path folder() throws IOException {
        return Files.createDirectories(Path.of(System.getProperty("msh.e2e.screenshots", "target/screenshots")));
    }

    private static String describe(List<Rule> rules) {
        return rules.stream()
                .map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                        + rule.getNodes().stream()
                                .map(node -> String.valueOf(node.getTarget()))
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
