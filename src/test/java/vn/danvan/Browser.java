package vn.danvan;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium driven headless by Playwright, without Playwright's own browser download (the
 * machines reach no CDN). One per test class; close it after.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    public Browser() {
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run",
                                "--disable-dev-shm-usage")));
    }

    public Page newPage(int width, int height) {
        return newPage(width, height, false);
    }

    /**
     * A page in a context of its own; {@code forAudit} lets the test inject axe-core despite the pages'
     * Content-Security-Policy (the app's own scripts are unaffected either way).
     */
    public Page newPage(int width, int height, boolean forAudit) {
        BrowserContext context = browser.newContext(new NewContextOptions()
                .setViewportSize(width, height)
                .setLocale("vi-VN")
                .setBypassCSP(forAudit));
        context.setDefaultTimeout(15_000);
        return context.newPage();
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
