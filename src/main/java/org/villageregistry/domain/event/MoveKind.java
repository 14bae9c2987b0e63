package org.villageregistry.domain.event;

import org.villageregistry.domain.text.Coded;

/** Kind of move. HUKOU_IN/FLOAT_IN bring a person into the register, HUKOU_OUT takes one out; FLOAT_OUT and RETURN only change where a registered person lives. */
public enum MoveKind implements Coded {
    HUKOU_IN("11", "迁入", "Hukou moved in"),
    FLOAT_IN("12", "流入", "Came to live here"),
    HUKOU_OUT("21", "迁出", "Hukou moved out"),
    FLOAT_OUT("22", "流出", "Left to live elsewhere"),
    RETURN("13", "返回常住", "Returned to live here"),
    FLOAT_LEAVE("23", "流入人员离开", "Incoming resident left");

    private final String code;
    private final String zh;
    private final String en;

    MoveKind(String code, String zh, String en) {
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
