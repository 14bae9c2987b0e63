package org.villageregistry.domain.benefit;

import org.villageregistry.domain.text.Coded;

/** How a payment reached the person. */
public enum PaymentMethod implements Coded {
    BANK("1", "银行代发", "Bank transfer"),
    SOCIAL_CARD("2", "社保卡", "Social security card"),
    CASH("3", "现金", "Cash");

    private final String code;
    private final String zh;
    private final String en;

    PaymentMethod(String code, String zh, String en) {
        this.code = code;
        this.zh = zh;
        this.en = en;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String zh() {
        return zh;
    }

    @Override
    public String en() {
        return en;
    }
}
