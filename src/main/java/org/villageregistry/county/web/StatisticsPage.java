package org.villageregistry.county.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.villageregistry.county.CountyStatistics;
import org.villageregistry.domain.indicator.Period;
import org.villageregistry.domain.indicator.IndicatorText;
import org.villageregistry.service.DivisionStatistics;
import org.villageregistry.service.StatisticsReport;

/**
 * The indicators table: the county's townships and total, a township's villages (drill-down), and one village
 * with every indicator and what it was computed from.
 */
final class StatisticsPage {
    private final CountySite site;

    StatisticsPage(CountySite site) {
        this.site = site;
    }

    String county(WebSessions.WebSession session, Period period, Optional<String> townshipCode) {
        CountyStatistics.Report report = site.statistics().apply(period);
        Optional<StatisticsReport> township = townshipCode.flatMap(code -> report.townships().stream()
                .filter(t -> t.divisionCode().equals(code)).findFirst());
        StringBuilder h = new StringBuilder();
        h.append(PeriodForm.html("/stats", period, township.map(StatisticsReport::divisionCode)));
        h.append(periodNotOver(period));
        if (township.isPresent()) {
            StatisticsReport t = township.get();
            h.append("<p class=\"crumbs\"><a href=\"").append(link("/stats", period, null)).append("\">")
                    .append(Html.escape(report.divisionName())).append("</a> › ").append(Html.escape(t.divisionName()))
                    .append("</p>\n");
            h.append(table(t.villages(), t.total(), period, "/village?code="));
        } else {
            if (townshipCode.isPresent()) {
                h.append(Html.paragraph("problem", "county.web.noSuchTownship", townshipCode.get()));
            }
            h.append(table(report.townships().stream().map(StatisticsReport::total).toList(), report.total(), period,
                    "/stats?township="));
        }
        h.append(Html.paragraph("note", "county.web.basisNote"));
        h.append(notes());
        h.append(crossVillageDuplicates());
        h.append("<p><a id=\"monthly-report\" href=\"").append(link("/report.pdf", period, null)).append("\">")
                .append(Html.label("county.web.monthlyReport." + period.kind().name())).append("</a></p>\n");
        return Html.page(site.countyName(), "county.web.nav.stats", Optional.of(session), h.toString());
    }

    /**
     * A period not over on the county's today is said so above its figures: a future one has no figures of its own
     * (its populations are today's register), one under way only what has arrived so far.
     */
    private String periodNotOver(Period period) {
        LocalDate today = LocalDate.now(site.clock());
        if (today.isBefore(period.from())) {
            return Html.paragraph("problem", "county.web.periodFuture", period.text(), period.from().toString());
        }
        if (!today.isAfter(period.to())) {
            return Html.paragraph("problem", "county.web.periodUnderWay", period.text(), period.to().toString());
        }
        return "";
    }

    String village(WebSessions.WebSession session, Period period, String code) {
        CountyStatistics.Report report = site.statistics().apply(period);
        for (StatisticsReport t : report.townships()) {
            for (DivisionStatistics v : t.villages()) {
                if (v.divisionCode().equals(code)) {
                    return Html.page(site.countyName(), "county.web.nav.stats", Optional.of(session),
                            villageFigures(report, t, v, period) + crossVillageDuplicates());
                }
            }
        }
        return Html.page(site.countyName(), "county.web.nav.stats", Optional.of(session),
                Html.paragraph("problem", "county.web.noSuchVillage", code));
    }

