package vn.danvan;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium driven headless by Playwright, without Playwright's own browser download (the
 * machines reach no CDN). Open one per test class and close it after: every page is in a browser context
 * of its own (its own cookies and storage), and closing closes this instance's contexts. The Chromium
 * process and Playwright's driver behind them are started once per test JVM and shared by every test
 * class (each launch costs a second or two on the CI machine); they stop with the JVM.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private static Playwright playwright;
    private static com.microsoft.playwright.Browser chromium;
    private static boolean hooked;

    private final List<BrowserContext> contexts = new ArrayList<>();

    public Browser() {
        shared();
    }

    /** The JVM's Chromium, launched on first use, and again if it went away (crashed or closed). */
    private static synchronized com.microsoft.playwright.Browser shared() {
        if (chromium != null && chromium.isConnected()) {
            return chromium;
        }
        if (playwright != null) {
            try {
                playwright.close();
            } catch (RuntimeException alreadyGone) {
                // a driver that died with its browser
            }
        }
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        chromium = playwright
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
        if (!hooked) {
            hooked = true;
            Runtime.getRuntime().addShutdownHook(new Thread(Browser::stopShared, "playwright-stop"));
        }
        return chromium;
    }

    private static synchronized void stopShared() {
        try {
            if (playwright != null) {
                playwright.close();
            }
        } catch (RuntimeException ignored) {
            // the JVM is going away; its driver and browser with it
        }
    }

    public Page newPage(int width, int height) {
        return newPage(width, height, false);
    }

    /**
     * A page in a context of its own; {@code forAudit} lets the test inject axe-core despite the pages'
     * Content-Security-Policy (the app's own scripts are unaffected either way).
     */
    public Page newPage(int width, int height, boolean forAudit) {
        BrowserContext context = shared().newContext(new NewContextOptions()
                .setViewportSize(width, height)
                .setLocale("vi-VN")
                .setBypassCSP(forAudit));
        context.setDefaultTimeout(15_000);
        contexts.add(context);
        return context.newPage();
    }

    /** Closes the contexts (and their pages) opened here; the shared Chromium stays up for the next class. */
    @Override
    public void close() {
        for (BrowserContext context : contexts) {
            try {
                context.close();
            } catch (RuntimeException alreadyClosed) {
                // closed by the test, or the browser went away
            }
        }
        contexts.clear();
    }
}
