package org.villageregistry.service.ledger;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** 村民小组 as ledgers write it: 一组, 1组, 第一组, 第1小组 and a bare 1 are one group, kept as 一组. */
final class LedgerGroups {
    private static final Pattern GROUP = Pattern.compile("第?([0-9]{1,2}|[一二三四五六七八九十]{1,3})(组|小组|村民小组)?");
    private static final String DIGITS = "〇一二三四五六七八九";

    private LedgerGroups() {
    }

    static String normalise(String text) {
        String t = LedgerText.halfWidth(text).replaceAll("\\s", "");
        Matcher m = GROUP.matcher(t);
        if (!m.matches()) {
            return t;
        }
        int number = m.group(1).matches("\\d+") ? Integer.parseInt(m.group(1)) : chinese(m.group(1));
        return number <= 0 || number > 99 ? t : chinese(number) + "组";
    }

    private static int chinese(String text) {
        int ten = text.indexOf('十');
        if (ten < 0) {
            return text.length() == 1 ? DIGITS.indexOf(text.charAt(0)) : -1;
        }
        int tens = ten == 0 ? 1 : ten == 1 ? DIGITS.indexOf(text.charAt(0)) : -1;
        int units = ten == text.length() - 1 ? 0 : text.length() - ten == 2 ? DIGITS.indexOf(text.charAt(ten + 1)) : -1;
        return tens < 1 || units < 0 ? -1 : tens * 10 + units;
    }

    private static String chinese(int number) {
        int tens = number / 10;
        int units = number % 10;
        String head = tens == 0 ? "" : (tens == 1 ? "" : String.valueOf(DIGITS.charAt(tens))) + "十";
        return head + (units == 0 ? "" : String.valueOf(DIGITS.charAt(units)));
    }
}