    private String villageFigures(CountyStatistics.Report report, StatisticsReport t, DivisionStatistics v,
                                  Period period) {
        StringBuilder h = new StringBuilder();
        h.append(PeriodForm.html("/village", period, Optional.empty(), Optional.of(v.divisionCode())));
        h.append(periodNotOver(period));
        h.append("<p class=\"crumbs\"><a href=\"").append(link("/stats", period, null)).append("\">")
                .append(Html.escape(report.divisionName())).append("</a> › <a href=\"")
                .append(link("/stats?township=" + enc(t.divisionCode()), period, null)).append("\">")
                .append(Html.escape(t.divisionName())).append("</a> › ").append(Html.escape(v.divisionName()))
                .append("（").append(Html.escape(v.divisionCode())).append("）</p>\n");
        h.append("<table class=\"figures village\" id=\"figures\">\n<thead><tr><th>")
                .append(Html.label("cli.col.indicator")).append("</th><th>").append(Html.label("county.web.value"))
                .append("</th></tr></thead>\n<tbody>\n");
        for (Figures f : Figures.values()) {
            h.append("<tr><th scope=\"row\">").append(f.label()).append("</th><td data-figure=\"").append(f.key())
                    .append("\">").append(f.cell(v)).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
        h.append(notes());
        v.birthRate().ifPresent(r -> h.append("<p class=\"note\">").append(Html.escape(r.basis(java.util.Locale
                .SIMPLIFIED_CHINESE))).append(" <span class=\"en\" lang=\"en\">")
                .append(Html.escape(r.basis(java.util.Locale.ENGLISH))).append("</span></p>\n"));
        return h.toString();
    }

    /** The small-numbers mark and the "—" of under-reporting explained, as beneath every printed table. */
    /**
     * The figure 疑似重复 counts within one village, as the village and township do; the pairs the county alone sees
     * across villages are its own list, named beside the figures so the two never read as one count. Not counted
     * here: finding them reads every person of the county, which the indicators page must not wait for (its p95
     * went from 56 to 164–192 ms at 60,000 persons when it did).
     */
    private String crossVillageDuplicates() {
        return "<p class=\"note\" id=\"cross-village-duplicates\">"
                + Html.label("county.web.crossVillageDuplicates")
                + " <a href=\"/duplicates\">" + Html.label("county.web.nav.duplicates") + "</a></p>\n";
    }

    private static String notes() {
        return Html.paragraph("note", "indicator.smallNumbers.note", IndicatorText.SMALL,
                org.villageregistry.domain.indicator.SexRatio.SMALL_NUMBER_LIMIT,
                String.valueOf(org.villageregistry.domain.indicator.Share.SMALL_NUMBER_LIMIT))
                + Html.paragraph("note", "indicator.underReporting.noList");
    }

    /** One row per division (a link down to it), then the total. */
    private static String table(List<DivisionStatistics> rows, DivisionStatistics total, Period period, String down) {
        StringBuilder h = new StringBuilder("<table class=\"figures\" id=\"figures\">\n<thead><tr><th>")
                .append(Html.label("cli.county.col.division")).append("</th>");
        Figures.TABLE.forEach(f -> h.append("<th>").append(f.label()).append("</th>"));
        h.append("</tr></thead>\n<tbody>\n");
        for (DivisionStatistics d : rows) {
            h.append("<tr id=\"row-").append(Html.escape(d.divisionCode())).append("\"><th scope=\"row\"><a href=\"")
                    .append(link(down + enc(d.divisionCode()), period, null)).append("\">")
                    .append(Html.escape(d.divisionName())).append("</a> <span class=\"code\">")
                    .append(Html.escape(d.divisionCode())).append("</span></th>");
            cells(h, d);
        }
        h.append("</tbody>\n<tfoot><tr id=\"row-total\"><th scope=\"row\">").append(Html.label("service.stats.total"))
                .append("</th>");
        cells(h, total);
        return h.append("</tfoot>\n</table>\n").toString();
    }

    private static void cells(StringBuilder h, DivisionStatistics d) {
        Figures.TABLE.forEach(f -> h.append("<td data-figure=\"").append(f.key()).append("\">").append(f.cell(d))
                .append("</td>"));
        h.append("</tr>\n");
    }

    static String link(String path, Period period, String extra) {
        return Html.escape(path + (path.contains("?") ? "&" : "?") + "period=" + enc(period.text())
                + (extra == null ? "" : extra));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
