package org.villageregistry.county.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.villageregistry.county.store.CountyStore;
import org.villageregistry.county.store.CountyUsers;
import org.villageregistry.domain.indicator.Period;
import org.villageregistry.domain.text.RegistryException;

/**
 * The county analysts' pages under {@code /}: sign-in and sign-out, the statistics with drill-down to a village,
 * the reporting status and the duplicate suspects, and for administrators the latest uploads. Every page but the sign-in needs a live session; every form post carries the
 * session's CSRF token (the sign-in form a token of its own in a short-lived cookie).
 */
public final class CountyPages implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(CountyPages.class);
    static final String SESSION_COOKIE = "vreg_county";
    private static final String SIGN_IN_COOKIE = "vreg_county_signin";
    /** The pages that show a period (the others ignore one asked for). */
    private static final java.util.Set<String> PERIOD_PAGES = java.util.Set.of("/", "/stats", "/village",
            "/reporting", "/report.pdf");

    private final CountySite site;
    private final WebSessions sessions;
    private final StatisticsPage statistics;
    private final ReportingPage reporting;
    private final DuplicatesPage duplicates;
    private final UploadsPage uploads;
    private final byte[] css;

    public CountyPages(CountySite site) {
        this.site = site;
        this.sessions = new WebSessions(site.clock());
        this.statistics = new StatisticsPage(site);
        this.reporting = new ReportingPage(site);
        this.duplicates = new DuplicatesPage(site);
        this.uploads = new UploadsPage(site);
        try (InputStream in = CountyPages.class.getResourceAsStream("/county/web/county.css")) {
            this.css = in.readAllBytes();
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("county.css missing from the program", e);
        }
    }

    /** Whether the request carries the cookie of a live session (the JSON API answers a signed-in analyst). */
    public boolean signedIn(HttpExchange exchange) {
        return current(new WebExchange(exchange)).isPresent();
    }

    /**
     * The request's session while its user is still a user with the same role: one removed (vreg county user
     * remove) or given another role since is signed out at their next request.
     */
    private Optional<WebSessions.WebSession> current(WebExchange x) {
        Optional<WebSessions.WebSession> session = sessions.find(x.cookie(SESSION_COOKIE).orElse(null));
        if (session.isPresent() && !site.users().role(session.get().user()).equals(Optional.of(session.get().role()))) {
            sessions.end(session.get().token());
            return Optional.empty();
        }
        return session;
    }

    @Override
    public void handle(HttpExchange httpExchange) throws IOException {
        try (httpExchange) {
            WebExchange x = new WebExchange(httpExchange);
            try {
                route(x);
            } catch (CountyStore.DatabaseUnavailable e) {
                LOG.warn("county page {} without the database: {}", x.path(), e.getMessage());
                x.html(503, Html.page(site.countyName(), "county.web.unavailable", Optional.empty(),
                        Html.paragraph("problem", "county.web.databaseDown")));
            }
        }
    }

    private void route(WebExchange x) throws IOException {
        String path = x.path();
        boolean get = "GET".equals(x.method());
        boolean post = "POST".equals(x.method());
        if (get && path.equals("/static/county.css")) {
            x.send(200, css, "text/css; charset=utf-8");
            return;
        }
        if (path.equals("/favicon.ico")) {
            x.send(404, new byte[0], "text/plain; charset=utf-8");
            return;
        }
        if (path.equals("/sign-in") && (get || post)) {
            if (get) {
                signInForm(x, 200, "", null);
            } else {
                signIn(x);
            }
            return;
        }
        Optional<WebSessions.WebSession> session = current(x);
        if (post && path.equals("/sign-out")) {
            Map<String, String> form = x.form();
            if (session.isPresent() && session.get().csrf().equals(form.get("csrf")) && x.sameOrigin()) {
                sessions.end(session.get().token());
            }
            x.setCookie(SESSION_COOKIE, "", 0);
            x.redirect("/sign-in");
            return;
        }
        if (!get) {
            x.send(405, new byte[0], "text/plain; charset=utf-8");
            return;
        }
        if (session.isEmpty()) {
            x.redirect("/sign-in");
            return;
        }
        boolean reportingPage = path.equals("/reporting");
        Optional<Period> period = PERIOD_PAGES.contains(path) ? period(x) : Optional.of(lastWholeMonth());
        if (period.isEmpty()) {
            // the page asked for, with the way back to it: a wrong period on 上报情况 is not a page of 统计指标
            x.html(400, Html.page(site.countyName(), reportingPage ? "county.web.nav.reporting"
                            : "county.web.nav.stats", session,
                    Html.paragraph("problem", "county.web.badPeriod", x.query("period").orElse(""))
                            + "<p><a href=\"" + (reportingPage ? "/reporting" : "/stats") + "\">"
                            + Html.label(reportingPage ? "county.web.backToReporting" : "county.web.back")
                            + "</a></p>\n"));
            return;
        }
        switch (path) {
            case "/", "/stats" -> x.html(200, statistics.county(session.get(), period.get(), x.query("township")));
            case "/village" -> x.html(200, statistics.village(session.get(), period.get(),
                    x.query("code").orElse("")));
            case "/reporting" -> x.html(200, reporting.page(session.get(), period.get()));
            case "/duplicates" -> x.html(200, duplicates.page(session.get()));
            case "/uploads" -> {
                if (session.get().role() == CountyUsers.Role.ADMINISTRATOR) {
                    x.html(200, uploads.page(session.get()));
                } else {
                    x.html(403, Html.page(site.countyName(), "county.web.nav.uploads", session,
                            Html.paragraph("problem", "county.web.administratorsOnly")));
                }
            }
            case "/report.pdf" -> {
                byte[] pdf = site.monthlyReport().apply(period.get(), session.get().user());
                // saved as 示范县-2026-11.pdf, not report.pdf (RFC 6266: a UTF-8 name, and an ASCII one beside)
                String name = site.countyName() + "-" + period.get().text() + ".pdf";
                x.attachment("county-" + period.get().text() + ".pdf", name);
                x.send(200, pdf, "application/pdf");
            }
            default -> x.html(404, Html.page(site.countyName(), "county.web.notFound", session,
                    Html.paragraph("problem", "county.web.notFoundText", path)));
        }
    }

    /**
     * The month a page shows when none is asked for: the last whole month, as `vreg report` and the township's
     * reports default to (the month under way is not over, nor reported yet).
     */
    private Period lastWholeMonth() {
        return Period.parse(java.time.YearMonth.from(LocalDate.now(site.clock())).minusMonths(1).toString());
    }

    /** The period asked for, or this month when none is; empty when what was asked is not a period. */
    private Optional<Period> period(WebExchange x) {
        Optional<String> asked = x.query("period").map(String::strip).filter(p -> !p.isEmpty());
        if (asked.isEmpty()) {
            return Optional.of(lastWholeMonth());
        }
        try {
            return Optional.of(Period.parse(asked.get()));
        } catch (RegistryException | IllegalArgumentException | DateTimeException e) {
            return Optional.empty();
        }
    }

    private void signInForm(WebExchange x, int status, String user, String problem) throws IOException {
        // one token for every sign-in form the browser holds (a second tab, or a favicon fetch, must not void it)
        String token = x.cookie(SIGN_IN_COOKIE).filter(t -> t.matches("[A-Za-z0-9_-]{43}"))
                .orElseGet(WebSessions::token);
        x.setCookie(SIGN_IN_COOKIE, token, 1800);
        StringBuilder h = new StringBuilder();
        if (problem != null) {
            h.append("<p class=\"problem\" id=\"problem\" role=\"alert\">").append(problem).append("</p>\n");
        }
        h.append("<form class=\"sign-in\" method=\"post\" action=\"/sign-in\">\n")
                .append("<input type=\"hidden\" name=\"csrf\" value=\"").append(Html.escape(token)).append("\">\n")
                .append("<label for=\"name\">").append(Html.label("county.web.user")).append("</label>\n")
                .append("<input id=\"name\" name=\"name\" autocomplete=\"username\" required value=\"")
                .append(Html.escape(user)).append("\">\n")
                .append("<label for=\"password\">").append(Html.label("county.web.password")).append("</label>\n")
                .append("<input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\""
                        + " required>\n")
                .append("<button type=\"submit\" id=\"sign-in\">").append(Html.label("county.web.signInButton"))
                .append("</button>\n</form>\n");
        x.html(status, Html.page(site.countyName(), "county.web.signInTitle", Optional.empty(), h.toString()));
    }

    private void signIn(WebExchange x) throws IOException {
        Map<String, String> form = x.form();
        String user = form.getOrDefault("name", "").strip();
        Optional<String> expected = x.cookie(SIGN_IN_COOKIE);
        if (!x.sameOrigin() || expected.isEmpty() || !expected.get().equals(form.get("csrf"))) {
            signInForm(x, 403, user, Html.label("county.web.formExpired"));
            return;
        }
        char[] password = form.getOrDefault("password", "").toCharArray();
        CountyUsers.SignIn outcome = site.users().signIn(user, password, site.clock().instant());
        if (outcome instanceof CountyUsers.SignIn.SignedIn in) {
            WebSessions.WebSession s = sessions.start(in.name(), in.role());
            x.setCookie(SIGN_IN_COOKIE, "", 0);
            x.setCookie(SESSION_COOKIE, s.token(), (int) WebSessions.LONGEST.toSeconds());
            x.redirect("/stats");
        } else if (outcome instanceof CountyUsers.SignIn.Locked locked) {
            long minutes = Math.max(1, (Duration.between(site.clock().instant(), locked.until()).toSeconds() + 59) / 60);
            signInForm(x, 429, user, Html.label("county.web.locked", user, minutes));
        } else {
            // the same words for a wrong password and a name that is no user: the page does not tell which
            // names exist (a count of tries left would)
            signInForm(x, 401, user, Html.label("county.web.wrongPassword"));
        }
    }
}
