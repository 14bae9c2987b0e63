package org.villageregistry.county.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.villageregistry.county.store.InboxEntry;

/**
 * For the county's administrators: the latest uploads the inbox holds, newest first, each with what came of it,
 * so that a refused upload (kept in the inbox with its reason) is seen and taken up with its township.
 */
final class UploadsPage {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final CountySite site;

    UploadsPage(CountySite site) {
        this.site = site;
    }

    String page(WebSessions.WebSession session) {
        List<InboxEntry> uploads = site.uploads().get();
        Map<String, String> names = site.divisionNames().get();
        if (uploads.isEmpty()) {
            return Html.page(site.countyName(), "county.web.nav.uploads", Optional.of(session),
                    Html.paragraph("note", "county.web.noUploads"));
        }
        StringBuilder h = new StringBuilder(Html.paragraph("note", "county.web.uploadsRule", uploads.size()));
        h.append("<table class=\"figures village\" id=\"uploads\">\n<thead><tr>");
        for (String column : List.of("received", "township", "village", "file", "outcome", "applied", "quarantined",
                "reason")) {
            h.append("<th>").append(Html.label("county.web.upload." + column)).append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        for (InboxEntry u : uploads) {
            String outcome = u.outcome().orElse("none");
            h.append("<tr data-outcome=\"").append(Html.escape(outcome)).append('"')
                    .append("refused".equals(outcome) ? " class=\"missing\"" : "").append("><td>")
                    .append(Html.escape(WHEN.format(u.receivedAt().atZone(site.clock().getZone()))))
                    .append("</td><td>").append(Html.division(u.township(), names)).append("</td><td>")
                    .append(u.village().map(v -> Html.division(v, names)).orElse(Html.escape(Html.zh("cli.stats.none"))))
                    .append("</td><td>")
                    .append(Html.escape(u.fileName())).append("</td><td>")
                    .append(Html.label("county.web.outcome." + outcome)).append("</td><td>").append(u.applied())
                    .append("</td><td>").append(u.quarantined()).append("</td><td>")
                    .append(Html.escape(u.message().orElse(""))).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
        return Html.page(site.countyName(), "county.web.nav.uploads", Optional.of(session), h.toString());
    }
}
