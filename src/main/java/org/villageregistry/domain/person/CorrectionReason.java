package org.villageregistry.domain.person;

import org.villageregistry.domain.text.Coded;

/**
 * Why an identity field of a person (ID number, name, sex, birth date) was corrected. A coded reason, not free
 * text, so the audit log that keeps it never holds personal data.
 */
public enum CorrectionReason implements Coded {
    ENTRY_ERROR("1", "录入错误", "Typing error"),
    DOCUMENT("2", "依据户口簿或身份证", "Per household booklet or ID card"),
    POLICE_RECORDS("3", "公安户籍比对", "Police hukou records"),
    TOWNSHIP_CHECK("4", "乡镇核查反馈", "Township check"),
    SELF_REPORTED("5", "本人申报更正", "Reported by the person"),
    LEDGER("6", "依据台账导入", "Ledger import");

    private final String code;
    private final String zh;
    private final String en;

    CorrectionReason(String code, String zh, String en) {
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
