package org.villageregistry.county;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.villageregistry.county.store.CountyDatabase;
import org.villageregistry.county.store.CountyStore;
import org.villageregistry.domain.indicator.Period;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.indicator.IndicatorText;
import org.villageregistry.service.DivisionStatistics;
import org.villageregistry.service.StatisticsReport;

/**
 * The county's web page in a real browser (Debian's chromium through Selenium) against the sample county on a real
 * PostgreSQL: an analyst signs in, reads the figures the county computed, drills down to a village, finds who has
 * not reported, and signs out; wrong passwords lock the user as on the workstations.
 */
class CountyWebPageTest {
    static final String ANALYST = "analyst";
    static final String ANALYST_PASSWORD = SampleCounty.ADMIN_PASSWORD;

    @TempDir
    static Path temp;

    static CountyDatabase postgres;
    static CountyDatabase database;
    static SampleCounty sample;
    static County.Running server;
    static ChromeDriver browser;
    static String base;

    @BeforeAll
    static void countyWithItsPage() throws Exception {
        Messages.setLocale(Messages.CHINESE);
        browser = Browser.start();
        postgres = CountyDatabase.embedded(temp.resolve("pg"));
        sample = new SampleCounty(temp).build(postgres.embeddedJdbcUrl());
        database = CountyDatabase.server(postgres.embeddedJdbcUrl());
        CountyHome home = sample.county().open(sample.home);
        server = County.serve(home, database, sample.county().intake(home, new CountyStore(database), 1 << 20),
                "127.0.0.1", 0, false, SampleCounty.CLOCK);
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
        if (database != null) {
            database.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @BeforeEach
    void signedOut() {
        browser.get(base + "/sign-in");
        browser.manage().deleteAllCookies();
    }

    private void signIn(String user, String password) {
        browser.get(base + "/stats");
        assertThat(browser.getCurrentUrl()).as("a page needs a signed-in analyst").endsWith("/sign-in");
        browser.findElement(By.id("name")).clear();
        browser.findElement(By.id("name")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password);
        WebElement button = browser.findElement(By.id("sign-in"));
        button.click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(button));
    }

    private String problem() {
        return browser.findElement(By.id("problem")).getText();
    }

    private CountyStatistics.Report computed(String period) {
        return County.stats(sample.county().open(sample.home), database, Period.parse(period));
    }

    private String cell(String row, String figure) {
        return browser.findElement(By.cssSelector("tr#row-" + row + " td[data-figure='" + figure + "']")).getText();
    }

    private void showPeriod(String period) {
        WebElement field = browser.findElement(By.id("period"));
        field.clear();
        field.sendKeys(period);
        WebElement show = browser.findElement(By.id("show"));
        show.click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(show));
    }

