package org.sitrep.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.sitrep.store.TestReports.event;
import static org.sitrep.store.TestReports.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sitrep.api.ApiRoutes;
import org.sitrep.api.ApiServer;
import org.sitrep.codebook.Countries;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Span;
import org.sitrep.store.jdbc.JdbcEventStore;

/**
 * The web map in the system's Chromium (Debian packages chromium and chromium-driver; nothing is downloaded), over a
 * real server and a SQLite store holding events written here, one of them from a report full of script and
 * attribute-injection payloads. Saves screenshots under target/screenshots for review. Set SITREP_SKIP_BROWSER=1 to
 * skip it on a machine without Chromium; without that, a missing Chromium fails the test.
 */
class WebMapBrowserIT {
    private static final String CHROMIUM = env("SITREP_CHROMIUM", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = env("SITREP_CHROMEDRIVER", "/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String HOSTILE_TEXT = "Gunmen killed a man in Bama. Witnesses quoted <img src=x onerror=alert(1)>"
            + " and \"><script>window.pwned=1</script> as the attackers' slogan.";
    private static final String EVIDENCE = "Gunmen killed a man in Bama.";

    @TempDir
    static Path dir;
    static JdbcEventStore store;
    static ApiServer server;
    static ChromeDriver browser;
    static String base;

    @BeforeAll
    static void start() {
        if ("1".equals(System.getenv("SITREP_SKIP_BROWSER"))) {
            System.err.println("WebMapBrowserIT: SITREP_SKIP_BROWSER=1, the web map's browser tests are skipped");
            Assumptions.abort("SITREP_SKIP_BROWSER=1: browser tests of the web map skipped");
        }
        if (!Files.isExecutable(Path.of(CHROMIUM)) || !Files.isExecutable(Path.of(CHROMEDRIVER))) {
            fail("the web map's browser tests need Chromium and its driver at " + CHROMIUM + " and " + CHROMEDRIVER
                    + " (Debian: apt-get install chromium chromium-driver; .ci/run installs them),"
                    + " or SITREP_SKIP_BROWSER=1 to skip them");
        }
        store = JdbcEventStore.open("sqlite:" + dir.resolve("sitrep.db"));
        fill(store);
        server = ApiServer.start(new ApiRoutes(store, Countries.load()), "127.0.0.1", 0);
        base = "http://127.0.0.1:" + server.port();
        browser = chromium();
    }

    private static ChromeDriver chromium() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage", "--window-size=1400,900",
                "--user-data-dir=" + dir.resolve("chromium-profile"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    @BeforeEach
    void openTheMap() {
        browser.get(base + "/");
        waitForCount(5);
    }

    @Test
    void markersAppearClusteredAndColouredByType() {
        // every mapped event is either its own marker or counted in a cluster (once the zoom animation is over)
        wait(Duration.ofSeconds(10)).until(d -> markersShown() == 5);
        assertTrue(browser.findElement(By.cssSelector(".leaflet-control-attribution")).getText().contains("GeoNames"));
        assertTrue(browser.findElement(By.cssSelector(".leaflet-control-attribution")).getText().contains("Natural Earth"));
        assertTrue(browser.findElements(By.cssSelector(".leaflet-basemap-pane path")).size() > 100, "country shapes drawn");
        assertEquals("1", legendCount("Battles"));
        assertEquals("1", legendCount("Protests"));
        screenshot("map.png");
        assertNoPayloadRan();
        assertNoConsoleErrors();
    }

    @Test
    void filtersChangeTheEventsShown() {
        new Select(browser.findElement(By.name("type"))).selectByVisibleText("Violence against civilians");
        waitForCount(1);
        browser.findElement(By.id("reset-filters")).click();
        waitForCount(5);
        new Select(browser.findElement(By.name("factuality"))).selectByVisibleText("reported");
        waitForCount(1);
        browser.findElement(By.id("reset-filters")).click();
        waitForCount(5);
        WebElement actor = browser.findElement(By.name("actor"));
        actor.sendKeys("boko haram");
        waitForCount(3);
        actor.clear();
        browser.findElement(By.name("country")).sendKeys("Kenya");
        waitForCount(0);
        browser.findElement(By.id("reset-filters")).click();
        ((JavascriptExecutor) browser).executeScript("const f = document.querySelector('[name=from]');"
                + " f.value = '2024-04-01'; f.dispatchEvent(new Event('change', {bubbles: true}));");
        waitForCount(3);
        assertTrue(browser.findElement(By.id("csv-link")).getAttribute("href").contains("_format=csv"));
        assertTrue(browser.getCurrentUrl().contains("from=2024-04-01"), browser.getCurrentUrl());
        assertNoConsoleErrors();
    }

    @Test
    void draggingAcrossTheTimelineSelectsDates() {
        WebElement chart = browser.findElement(By.id("timeline-chart"));
        int w = chart.getSize().getWidth();
        // from the left edge of the plot to about a third of it: the first events only
        new Actions(browser).moveToElement(chart, -w / 2 + 40, 0).clickAndHold().moveByOffset(w / 4, 0)
                .moveByOffset(w / 12, 0).release().perform();
        int shown = count();
        assertTrue(shown > 0 && shown < 5, "timeline selection narrows the events: " + shown);
        assertFalse(browser.findElement(By.id("timeline-clear")).getAttribute("hidden") != null);
        browser.findElement(By.id("timeline-clear")).click();
        waitForCount(5);
    }

    @Test
    void anEventOpensWithItsSourcesAndTheEvidenceHighlightedAsText() {
        browser.findElement(By.id("table-toggle")).click();
        WebElement row = wait(Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector("#event-table tbody tr"))
                .stream().filter(r -> r.getText().contains("Bama")).findFirst().orElse(null));
        assertTrue(row.getText().contains("<script>"), "the payload is shown as text in the table: " + row.getText());
        row.click();
        wait(Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector("#panel mark.evidence")).size() == 2);
        // each source's evidence is marked inside its snippet, which is shown as text, payloads and all
        assertTrue(browser.findElements(By.cssSelector("#panel mark.evidence")).stream()
                .anyMatch(m -> m.getText().equals(EVIDENCE)));
        assertTrue(browser.findElements(By.cssSelector("#panel .excerpt")).stream()
                .anyMatch(x -> x.getText().equals(HOSTILE_TEXT)));
        screenshot("table.png");
        browser.findElement(By.id("table-toggle")).click();
        WebElement panel = browser.findElement(By.id("panel"));
        assertTrue(panel.getText().contains("Unidentified Armed Group (Nigeria) <img src=x onerror=alert(1)>"), panel.getText());
        // the report's URL is a link that cannot reach back into this page; a javascript: URL is no link at all
        WebElement link = panel.findElement(By.cssSelector("a.ext"));
        assertTrue(link.getAttribute("href").startsWith("https://d.example/4?"), link.getAttribute("href"));
        assertTrue(link.getAttribute("rel").contains("noopener"));
        screenshot("event.png");
        assertNoPayloadRan();

        // the other source of the same fused event came with a javascript: address
        assertTrue(panel.getText().contains("javascript:alert(document.domain)"));
        assertEquals(0, browser.findElements(By.cssSelector("a[href^='javascript:']")).size());
        browser.findElement(By.cssSelector("#panel .panel-close")).click();
        assertFalse(browser.findElement(By.id("panel")).isDisplayed());
    }

    @Test
    void aMarkerOpensItsEvent() {
        browser.findElement(By.name("country")).sendKeys("Kenya");
        waitForCount(0);
        browser.findElement(By.id("reset-filters")).click();
        new Select(browser.findElement(By.name("type"))).selectByVisibleText("Protests");
        waitForCount(1);
        settledDot().click();
        WebElement panel = wait(Duration.ofSeconds(10)).until(d -> {
            WebElement p = d.findElement(By.id("panel"));
            return p.isDisplayed() && p.getText().contains("Lagos") ? p : null;
        });
        assertTrue(panel.getText().contains("Peaceful protest"));
        assertEquals("Protesters marched in Lagos.", panel.findElement(By.cssSelector("mark.evidence")).getText());
    }

    /**
     * The first event marker once the map has stopped moving: the filter refits the map with an animated zoom, and a
     * click at a marker's old position would land on the map instead.
     */
    private WebElement settledDot() {
        org.openqa.selenium.Point[] last = {null};
        return wait(Duration.ofSeconds(10)).until(d -> {
            if (d.findElement(By.id("map")).getAttribute("class").contains("leaflet-zoom-anim")) {
                return null;
            }
            WebElement dot = d.findElements(By.cssSelector(".leaflet-marker-pane .ev-dot")).stream().findFirst().orElse(null);
            if (dot == null) {
                return null;
            }
            org.openqa.selenium.Point at = dot.getLocation();
            boolean still = at.equals(last[0]);
            last[0] = at;
            return still ? dot : null;
        });
    }

    @Test
    void theControlLayerShowsWhoHeldWhatOnTheChosenDate() {
        browser.findElement(By.id("control-toggle")).click();
        wait(Duration.ofSeconds(10)).until(d -> d.findElement(By.id("control-note")).getText().contains("1 place"));
        assertTrue(browser.findElement(By.id("control-holders")).getText().contains("Boko Haram"));
        assertEquals(1, browser.findElements(By.cssSelector(".leaflet-control-pane path")).size());
        // the slider's first day is before the takeover
        ((JavascriptExecutor) browser).executeScript("const s = document.getElementById('control-date');"
                + " s.value = s.min; s.dispatchEvent(new Event('input'));");
        wait(Duration.ofSeconds(10)).until(d -> d.findElement(By.id("control-note")).getText().startsWith("No place"));
        assertEquals(0, browser.findElements(By.cssSelector(".leaflet-control-pane path")).size());
        assertNoConsoleErrors();
    }

    // ---- the store ----

    private static void fill(JdbcEventStore s) {
        LocalDate day = LocalDate.of(2024, 3, 10);
        String battle = "Boko Haram fighters attacked Kukawa on Sunday.";
        s.store(report(battle, "https://a.example/1", "a.example", List.of(evidence(event("x", "Battles", "Boko Haram",
                "Military Forces of Nigeria (2023-)", "Kukawa", 12.92, 13.56, day, 12L, 0.8), battle, "asserted"))));
        String protest = "Protesters marched in Lagos. Police watched.";
        s.store(report(protest, "https://b.example/2", "b.example", List.of(evidence(event("x", "Protests",
                "Protesters (Nigeria)", null, "Lagos", 6.45, 3.39, day.plusDays(20), null, 0.7),
                "Protesters marched in Lagos.", "reported"))));
        String shelling = "Shelling hit Maiduguri.";
        s.store(report(shelling, "https://c.example/3", "c.example", List.of(evidence(event("x",
                "Explosions/Remote violence", "Boko Haram", null, "Maiduguri", 11.84, 13.15, day.plusDays(40), 3L, 0.6),
                shelling, "asserted"))));
        String payload = "<img src=x onerror=alert(1)>";
        Event hostile = evidence(event("x", "Violence against civilians", "Unidentified Armed Group (Nigeria) " + payload,
                null, "Bama \"><script>window.pwned=1</script>", 11.52, 13.69, day.plusDays(60), 1L, 0.6),
                EVIDENCE, "asserted");
        s.store(report(HOSTILE_TEXT, "https://d.example/4?\"><img src=x onerror=alert(1)>", "d.example " + payload,
                List.of(hostile)));
        // a second report of the same event (fused with it) from a javascript: address
        s.store(report("Gunmen killed a man in Bama, residents said.", "javascript:alert(document.domain)", "e.example",
                List.of(evidence(hostile, "Gunmen killed a man in Bama", "reported"))));
        String took = "Boko Haram took Gubio on Sunday.";
        Event t = event("x", "Battles", "Boko Haram", "Military Forces of Nigeria (2023-)", "Gubio", 13.0, 12.49,
                LocalDate.of(2024, 5, 1), 0L, 0.7);
        Event.EventPlace p = t.place().get();
        s.store(report(took, null, "f.example", List.of(evidence(new Event(t.id(), t.disorderType(),
                "Strategic developments", "Non-state actor overtakes territory", t.actor1(), t.assocActor1(), t.inter1(),
                t.actor2(), t.assocActor2(), t.inter2(), t.interaction(), t.civilianTargeting(),
                Optional.of(new Event.EventPlace(p.country(), p.iso(), p.admin1(), p.admin2(), "Gubio", 13.0, 12.49,
                        p.geoPrecision(), 2339999, p.rule())), t.eventDate(), t.timePrecision(), t.fatalities(),
                t.fatalitiesText(), t.factuality(), t.source(), t.notes(), t.cameo(), t.plover(), t.confidence(),
                t.evidence(), t.rules()), took, "asserted"))));
    }

    /** The event with one evidence span: {@code sentence} at its first position in the report. */
    private static Event evidence(Event e, String sentence, String factuality) {
        return new Event(e.id(), e.disorderType(), e.eventType(), e.subEventType(), e.actor1(), e.assocActor1(),
                e.inter1(), e.actor2(), e.assocActor2(), e.inter2(), e.interaction(), e.civilianTargeting(), e.place(),
                e.eventDate(), e.timePrecision(), e.fatalities(), e.fatalitiesText(), factuality, e.source(),
                "Notes: " + e.actor1(), e.cameo(), e.plover(), e.confidence(),
                List.of(new Evidence(new Span(0, sentence.codePointCount(0, sentence.length())), sentence)), e.rules());
    }

    // ---- helpers ----

    /** A wait that polls again when the map redraws an element under it (markers and clusters are re-rendered). */
    private static WebDriverWait wait(Duration d) {
        WebDriverWait w = new WebDriverWait(browser, d);
        w.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return w;
    }

    private static int count() {
        return Integer.parseInt(browser.findElement(By.id("event-count")).getAttribute("data-count"));
    }

    private static void waitForCount(int n) {
        try {
            wait(Duration.ofSeconds(15)).until(d -> {
                String c = d.findElement(By.id("event-count")).getAttribute("data-count");
                return c != null && Integer.parseInt(c) == n;
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            fail("expected " + n + " events, the page says '" + browser.findElement(By.id("event-count")).getText()
                    + "'; console: " + consoleErrors());
        }
    }

    private static int markersShown() {
        int dots = browser.findElements(By.cssSelector(".leaflet-marker-pane .ev-dot")).size();
        int clustered = browser.findElements(By.cssSelector(".leaflet-marker-pane .ev-cluster span")).stream()
                .mapToInt(e -> Integer.parseInt(e.getText().strip())).sum();
        return dots + clustered;
    }

    private static String legendCount(String type) {
        return browser.findElements(By.cssSelector("#legend .legend-item")).stream()
                .filter(e -> e.findElement(By.className("legend-label")).getText().equals(type)).findFirst()
                .orElseThrow().findElement(By.className("legend-count")).getText();
    }

    /** No alert opened, no flag set by an injected script, no injected image or script element in the page. */
    private static void assertNoPayloadRan() {
        try {
            String text = browser.switchTo().alert().getText();
            fail("an alert opened: " + text);
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
        JavascriptExecutor js = browser;
        assertEquals(Boolean.TRUE, js.executeScript("return window.pwned === undefined"));
        assertEquals(0L, js.executeScript("return document.querySelectorAll('img[src=\"x\"], img[onerror]').length"));
        assertEquals(0L, js.executeScript("return [...document.scripts].filter(s => !s.src).length"));
    }

    private static List<String> consoleErrors() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
    }

    private static void assertNoConsoleErrors() {
        assertEquals(List.of(), consoleErrors(), "browser console errors (a CSP violation shows here)");
    }

    /** Saves a screenshot once the map has stopped moving. */
    private static void screenshot(String name) {
        wait(Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector(".leaflet-zoom-anim")).isEmpty());
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String env(String name, String fallback) {
        return Optional.ofNullable(System.getenv(name)).filter(v -> !v.isBlank()).orElse(fallback);
    }
}
