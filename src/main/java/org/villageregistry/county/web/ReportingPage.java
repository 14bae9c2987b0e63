package org.villageregistry.county.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.villageregistry.county.ReportingStatus;
import org.villageregistry.domain.indicator.Period;

/** The reporting status of a period: who has not reported first, then every township and village with its uploads. */
final class ReportingPage {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final CountySite site;

    ReportingPage(CountySite site) {
        this.site = site;
    }

    String page(WebSessions.WebSession session, Period period) {
        ReportingStatus.Report report = site.reporting().apply(period);
        StringBuilder h = new StringBuilder(PeriodForm.html("/reporting", period, Optional.empty()));
        List<ReportingStatus.Division> townships = report.townshipsNotReported();
        List<ReportingStatus.Division> villages = report.townships().stream()
                .flatMap(t -> t.villagesNotReported().stream()).toList();
        h.append("<section id=\"not-reported\">\n");
        if (report.open()) {
            h.append(Html.paragraph("ok", "county.web.periodOpen", period.to().toString()));
        } else if (townships.isEmpty() && villages.isEmpty()) {
            h.append(Html.paragraph("ok", "county.web.allReported"));
        } else {
            h.append("<h2>").append(Html.label("county.web.notReported")).append("</h2>\n");
        }
        list(h, "not-reported-townships", "county.web.townshipsNotReported", townships);
        list(h, "not-reported-villages", "county.web.villagesNotReported", villages);
        h.append("</section>\n<section>\n<h2>").append(Html.label("county.web.allDivisions")).append("</h2>\n")
                .append("<table class=\"figures\" id=\"reporting\">\n<thead><tr><th>")
                .append(Html.label("cli.county.col.division")).append("</th><th>")
                .append(Html.label("county.web.status")).append("</th><th>").append(Html.label("county.web.dataUpTo"))
                .append("</th><th>").append(Html.label("county.web.lastReceived")).append("</th></tr></thead>\n<tbody>\n");
        for (ReportingStatus.Township t : report.townships()) {
            row(h, t.township(), "township");
            t.villages().forEach(v -> row(h, v, "village"));
        }
        h.append("</tbody>\n</table>\n</section>\n");
        h.append(Html.paragraph("note", "county.web.reportingRule"));
        return Html.page(site.countyName(), "county.web.nav.reporting", Optional.of(session), h.toString());
    }

    private static void list(StringBuilder h, String id, String key, List<ReportingStatus.Division> divisions) {
        if (divisions.isEmpty()) {
            return;
        }
        h.append("<h3>").append(Html.label(key, divisions.size())).append("</h3>\n<ul id=\"").append(id).append("\">\n");
        divisions.forEach(d -> h.append("<li data-code=\"").append(Html.escape(d.code())).append("\">")
                .append(Html.escape(d.name())).append(" <span class=\"code\">").append(Html.escape(d.code()))
                .append("</span></li>\n"));
        h.append("</ul>\n");
    }

    private void row(StringBuilder h, ReportingStatus.Division d, String level) {
        h.append("<tr class=\"").append(level)
                .append(d.state() == ReportingStatus.State.NOT_REPORTED ? " missing" : "").append("\" data-code=\"")
                .append(Html.escape(d.code())).append("\"><th scope=\"row\">").append(Html.escape(d.name()))
                .append(" <span class=\"code\">").append(Html.escape(d.code())).append("</span></th><td>")
                .append(Html.label("county.web.state." + d.state().name())).append("</td><td>")
                .append(d.dataUpTo().map(this::when).orElseGet(ReportingPage::none)).append("</td><td>")
                .append(d.lastReceived().map(this::when).orElseGet(ReportingPage::none)).append("</td></tr>\n");
    }

    private static String none() {
        return Html.escape(Html.zh("cli.stats.none"));
    }

    private String when(Instant at) {
        return Html.escape(WHEN.format(at.atZone(site.clock().getZone())));
    }
}
