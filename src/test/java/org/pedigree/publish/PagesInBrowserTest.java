package org.pedigree.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pedigree.testing.Browser;
import org.pedigree.testing.RunningServer;

/**
 * The pages in real headless Chromium: styled under the CSP, navigable by clicking through the
 * family tree, the term page with its verdicts, search with suggestions, the SPARQL editor running
 * an example; a screenshot of each under {@code target/screenshots/}, and no console error anywhere.
 */
class PagesInBrowserTest {
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path dir;
    static RunningServer running;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws IOException {
        browser = Browser.start(dir.resolve("profile"));
        running = RunningServer.withDemo(dir.resolve("data"));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (running != null) {
            running.close();
        }
    }

    @AfterEach
    void no_page_logged_an_error() {
        List<String> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::toString).toList();
        assertTrue(errors.isEmpty(), "console errors: " + errors);
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    private static void open(String path) {
        browser.get(running.uri(path).toString());
    }

    private static void screenshot(String name) throws IOException {
        Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @Test
    void a_reader_goes_from_the_home_page_to_a_base_model_and_on_to_a_derivative() throws IOException {
        open("/");
        assertEquals("Model lineage · Pedigree", browser.getTitle());
        WebElement models = browser.findElement(By.id("count-models"));
        assertEquals("600", models.getCssValue("font-weight"), "the stylesheet applies under the Content-Security-Policy");
        screenshot("home");
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement skip = browser.switchTo().activeElement();
        assertEquals("Skip to the content", skip.getText(), "the first Tab reaches the skip link, shown when focused");
        skip.sendKeys(Keys.ENTER);
        assertTrue(browser.getCurrentUrl().endsWith("#main"));

        browser.findElement(By.linkText("Mistral-7B-v0.1")).click();
        assertEquals("Mistral-7B-v0.1", browser.findElement(By.tagName("h1")).getText());
        List<String> derivatives = browser.findElements(By.cssSelector("#derivatives li")).stream().map(WebElement::getText).toList();
        assertTrue(derivatives.contains("finetune zephyr-7b-beta"), derivatives.toString());

        browser.findElement(By.linkText("zephyr-7b-beta")).click();
        assertEquals("zephyr-7b-beta", browser.findElement(By.tagName("h1")).getText());
        assertEquals("finetune of Mistral-7B-v0.1", browser.findElement(By.cssSelector("#bases li")).getText());
    }

    @Test
    void the_family_tree_leads_up_to_an_ancestor_and_down_to_a_descendant_by_clicking() throws IOException {
        open("/model/HuggingFaceH4/zephyr-7b-beta");
        WebElement tree = browser.findElement(By.cssSelector("#family-tree svg"));
        assertTrue(tree.isDisplayed() && tree.getSize().getHeight() > 100, "the picture shows without any script");
        screenshot("model-zephyr");
        tree.findElement(By.cssSelector("a.ancestor")).click();
        assertEquals("Mistral-7B-v0.1", browser.findElement(By.tagName("h1")).getText());
        open("/model/mistralai/Mistral-7B-v0.1?colour=licence");
        screenshot("model-mistral-by-licence");
        browser.manage().window().setSize(new Dimension(1280, 1400));
        open("/model/mistralai/Mistral-7B-v0.1/lineage.svg?colour=licence");
        screenshot("lineage-mistral-by-licence");
        open("/model/HuggingFaceH4/zephyr-7b-beta/lineage.svg?colour=advisory");
        screenshot("lineage-zephyr-by-advisory");
        browser.manage().window().setSize(new Dimension(1280, 900));
        open("/model/mistralai/Mistral-7B-v0.1?colour=licence");
        WebElement descendant = browser.findElement(By.cssSelector("#family-tree a.descendant"));
        String target = descendant.getDomAttribute("href");
        descendant.click();
        waiting().until(ExpectedConditions.urlToBe(running.uri(target).toString()));
        assertTrue(browser.findElement(By.cssSelector("#bases")).getText().contains("Mistral-7B-v0.1"));
        // The keyboard reaches the picture's links.
        open("/model/mistralai/Mistral-7B-v0.1");
        WebElement first = browser.findElement(By.cssSelector("#family-tree a"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].focus()", first);
        assertEquals(first, browser.switchTo().activeElement());
        browser.switchTo().activeElement().sendKeys(Keys.TAB);
        assertTrue(browser.switchTo().activeElement().getAttribute("class").startsWith("node"), "tab moves to the next model of the picture");
    }

    @Test
    void a_phone_sees_every_kind_of_page_without_sideways_scrolling() throws IOException {
        browser.manage().window().setSize(new Dimension(390, 844));
        for (String path : List.of("/", "/model/mistralai/Mistral-7B-v0.1", "/models", "/term/model-lineage", "/dictionary", "/query",
                "/dataset/HuggingFaceH4/ultrachat_200k")) {
            open(path);
            if (path.equals("/query")) {
                waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#yasgui .CodeMirror")));
            }
            Long overflow = (Long) ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            screenshot("phone" + path.replaceAll("[^A-Za-z0-9]+", "-"));
            assertTrue(overflow <= 1, path + " scrolls sideways by " + overflow + " px (wide parts scroll in their own frame)");
        }
    }

    @Test
    void a_term_page_shows_the_counter_example_refused_and_links_a_worked_example_to_its_record() throws IOException {
        open("/term/model-lineage");
        assertEquals("Model lineage", browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.findElement(By.id("counter-examples")).getText().contains("Refused by the shapes"));
        screenshot("term-model-lineage");
        List<String> copy = browser.findElements(By.cssSelector("button.copy-button")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("Copy the JSON-LD", "Copy the JATS XML"), copy, "the encodings get copy buttons");
        browser.findElement(By.cssSelector("#examples a[href='/model/northbridge-health/medcoder-llama3-70b']")).click();
        assertEquals("MedCoder Llama-3 70B", browser.findElement(By.tagName("h1")).getText());
    }

    @Test
    void searching_suggests_names_as_one_types_and_lists_matches_with_facets() throws IOException {
        open("/models");
        WebElement box = browser.findElement(By.id("q"));
        box.sendKeys("zeph");
        waiting().until(d -> !d.findElements(By.cssSelector("#suggestions option")).isEmpty());
        List<String> suggested = browser.findElements(By.cssSelector("#suggestions option")).stream().map(o -> o.getAttribute("value")).toList();
        assertTrue(suggested.contains("zephyr-7b-beta"), suggested.toString());
        box.sendKeys(Keys.ENTER);
        waiting().until(ExpectedConditions.urlContains("q=zeph"));
        assertTrue(browser.findElements(By.cssSelector("#results .result-name")).stream().map(WebElement::getText).toList().contains("zephyr-7b-beta"));
        browser.findElement(By.cssSelector("#facet-kind a")).click();
        assertEquals(1, browser.findElements(By.cssSelector("#applied li")).size());
        screenshot("models-search");
    }

    @Test
    void the_sparql_editor_runs_an_example_and_shows_its_result_table() throws IOException {
        open("/query");
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#yasgui .CodeMirror")));
        assertTrue(!browser.findElement(By.id("plain-editor")).isDisplayed(), "YASGUI replaces the plain form");
        browser.findElement(By.cssSelector("#example-security-impact button.run-example")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#yasgui .yasr table tbody tr")));
        String table = browser.findElement(By.cssSelector("#yasgui .yasr table")).getText();
        assertTrue(table.contains("zephyr-7b-beta"), table);
        screenshot("sparql-editor");
    }
}
