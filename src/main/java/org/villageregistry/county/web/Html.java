package org.villageregistry.county.web;

import java.util.Locale;
import java.util.Optional;
import org.villageregistry.county.store.CountyUsers;
import org.villageregistry.domain.text.Messages;

/**
 * The county's pages as plain server-rendered HTML: every piece of text goes through {@link #escape}, and every
 * label is Chinese first with the English beside it ({@link #label}).
 */
final class Html {
    private Html() {
    }

    /** Text made safe for an HTML element or a quoted attribute. */
    static String escape(Object value) {
        String s = String.valueOf(value);
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }

    static String zh(String key, Object... args) {
        return Messages.get(Messages.CHINESE, key, args);
    }

    static String en(String key, Object... args) {
        return Messages.get(Messages.ENGLISH, key, args);
    }

    /** A message in Chinese with its English beside it, escaped. */
    static String label(String key, Object... args) {
        return escape(zh(key, args)) + " <span class=\"en\" lang=\"en\">" + escape(en(key, args)) + "</span>";
    }

    /** The same in its own paragraph of the given class. */
    static String paragraph(String cssClass, String key, Object... args) {
        return "<p class=\"" + cssClass + "\">" + label(key, args) + "</p>\n";
    }

    /** A whole page: head, the county's bar (with the signed-in user and the sign-out button), the content. */
    static String page(String countyName, String titleKey, Optional<WebSessions.WebSession> session, String content) {
        StringBuilder h = new StringBuilder(4096 + content.length());
        h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(zh(titleKey))).append(" · ").append(escape(countyName))
                .append("</title>\n<link rel=\"stylesheet\" href=\"/static/county.css\">\n</head>\n<body>\n")
                .append("<header class=\"bar\">\n<span class=\"county\">").append(escape(countyName)).append(' ')
                .append(label("county.web.title")).append("</span>\n");
        session.ifPresent(s -> h.append("<nav>\n<a href=\"/stats\">").append(label("county.web.nav.stats"))
                .append("</a>\n<a href=\"/reporting\">").append(label("county.web.nav.reporting"))
                .append("</a>\n<a href=\"/duplicates\">").append(label("county.web.nav.duplicates")).append("</a>\n")
                .append(s.role() == CountyUsers.Role.ADMINISTRATOR ? "<a href=\"/uploads\">"
                        + label("county.web.nav.uploads") + "</a>\n" : "").append("</nav>\n")
                .append("<form class=\"signout\" method=\"post\" action=\"/sign-out\">\n<span id=\"user\">")
                .append(escape(s.user())).append("（").append(escape(zh("county.web.role." + s.role().name())))
                .append("）</span>\n<input type=\"hidden\" name=\"csrf\" value=\"").append(escape(s.csrf()))
                .append("\">\n<button type=\"submit\" id=\"sign-out\">").append(label("county.web.signOut"))
                .append("</button>\n</form>\n"));
        h.append("</header>\n<main>\n<h1>").append(label(titleKey)).append("</h1>\n").append(content)
                .append("</main>\n</body>\n</html>\n");
        return h.toString();
    }

    static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }

    /** A division as the county names it (its enrolment), with its code beside; the code alone if not enrolled. */
    static String division(String code, java.util.Map<String, String> names) {
        String name = names.get(code);
        return name == null || name.isBlank() ? escape(code)
                : escape(name) + " <span class=\"code\">" + escape(code) + "</span>";
    }
}