    @Test
    void anAnalystSignsInAndASessionUsedAfterSignOutIsRefused() {
        signIn(ANALYST, ANALYST_PASSWORD);
        assertThat(browser.getCurrentUrl()).endsWith("/stats");
        assertThat(browser.findElement(By.id("user")).getText()).contains(ANALYST).contains("分析员");
        Cookie session = browser.manage().getCookieNamed("vreg_county");
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Strict");

        browser.findElement(By.id("sign-out")).click();
        // the click starts the navigation; the address changes once the sign-in page has come back
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlMatches("/sign-in$"));
        assertThat(browser.getCurrentUrl()).endsWith("/sign-in");
        browser.manage().addCookie(session);
        browser.get(base + "/stats");
        assertThat(browser.getCurrentUrl()).as("the old session cookie opens nothing").endsWith("/sign-in");
    }

    @Test
    void wrongPasswordsCountDownAndTheFifthLocksTheUserEvenForTheRightOne() {
        signIn("lockme", "wrong-1");
        String wrongPassword = problem();
        assertThat(wrongPassword).contains("用户名或密码不对");
        signIn("nobody-here", "wrong-1");
        assertThat(problem()).as("a name that is no user reads the same: the page tells no names")
                .isEqualTo(wrongPassword);
        for (int i = 2; i <= 4; i++) {
            signIn("lockme", "wrong-" + i);
        }
        signIn("lockme", "wrong-5");
        assertThat(problem()).contains("“lockme”").contains("已被锁定").contains("1 分钟");
        signIn("lockme", SampleCounty.ADMIN_PASSWORD);
        assertThat(browser.getCurrentUrl()).endsWith("/sign-in");
        assertThat(problem()).contains("已被锁定");

        signIn("<b>nobody</b>", "x");
        assertThat(browser.findElement(By.id("name")).getAttribute("value")).isEqualTo("<b>nobody</b>");
        assertThat(browser.findElements(By.cssSelector("main b"))).as("what was typed is shown as text").isEmpty();
    }

    @Test
    void theIndicatorsAreTheFiguresTheCountyComputedDownToAVillage() {
        signIn(ANALYST, ANALYST_PASSWORD);
        showPeriod("2026");
        CountyStatistics.Report report = computed("2026");
        StatisticsReport qingshan = report.townships().stream()
                .filter(t -> t.divisionCode().equals("410103100")).findFirst().orElseThrow();
        DivisionStatistics town = qingshan.total();
        assertThat(town.populationEnd()).isPositive();
        assertThat(cell("410103100", "populationEnd")).isEqualTo(String.valueOf(town.populationEnd()));
        assertThat(cell("410103100", "births")).startsWith(String.valueOf(town.births().total()))
                .contains("（" + town.births().male() + " / " + town.births().female() + "）");
        assertThat(cell("410103100", "deaths")).isEqualTo(String.valueOf(town.deaths()));
        town.birthRate().ifPresent(r -> assertThat(cell("410103100", "birthRate"))
                .startsWith(String.format(Locale.ROOT, "%.2f", r.value())).contains("（" + r.events() + " ÷ "));
        assertThat(cell("410103100", "timeliness")).as("a rate as every output writes it")
                .isEqualTo(IndicatorText.share(town.registrationTimeliness()));
        assertThat(cell("410103100", "healthChecks")).isEqualTo(IndicatorText.share(
                town.serviceCoverage().healthChecks()));
        assertThat(cell("410103100", "completeness")).isEqualTo(IndicatorText.share(
                town.dataQuality().completeness()));
        assertThat(cell("410103200", "populationEnd")).as("a township that never uploaded").isEqualTo("0");
        assertThat(cell("total", "populationEnd")).isEqualTo(String.valueOf(report.total().populationEnd()));

        browser.findElement(By.cssSelector("tr#row-410103100 th a")).click();
        assertThat(browser.getCurrentUrl()).contains("township=410103100").contains("period=2026");
        for (DivisionStatistics v : qingshan.villages()) {
            assertThat(cell(v.divisionCode(), "populationEnd")).isEqualTo(String.valueOf(v.populationEnd()));
            assertThat(cell(v.divisionCode(), "movesIn")).isEqualTo(String.valueOf(v.movesIn()));
        }
        DivisionStatistics first = qingshan.villages().get(0);
        browser.findElement(By.cssSelector("tr#row-" + first.divisionCode() + " th a")).click();
        assertThat(browser.findElement(By.cssSelector("td[data-figure='populationStart']")).getText())
                .isEqualTo(String.valueOf(first.populationStart()));
        assertThat(browser.findElement(By.cssSelector("td[data-figure='women']")).getText())
                .isEqualTo(String.valueOf(first.women15to49()));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(first.divisionName())
                .contains("Population at end");
    }

    @Test
    void theReportingPageNamesTheTownshipsAndVillagesThatHaveNotReported() {
        signIn(ANALYST, ANALYST_PASSWORD);
        browser.get(base + "/reporting");
        assertThat(browser.findElement(By.id("period")).getAttribute("value")).as("the last whole month on 11-20")
                .isEqualTo("2026-10");
        assertThat(codes("not-reported-townships")).as("bundles made on 11-20 hold October whole")
                .containsExactly("410103200");
        assertThat(browser.findElements(By.id("not-reported-villages"))).isEmpty();
        assertThat(browser.findElement(By.cssSelector("#reporting tr[data-code='410103100001']")).getText())
                .contains("已上报").contains("2026-11-20 02:00");

        showPeriod("2026-11");
        assertThat(browser.findElement(By.id("not-reported")).getText()).as("November is not over on 11-20")
                .contains("本期到 2026-11-30 才结束").doesNotContain("未上报").doesNotContain("都已上报");
        assertThat(browser.findElement(By.cssSelector("#reporting tr[data-code='410103100001']")).getText())
                .contains("本期未结束").contains("2026-11-20 02:00");
    }

    private List<String> codes(String list) {
        return browser.findElements(By.cssSelector("#" + list + " li")).stream()
                .map(li -> li.getAttribute("data-code")).toList();
    }

    @Test
    void screenshotsOfEveryPageShowTheChineseText() throws Exception {
        Path folder = Files.createDirectories(Path.of(System.getProperty("user.dir"), "target", "county-screenshots"));
        browser.get(base + "/sign-in");
        shot(folder, "sign-in");
        signIn(ANALYST, ANALYST_PASSWORD);
        showPeriod("2026");
        shot(folder, "stats");
        org.openqa.selenium.Dimension before = browser.manage().window().getSize();
        try {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 768));
            Number page = (Number) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertThat(page.intValue()).as("the indicators fit a 1366-pixel screen").isLessThanOrEqualTo(0);
            assertThat(browser.findElement(By.cssSelector("table.figures thead")).getSize().getHeight())
                    .as("headings leave room for the figures").isLessThan(160);
            shot(folder, "stats-1366");
        } finally {
            browser.manage().window().setSize(before);
        }
        browser.findElement(By.cssSelector("tr#row-410103100 th a")).click();
        shot(folder, "township");
        browser.findElement(By.cssSelector("tbody tr th a")).click();
        shot(folder, "village");
        browser.get(base + "/reporting");
        shot(folder, "reporting");
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("上报情况").contains("Reporting status");
        browser.findElement(By.linkText("跨村重复嫌疑 Cross-village duplicates")).click();
        shot(folder, "duplicates");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("没有发现跨村、跨乡镇的重复嫌疑");
        assertThat(browser.findElements(By.linkText("收到的上传 Uploads received"))).as("administrators only")
                .isEmpty();

        browser.manage().deleteAllCookies();
        signIn(SampleCounty.ADMIN, SampleCounty.ADMIN_PASSWORD);
        browser.findElement(By.linkText("收到的上传 Uploads received")).click();
        shot(folder, "uploads");
        assertThat(browser.findElements(By.cssSelector("#uploads tbody tr[data-outcome='applied']"))).hasSize(2);
        assertThat(browser.findElement(By.id("uploads")).getText()).contains("已合并").contains("410103100001");
    }

    @Test
    void theDuplicateSuspectsAreListedForReviewInTheBrowser() throws Exception {
        String[] villages = {"410103100001", "410103200001"};
        try (Connection c = DriverManager.getConnection(postgres.embeddedJdbcUrl())) {
            for (String village : villages) { // the same ID number held by two townships
                try (PreparedStatement s = c.prepareStatement("insert into record (entity_type, entity_id, village,"
                        + " township, version, voided, state, person_name, sex, birth_date, id_number, residence,"
                        + " bundle_id, signing_kid, received_at) values ('person', ?, ?, ?, 1, false, '{}'::jsonb,"
                        + " '孙桂芝', 'FEMALE', date '1979-04-12', '410103197904121229', 'RESIDENT', ?, 'dup-test',"
                        + " now())")) {
                    s.setObject(1, UUID.randomUUID());
                    s.setString(2, village);
                    s.setString(3, village.substring(0, 9));
                    s.setObject(4, UUID.randomUUID());
                    s.executeUpdate();
                }
            }
        }
        try {
            signIn(ANALYST, ANALYST_PASSWORD);
            browser.get(base + "/duplicates");
            Path folder = Files.createDirectories(Path.of(System.getProperty("user.dir"), "target",
                    "county-screenshots"));
            shot(folder, "duplicates-listed");
            List<WebElement> rows = browser.findElements(By.cssSelector(
                    "#duplicates tbody.suspect[data-reason='SAME_ID_NUMBER'] tr"));
            assertThat(rows).hasSize(2);
            assertThat(rows.get(0).getText()).contains("身份证号相同").contains("孙桂芝").contains("410103197904121229");
            assertThat(browser.findElements(By.cssSelector("#duplicates td[data-village]")))
                    .extracting(td -> td.getAttribute("data-village")).containsExactlyInAnyOrder(villages);
        } finally {
            try (Connection c = DriverManager.getConnection(postgres.embeddedJdbcUrl());
                 Statement s = c.createStatement()) {
                s.execute("delete from record where signing_kid = 'dup-test'");
            }
        }
    }

    private void shot(Path folder, String name) throws Exception {
        Path file = folder.resolve("county-" + name + ".png");
        Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
        assertThat(Files.size(file)).as(file.toString()).isGreaterThan(5_000);
    }
}
