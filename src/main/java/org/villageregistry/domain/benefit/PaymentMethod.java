package org.villageregistry.domain.benefit;

import org.villageregistry.domain.text.Code;
import org.villageregistry.domain.text.Coded;

/** How a payment reached the person. */
public enum PaymentMethod implements Coded {
    @Code(code = "1", zh = "银行代发", en = "Bank transfer") BANK,
    @Code(code = "2", zh = "社保卡", en = "Social security card") SOCIAL_CARD,
    @Code(code = "3", zh = "现金", en = "Cash") CASH
}
