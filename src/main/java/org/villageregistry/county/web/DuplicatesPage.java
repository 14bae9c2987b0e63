package org.villageregistry.county.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.villageregistry.county.store.DuplicateSuspects;

/** The county-wide duplicate suspects as a review list: each group with where the county holds each person. */
final class DuplicatesPage {
    private final CountySite site;

    DuplicatesPage(CountySite site) {
        this.site = site;
    }

    String page(WebSessions.WebSession session) {
        List<DuplicateSuspects.Group> groups = site.duplicates().get();
        Map<String, String> names = site.divisionNames().get();
        StringBuilder h = new StringBuilder(Html.paragraph("note", "county.web.duplicatesRule"));
        if (groups.isEmpty()) {
            h.append(Html.paragraph("ok", "county.web.noDuplicates"));
            return Html.page(site.countyName(), "county.web.nav.duplicates", Optional.of(session), h.toString());
        }
        h.append("<table class=\"figures village\" id=\"duplicates\">\n<thead><tr><th>")
                .append(Html.label("county.web.dupReason")).append("</th><th>").append(Html.label("county.web.dupName"))
                .append("</th><th>").append(Html.label("county.web.dupBirth")).append("</th><th>")
                .append(Html.label("county.web.dupId")).append("</th><th>").append(Html.label("county.web.dupWhere"))
                .append("</th></tr></thead>\n");
        for (DuplicateSuspects.Group g : groups) {
            h.append("<tbody class=\"suspect\" data-reason=\"").append(g.reason().name()).append("\">\n");
            boolean first = true;
            for (DuplicateSuspects.Member m : g.members()) {
                h.append("<tr>");
                if (first) {
                    h.append("<th scope=\"rowgroup\" rowspan=\"").append(g.members().size()).append("\">")
                            .append(Html.label("county.web.dup." + g.reason().name())).append("</th>");
                    first = false;
                }
                h.append("<td>").append(Html.escape(m.name())).append("</td><td>")
                        .append(Html.escape(m.birthDate().map(Object::toString).orElse(Html.zh("cli.stats.none"))))
                        .append("</td><td>").append(Html.escape(m.idNumber().orElse(Html.zh("cli.stats.none"))))
                        .append("</td><td data-village=\"").append(Html.escape(m.village())).append("\">")
                        .append(Html.division(m.village(), names)).append("（")
                        .append(Html.division(m.township(), names)).append("）</td></tr>\n");
            }
            h.append("</tbody>\n");
        }
        h.append("</table>\n");
        return Html.page(site.countyName(), "county.web.nav.duplicates", Optional.of(session), h.toString());
    }
}
