package org.pedigree.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.pedigree.testing.Browser;
import org.pedigree.testing.RunningServer;

/** The home and model pages in real headless Chromium: styled under the CSP, and navigable by clicking. */
class PagesInBrowserTest {
    @TempDir
    static Path dir;
    static RunningServer running;
    static ChromeDriver browser;

    @BeforeAll
    static void start() {
        browser = Browser.start(dir.resolve("profile"));
        running = RunningServer.withDemo(dir.resolve("data"));
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

    @Test
    void a_reader_goes_from_the_home_page_to_a_base_model_and_on_to_a_derivative() {
        browser.get(running.uri("/").toString());
        assertEquals("Model lineage · Pedigree", browser.getTitle());
        WebElement models = browser.findElement(By.id("count-models"));
        assertEquals("600", models.getCssValue("font-weight"), "the stylesheet applies under the Content-Security-Policy");

        browser.findElement(By.linkText("Mistral-7B-v0.1")).click();
        assertEquals("Mistral-7B-v0.1", browser.findElement(By.tagName("h1")).getText());
        List<String> derivatives = browser.findElements(By.cssSelector("#derivatives li")).stream().map(WebElement::getText).toList();
        assertTrue(derivatives.contains("finetune zephyr-7b-beta"), derivatives.toString());

        browser.findElement(By.linkText("zephyr-7b-beta")).click();
        assertEquals("zephyr-7b-beta", browser.findElement(By.tagName("h1")).getText());
        assertEquals("finetune of Mistral-7B-v0.1", browser.findElement(By.cssSelector("#bases li")).getText());
    }
}
