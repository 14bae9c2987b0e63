package org.villageregistry.domain.person;

import org.villageregistry.domain.text.Code;
import org.villageregistry.domain.text.Coded;

/** Marital status, GB/T 2261.2. Codes 20–23 count as married. */
public enum MaritalStatus implements Coded {
    @Code(code = "10", zh = "未婚", en = "Never married") UNMARRIED,
    @Code(code = "20", zh = "已婚", en = "Married") MARRIED,
    @Code(code = "21", zh = "初婚", en = "First marriage") FIRST_MARRIAGE,
    @Code(code = "22", zh = "再婚", en = "Remarried") REMARRIED,
    @Code(code = "23", zh = "复婚", en = "Remarried to former spouse") MARRIED_AGAIN,
    @Code(code = "30", zh = "丧偶", en = "Widowed") WIDOWED,
    @Code(code = "40", zh = "离婚", en = "Divorced") DIVORCED
}
