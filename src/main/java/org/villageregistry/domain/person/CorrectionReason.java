package org.villageregistry.domain.person;

import org.villageregistry.domain.text.Code;
import org.villageregistry.domain.text.Coded;

/**
 * Why an identity field of a person (ID number, name, sex, birth date) was corrected. A coded reason, not free
 * text, so the audit log that keeps it never holds personal data.
 */
public enum CorrectionReason implements Coded {
    @Code(code = "1", zh = "录入错误", en = "Typing error") ENTRY_ERROR,
    @Code(code = "2", zh = "依据户口簿或身份证", en = "Per household booklet or ID card") DOCUMENT,
    @Code(code = "3", zh = "公安户籍比对", en = "Police hukou records") POLICE_RECORDS,
    @Code(code = "4", zh = "乡镇核查反馈", en = "Township check") TOWNSHIP_CHECK,
    @Code(code = "5", zh = "本人申报更正", en = "Reported by the person") SELF_REPORTED,
    @Code(code = "6", zh = "依据台账导入", en = "Ledger import") LEDGER
}
