package org.villageregistry.sync.receipt;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.villageregistry.service.ReceiptClaims;

/**
 * The receipt summary as signed into the QR code since 2026-12 (typ {@value #TYPE}): the same facts as
 * {@link ReceiptClaims} under one- and two-letter names, the issue time in whole seconds since 1970, no division
 * name (the verifier knows it from the key it trusts) and the office only where it is not that division's name.
 * About half the characters of the first form, so the printed code has modules of 0.5 mm and more.
 *
 * <p>n 登记编号, d 登记日期, o 孩次, w/wi 女方姓名/身份证号（遮蔽）, h/hi 男方, e 预产期, of 登记机关, dc 区划代码, t 签发时刻.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record CompactReceipt(
        @JsonProperty("n") String registrationNumber,
        @JsonProperty("d") LocalDate registeredOn,
        @JsonProperty("o") int registeredOrder,
        @JsonProperty("w") String wifeName,
        @JsonProperty("wi") String wifeIdMasked,
        @JsonProperty("h") String husbandName,
        @JsonProperty("hi") String husbandIdMasked,
        @JsonProperty("e") LocalDate expectedDelivery,
        @JsonProperty("of") String office,
        @JsonProperty("dc") String division,
        @JsonProperty("t") long issuedAt) {
    static final String TYPE = "vreg-rc2";

    static CompactReceipt of(ReceiptClaims c) {
        String office = c.office() == null || c.office().equals(c.divisionName()) ? null : c.office();
        return new CompactReceipt(c.registrationNumber(), c.registeredOn(), c.registeredOrder(), c.wifeName(),
                c.wifeIdMasked(), c.husbandName(), c.husbandIdMasked(), c.expectedDelivery(), office, c.division(),
                c.issuedAt().truncatedTo(ChronoUnit.SECONDS).getEpochSecond());
    }

    ReceiptClaims claims(String divisionName) {
        return new ReceiptClaims(registrationNumber, registeredOn, registeredOrder, text(wifeName), text(wifeIdMasked),
                text(husbandName), text(husbandIdMasked), expectedDelivery, office == null ? divisionName : office,
                division, divisionName, Instant.ofEpochSecond(issuedAt));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
