package org.villageregistry.county.web;

import java.util.Optional;
import org.villageregistry.domain.indicator.Period;

/** The form that chooses the period of a page (GET, so the page can be bookmarked), keeping what else it shows. */
final class PeriodForm {
    private PeriodForm() {
    }

    static String html(String action, Period period, Optional<String> township) {
        return html(action, period, township, Optional.empty());
    }

    static String html(String action, Period period, Optional<String> township, Optional<String> village) {
        StringBuilder h = new StringBuilder("<form class=\"period\" method=\"get\" action=\"")
                .append(Html.escape(action)).append("\">\n<label for=\"period\">").append(Html.label("county.web.period"))
                .append("</label>\n<input id=\"period\" name=\"period\" value=\"").append(Html.escape(period.text()))
                .append("\" placeholder=\"2026-11 / 2026-Q4 / 2026\" size=\"10\">\n");
        township.ifPresent(t -> h.append("<input type=\"hidden\" name=\"township\" value=\"").append(Html.escape(t))
                .append("\">\n"));
        village.ifPresent(v -> h.append("<input type=\"hidden\" name=\"code\" value=\"").append(Html.escape(v))
                .append("\">\n"));
        return h.append("<button type=\"submit\" id=\"show\">").append(Html.label("county.web.show"))
                .append("</button>\n<span class=\"span\">").append(Html.escape(period.from().toString())).append(" — ")
                .append(Html.escape(period.to().toString())).append("</span>\n</form>\n").toString();
    }
}
