package org.pedigree.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) for page tests.
 * Where they are missing the test is skipped, unless {@code -Dpedigree.requireBrowser=true}
 * (set by CI), where it fails.
 */
public final class Browser {
    private static final List<String> BROWSERS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser");
    private static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

    private Browser() {}

    public static ChromeDriver start(Path profileDir) {
        String browser = firstExisting(BROWSERS);
        String driver = firstExisting(DRIVERS);
        if (browser == null || driver == null) {
            String why = "no Chromium/ChromeDriver here (apt-get install chromium chromium-driver)";
            if (Boolean.getBoolean("pedigree.requireBrowser")) {
                fail(why + ", and pedigree.requireBrowser=true");
            }
            assumeTrue(false, why);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profileDir.toAbsolutePath(), "--window-size=1280,900");
        // The console messages, so that tests can say no page logged an error.
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(driver)).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    private static String firstExisting(List<String> paths) {
        return paths.stream().filter(p -> Files.isExecutable(Path.of(p))).findFirst().orElse(null);
    }
}
