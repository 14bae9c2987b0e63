package org.villageregistry.ui.sync;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * A village the township may write a receipt for, checked when it is to get one: at first every village
 * the township has news for (bundles to acknowledge, changes held back, results and feedback to send).
 */
public final class ReceiptChoice {
    private final String division;
    private final String name;
    private final String news;
    private final BooleanProperty chosen;

    /** @param news what the receipt would tell the village, e.g. 抽样核查发现 2 项 */
    ReceiptChoice(String division, String name, boolean hasNews, String news) {
        this.division = division;
        this.name = name;
        this.news = news;
        this.chosen = new SimpleBooleanProperty(hasNews);
    }

    public String division() {
        return division;
    }

    public String name() {
        return name;
    }

    /** What the receipt would tell the village, or that there is nothing to tell. */
    public String news() {
        return news;
    }

    /** As the list shows it: 柳树村（新导入数据包 1 个、抽样核查发现 2 项）. */
    public String label() {
        return name + "（" + news + "）";
    }

    public BooleanProperty chosenProperty() {
        return chosen;
    }
}
