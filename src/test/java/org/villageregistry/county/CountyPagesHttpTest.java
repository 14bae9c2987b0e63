package org.villageregistry.county;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.villageregistry.county.store.CountyDatabase;
import org.villageregistry.county.store.CountyStore;
import org.villageregistry.county.store.CountyUsers;
import org.villageregistry.domain.person.Ethnicity;
import org.villageregistry.domain.person.HukouType;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.workstation.WorkstationRole;
import org.villageregistry.service.sync.SyncServices;
import org.villageregistry.sync.JoseSyncCrypto;
import org.villageregistry.sync.SyncWorld;
import org.villageregistry.sync.upload.HttpCountyClient;

/**
 * What a browser does not show of the county's pages, spoken as plain HTTP: forged posts from another site, a
 * sign-out without the page's token, the headers every page carries, escaped input, and the JSON API's lockout.
 */
class CountyPagesHttpTest extends CountyIntakeFixture {
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private String base;

    @BeforeEach
    void withPages() {
        server.close();
        server = County.serve(home, database, county.intake(home, new CountyStore(database), 1 << 20), "127.0.0.1", 0,
                false, SyncWorld.CLOCK, org.villageregistry.app.CountyReports.printer(SyncWorld.CLOCK,
                        org.villageregistry.service.ProgramBuild.running()));
        base = "http://127.0.0.1:" + server.port();
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + path));
        if (cookie != null) {
            r.header("Cookie", cookie);
        }
        return http.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String cookie, String origin, String... pairs) throws Exception {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            form.append(form.length() == 0 ? "" : "&").append(pairs[i]).append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString()));
        if (cookie != null) {
            r.header("Cookie", cookie);
        }
        if (origin != null) {
            r.header("Origin", origin);
        }
        return http.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String cookie(HttpResponse<String> r, String name) {
        return r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
    }

    private static String csrf(HttpResponse<String> page) {
        Matcher m = CSRF.matcher(page.body());
        assertThat(m.find()).as(page.body()).isTrue();
        return m.group(1);
    }

    @Test
    void aSignInPostedFromAnotherSiteOrWithoutThePagesTokenIsRefused() throws Exception {
        HttpResponse<String> form = get("/sign-in", null);
        String preCookie = cookie(form, "vreg_county_signin");
        String token = csrf(form);
        assertThat(post("/sign-in", preCookie, "http://evil.example", "csrf", token, "name", "admin", "password",
                "county-pw-2026").statusCode()).isEqualTo(403);
        assertThat(post("/sign-in", null, null, "csrf", token, "name", "admin", "password", "county-pw-2026")
                .statusCode()).as("no token cookie").isEqualTo(403);
        HttpResponse<String> in = post("/sign-in", preCookie, base, "csrf", token, "name", "admin", "password",
                "county-pw-2026");
        assertThat(in.statusCode()).isEqualTo(303);
        assertThat(in.headers().firstValue("Location")).hasValue("/stats");
        assertThat(in.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("vreg_county=")
                .contains("HttpOnly").contains("SameSite=Strict"));
        String session = cookie(in, "vreg_county");

        HttpResponse<String> stats = get("/stats?period=2026", session);
        assertThat(stats.statusCode()).isEqualTo(200);
        assertThat(stats.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("default-src 'none'").contains("frame-ancestors 'none'");
        assertThat(stats.headers().firstValue("Cache-Control")).hasValue("no-store");

        assertThat(post("/sign-out", session, base, "csrf", "not-the-token").statusCode()).isEqualTo(303);
        assertThat(get("/stats", session).statusCode()).as("a forged sign-out ends nothing").isEqualTo(200);
        assertThat(post("/sign-out", session, base, "csrf", csrf(stats)).statusCode()).isEqualTo(303);
        HttpResponse<String> after = get("/stats", session);
        assertThat(after.statusCode()).isEqualTo(303);
        assertThat(after.headers().firstValue("Location")).hasValue("/sign-in");
    }

    @Test
    void whatTheAnalystTypedIsShownEscaped() throws Exception {
        HttpResponse<String> form = get("/sign-in", null);
        String session = cookie(post("/sign-in", cookie(form, "vreg_county_signin"), null, "csrf", csrf(form),
                "name", "admin", "password", "county-pw-2026"), "vreg_county");
        HttpResponse<String> bad = get("/stats?period=" + URLEncoder.encode("<script>x</script>",
                StandardCharsets.UTF_8), session);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("&lt;script&gt;x&lt;/script&gt;").doesNotContain("<script>");
        HttpResponse<String> village = get("/village?period=2026&code=" + URLEncoder.encode("\"><b>",
                StandardCharsets.UTF_8), session);
        assertThat(village.body()).contains("&quot;&gt;&lt;b&gt;").doesNotContain("\"><b>");
    }

    private String signedIn() throws Exception {
        return signedIn("admin", "county-pw-2026");
    }

    private String signedIn(String name, String password) throws Exception {
        HttpResponse<String> form = get("/sign-in", null);
        return cookie(post("/sign-in", cookie(form, "vreg_county_signin"), null, "csrf", csrf(form), "name", name,
                "password", password), "vreg_county");
    }

    @Test
    void theAdministratorSeesWhatCameOfEachUploadAndAnAnalystDoesNot() throws Exception {
        townshipHoldsABundle("王秀英");
        uploadAll();
        byte[] body = world.township.register.sync().outbox().outbox().get(0).content().clone();
        body[body.length / 2] ^= 0x04;
        assertThat(post(body, manifest(world.township, java.util.UUID.randomUUID(), body, "410103100001"))
                .statusCode()).isEqualTo(422);
        new CountyUsers(new CountyStore(database)).add("analyst", CountyUsers.Role.ANALYST,
                "analyst-pw-2026".toCharArray(), SyncWorld.CLOCK.instant());

        String admin = signedIn();
        assertThat(get("/stats", admin).body()).contains("href=\"/uploads\"");
        HttpResponse<String> uploads = get("/uploads", admin);
        assertThat(uploads.statusCode()).isEqualTo(200);
        assertThat(uploads.body()).contains("收到的上传").contains("410103100001_000001_20261130-0815.vrb.json")
                .contains("data-outcome=\"applied\"").contains("已合并")
                .contains("data-outcome=\"refused\"").contains("拒收")
                .contains("城关镇 <span class=\"code\">410103100</span>")
                .contains("柳树村 <span class=\"code\">410103100001</span>")
                .doesNotContain("王秀英");

        String analyst = signedIn("analyst", "analyst-pw-2026");
        assertThat(get("/stats", analyst).body()).doesNotContain("href=\"/uploads\"");
        HttpResponse<String> refused = get("/uploads", analyst);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("只有县级管理员").doesNotContain("vrb.json");
    }

    @Test
    void anAdministratorManagesUsersAndARemovedAnalystIsSignedOutAtOnce() throws Exception {
        CountyUsers users = new CountyUsers(new CountyStore(database));
        assertThatThrownBy(() -> users.add("weak", CountyUsers.Role.ANALYST, "123".toCharArray(),
                SyncWorld.CLOCK.instant())).hasMessageContaining("密码太简单");
        users.add("analyst", CountyUsers.Role.ANALYST, "analyst-pw-2026".toCharArray(), SyncWorld.CLOCK.instant());
        assertThat(users.list()).extracting(CountyUsers.UserLine::name).containsExactly("admin", "analyst");

        String analyst = signedIn("analyst", "analyst-pw-2026");
        assertThat(get("/stats", analyst).statusCode()).isEqualTo(200);
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> form = get("/sign-in", null);
            post("/sign-in", cookie(form, "vreg_county_signin"), null, "csrf", csrf(form), "name", "analyst",
                    "password", "wrong-pw-2026");
        }
        assertThat(users.list()).filteredOn(u -> u.name().equals("analyst")).singleElement()
                .satisfies(u -> assertThat(u.lockedUntil()).isPresent());
        users.setPassword("analyst", "new-analyst-2027".toCharArray());
        assertThat(users.list()).filteredOn(u -> u.name().equals("analyst")).singleElement()
                .satisfies(u -> assertThat(u.lockedUntil()).isEmpty());
        assertThat(signedIn("analyst", "new-analyst-2027")).as("the lock is lifted with the new password")
                .isNotEmpty();

        users.remove("analyst");
        HttpResponse<String> after = get("/stats", analyst);
        assertThat(after.statusCode()).as("the open page signs out at its next request").isEqualTo(303);
        assertThat(after.headers().firstValue("Location")).hasValue("/sign-in");
        assertThatThrownBy(() -> users.remove("admin")).hasMessageContaining("唯一的管理员");
        assertThatThrownBy(() -> users.setPassword("nobody", "some-pass-2026".toCharArray()))
                .hasMessageContaining("没有县级用户“nobody”");
    }

    @Test
    void onePersonsIdNumberInTwoTownshipsIsListedAsADuplicateSuspect() throws Exception {
        SyncWorld.Station hedong = world.station(WorkstationRole.TOWNSHIP, "410103200", "河东乡");
        SyncWorld.Station elm = world.station(WorkstationRole.VILLAGE, "410103200001", "榆树村");
        world.enrol(hedong, elm);
        Path countyFile = county.exportEnrolment(home.folder(), Files.createDirectories(temp.resolve("county-file")))
                .file();
        hedong.sync.enrolment().importFile(countyFile, false);
        elm.sync.enrolment().importFile(countyFile, false);
        county.importEnrolment(home.folder(), hedong.sync.enrolment()
                .export(Files.createDirectories(temp.resolve("from-hedong"))).file());
        world.willow.addPerson(wang().build());
        elm.addPerson(wang().build());
        world.township.sync.imports().importOne(world.willow.exportTo(world.stick, false));
        hedong.sync.imports().importOne(elm.exportTo(world.stick, false));
        assertThat(get("/duplicates", signedIn()).body()).contains("没有发现跨村、跨乡镇的重复嫌疑");

        uploadAll();
        assertThat(new SyncServices(hedong.register, SyncWorld.CLOCK, new JoseSyncCrypto(), (f, n, c) -> f.resolve(n),
                new HttpCountyClient()).upload().upload(url, true, SyncWorld.QUIET)).singleElement()
                .satisfies(sent -> assertThat(sent.status()).isEqualTo(201));

        String page = get("/duplicates", signedIn()).body();
        assertThat(page).contains("data-reason=\"SAME_ID_NUMBER\"").contains("身份证号相同")
                .contains("data-village=\"410103100001\"").contains("data-village=\"410103200001\"")
                .contains("410103199001011222").contains("王秀英")
                .contains("榆树村 <span class=\"code\">410103200001</span>（河东乡 <span class=\"code\">410103200"
                        + "</span>）"); // each village and township by its name, with its code beside
        assertThat(get("/stats?period=2026-11", signedIn()).body()).as("the figure and the list are told apart")
                .contains("统计指标“疑似重复”只数同一村内的").contains("县里另查出的跨村、跨乡镇疑似重复不计入该指标");
        assertThat(get("/village?code=410103200001&period=2026-11", signedIn()).body())
                .contains("data-figure=\"duplicates\">0<").contains("县里另查出的跨村、跨乡镇疑似重复不计入该指标");
    }

    @Test
    void oneGirlAndNoBoyIsASexRatioOfADashWithTheNoteOnThePageAndInTheCountysReport() throws Exception {
        aGirlBornInNovemberReachesTheCounty();
        String cookie = signedIn();

        String village = get("/village?code=410103100001&period=2026-11", cookie).body();
        assertThat(village).contains("data-figure=\"sexRatio\">— (0/1)<span class=\"note\">*</span>")
                .doesNotContain("0.0 (0/1)").contains("出生数少于 50 例的出生性别比")
                .contains("data-figure=\"healthChecks\">— (0/0)").contains("data-figure=\"completeness\">")
                .contains("data-figure=\"benefit.CHILDCARE_SUBSIDY\">0 / ¥0.00");
        assertThat(get("/stats?period=2026-11", cookie).body()).contains("— (0/1)<span class=\"note\">*</span>");
        HttpResponse<byte[]> pdf = http.send(HttpRequest.newBuilder(URI.create(base + "/report.pdf?period=2026-11"))
                .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.headers().firstValue("Content-Disposition")).get().asString()
                .contains("filename=\"county-2026-11.pdf\"").contains("filename*=UTF-8''")
                .contains(java.net.URLEncoder.encode("-2026-11.pdf", StandardCharsets.UTF_8));
        try (org.apache.pdfbox.pdmodel.PDDocument report = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(report)).contains("— (0/1)*")
                    .doesNotContain("0.0 (0/1)").contains("出生数少于 50 例的出生性别比").contains("服务覆盖");
        }
    }

    /** 柳树村's 李秀英 gives birth to a girl on 2026-11-05; the township imports it and uploads to the county. */
    private void aGirlBornInNovemberReachesTheCounty() throws Exception {
        Person mother = world.willow.addPerson("李秀英", Sex.FEMALE, LocalDate.of(1990, 1, 1));
        new org.villageregistry.service.BirthService(world.willow.register, SyncWorld.CLOCK).record(
                new org.villageregistry.service.BirthReport(mother.id(), null, LocalDate.of(2026, 11, 5).atTime(7, 0),
                        org.villageregistry.domain.event.BirthPlace.HOSPITAL, 39,
                        org.villageregistry.domain.event.EventSource.HOSPITAL, List.of(
                        new org.villageregistry.service.BirthReport.NewChild("王小红", Sex.FEMALE, null, 3100, null,
                                null))), false);
        world.township.sync.imports().importOne(world.willow.exportTo(world.stick, false));
        uploadAll();
    }

    @Test
    void aWrongPeriodOnTheReportingPageStaysOnThatPageAndLeadsBackToIt() throws Exception {
        String cookie = signedIn();
        HttpResponse<String> page = get("/reporting?period=2026-13", cookie);
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("<title>上报情况").contains("<h1>上报情况")
                .contains("“2026-13”不是统计期").contains("<a href=\"/reporting\">返回上报情况")
                .doesNotContain("返回统计指标").doesNotContain("<h1>统计指标");
        assertThat(get("/duplicates?period=2026-13", cookie).statusCode()).as("a page without a period ignores one")
                .isEqualTo(200);
    }

    @Test
    void aPeriodNotOverIsSaidSoAboveItsFigures() throws Exception {
        String cookie = signedIn();
        assertThat(get("/stats?period=2027-01", cookie).body())
                .contains("统计期 2027-01 还没有开始（2027-01-01 起）：下表不是这一期的数字");
        assertThat(get("/stats?period=2026-Q4", cookie).body())
                .contains("统计期 2026-Q4 到 2026-12-31 才结束：下表只有县里到现在收到的数据").doesNotContain("还没有开始");
        assertThat(get("/stats?period=2026-10", cookie).body()).doesNotContain("才结束").doesNotContain("还没有开始")
                .contains("下载本期县人口信息月报");
        assertThat(get("/stats?period=2025", cookie).body()).contains("下载本期县人口信息年报");
    }

    @Test
    void theRatesOnThePageShowTheirFormulaWithTheThousandAsTheCommandLineDoes() throws Exception {
        aGirlBornInNovemberReachesTheCounty();
        String cookie = signedIn();

        assertThat(get("/stats?period=2026-11", cookie).body()).contains("（1 ÷ 1.5 × 1000 × 12 ÷ 1）")
                .contains("事件数 ÷ 平均人口 × 1000");
        assertThat(get("/stats?period=2026", cookie).body()).contains("（1 ÷ 1.5 × 1000）")
                .doesNotContain("× 1000 × 12 ÷");
    }

    @Test
    void theMonthlyReportDownloadsAsPdfForASignedInAnalystOnly() throws Exception {
        HttpRequest.Builder anonymous = HttpRequest.newBuilder(URI.create(base + "/report.pdf?period=2026-11"));
        assertThat(http.send(anonymous.build(), HttpResponse.BodyHandlers.ofByteArray()).statusCode()).isEqualTo(303);
        String cookie = signedIn();
        assertThat(get("/stats?period=2026-11", cookie).body()).contains("/report.pdf?period=2026-11")
                .contains("下载本期县人口信息月报");
        HttpResponse<byte[]> pdf = http.send(HttpRequest.newBuilder(URI.create(base + "/report.pdf?period=2026-11"))
                .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument report = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(report)).contains("县人口信息月报")
                    .contains("2026-11").as("November is not over on the county's 11-30")
                    .contains("本期到 2026-11-30 才结束");
        }
    }

    private static Person.Builder wang() {
        return Person.builder().name("王秀英").sex(Sex.FEMALE).birthDate(LocalDate.of(1990, 1, 1))
                .idNumber("410103199001011222").ethnicity(Ethnicity.HAN).hukouType(HukouType.AGRICULTURAL)
                .maritalStatus(MaritalStatus.UNMARRIED).enteredOn(LocalDate.of(1990, 1, 1));
    }

    @Test
    void theJsonApiAnswersTheAnalystSignedInOnThePagesUntilSignOut() throws Exception {
        String session = signedIn();
        HttpResponse<String> stats = get("/api/stats?period=2026", session);
        assertThat(stats.statusCode()).isEqualTo(200);
        assertThat(stats.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        assertThat(org.villageregistry.service.Json.mapper().readTree(stats.body()).path("divisionCode").asText())
                .isEqualTo("410103");
        assertThat(get("/api/stats?period=2026", "vreg_county=made-up").statusCode()).isEqualTo(401);
        HttpResponse<String> noPeriod = get("/api/stats", session);
        assertThat(noPeriod.statusCode()).isEqualTo(400);
        assertThat(noPeriod.body()).contains("请给出统计期");

        assertThat(post("/sign-out", session, base, "csrf", csrf(get("/stats", session))).statusCode())
                .isEqualTo(303);
        assertThat(get("/api/stats?period=2026", session).statusCode()).as("a session used after sign-out")
                .isEqualTo(401);
    }

    @Test
    void theJsonApiAnswers503WhileTheDatabaseIsDownInsteadOfDroppingTheConnection() throws Exception {
        server.close();
        try (CountyDatabase down = CountyDatabase.server("jdbc:postgresql://127.0.0.1:9/none?connectTimeout=2")) {
            server = County.serve(home, down, county.intake(home, new CountyStore(down), 1 << 20), "127.0.0.1", 0,
                    false, SyncWorld.CLOCK);
            base = "http://127.0.0.1:" + server.port();
            String right = "Basic " + Base64.getEncoder().encodeToString("admin:county-pw-2026"
                    .getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/api/stats?period=2026"))
                    .header("Authorization", right).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(503);
            assertThat(answer.headers().firstValue("Retry-After")).isPresent();
            assertThat(answer.body()).contains("县级数据库暂时不可用");
        }
    }

    @Test
    void aSecondServerOnTheSamePortSaysThePortIsTakenInChinese() {
        assertThatThrownBy(() -> County.serve(database, county.intake(home, new CountyStore(database), 1 << 20),
                "127.0.0.1", server.port(), false)).hasMessageContaining("端口 " + server.port())
                .hasMessageContaining("已被占用").hasMessageNotContaining("Address already in use");
    }

    @Test
    void theJsonApiLocksTheUserOutAfterFiveWrongPasswords() throws Exception {
        HttpRequest.Builder api = HttpRequest.newBuilder(URI.create(base + "/api/stats?period=2026"));
        String wrong = "Basic " + Base64.getEncoder().encodeToString("admin:wrong".getBytes(StandardCharsets.UTF_8));
        String right = "Basic " + Base64.getEncoder().encodeToString("admin:county-pw-2026"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(http.send(api.copy().header("Authorization", right).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).isEqualTo(200);
        for (int i = 0; i < 5; i++) {
            assertThat(http.send(api.copy().header("Authorization", wrong).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
        }
        assertThat(http.send(api.copy().header("Authorization", right).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).as("locked, as on the sign-in page").isEqualTo(401);
    }
}
