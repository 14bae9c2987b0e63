package org.villageregistry.domain.text;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/**
 * Chinese names in the order of a dictionary (by pinyin, as 单 comes after 孙 and before 王), not by their
 * characters' code points, which put 单 before 周 and 孙. Lists that a registrar reads by name use it, so the screen
 * and the printed roll agree.
 */
public final class ChineseOrder {
    private static final Collator CHINESE = Collator.getInstance(Locale.CHINA);
    /** Names compared as a Chinese dictionary orders them; the same order for equal names is kept stable. */
    public static final Comparator<String> NAMES = (a, b) -> {
        int order;
        synchronized (CHINESE) {
            order = CHINESE.compare(a, b);
        }
        return order != 0 ? order : a.compareTo(b);
    };

    private ChineseOrder() {
    }
}
