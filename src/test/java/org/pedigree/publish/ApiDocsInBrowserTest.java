package org.pedigree.publish;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pedigree.testing.Browser;
import org.pedigree.testing.RunningServer;

/** Swagger UI on /api/docs in real headless Chromium, under the site's Content-Security-Policy. */
class ApiDocsInBrowserTest {
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
    void the_api_docs_render_every_operation_without_a_console_error() {
        browser.get(running.uri("/api/docs").toString());
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.findElements(By.cssSelector(".opblock")).isEmpty());
        int operations = browser.findElements(By.cssSelector(".opblock")).size();
        assertTrue(operations >= 15, "Swagger UI lists the operations: " + operations);
        List<String> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
        assertTrue(errors.isEmpty(), errors.toString());
    }
}
