package org.villageregistry.service.ledger;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of a village ledger (台账) the register understands, with the header written on export and the
 * headers recognised on import (Chinese as villages write them, and English). {@code key} names the column in a
 * mapping file.
 */
public enum LedgerColumn {
    HOUSEHOLD_NUMBER("householdNumber", "户号", "户号", "户编号", "户籍编号", "household", "householdnumber", "householdno"),
    GROUP("group", "组", "组", "村民小组", "小组", "组别", "所在组", "group", "villagegroup"),
    ADDRESS("address", "门牌", "门牌", "门牌号", "住址", "地址", "家庭住址", "现住址", "address"),
    NAME("name", "姓名", "姓名", "名字", "name", "fullname"),
    HEAD_NAME("headName", "户主姓名", "户主姓名", "户主", "户主名", "户主名字", "headname", "headofhousehold"),
    RELATION("relation", "与户主关系", "与户主关系", "关系", "与户主的关系", "家庭关系", "与户主关系代码", "关系代码",
            "relation", "relationtohead"),
    SEX("sex", "性别", "性别", "sex", "gender"),
    BIRTH_DATE("birthDate", "出生日期", "出生日期", "出生年月", "出生年月日", "生日", "出生时间", "birthdate",
            "dateofbirth", "birth", "born"),
    ID_NUMBER("idNumber", "身份证号", "身份证号", "公民身份号码", "身份证号码", "身份证", "证件号码", "idnumber", "id",
            "idno", "idcard"),
    ETHNICITY("ethnicity", "民族", "民族", "ethnicity", "nationality"),
    MARITAL_STATUS("maritalStatus", "婚姻状况", "婚姻状况", "婚姻状态", "婚否", "婚姻", "maritalstatus", "marital"),
    FIRST_MARRIAGE_DATE("firstMarriageDate", "初婚日期", "初婚日期", "初婚时间", "结婚日期", "firstmarriagedate",
            "marriagedate"),
    HUKOU_TYPE("hukouType", "户口性质", "户口性质", "户籍类型", "户口类型", "户籍性质", "hukoutype", "hukou"),
    PHONE("phone", "联系电话", "联系电话", "电话", "手机", "手机号", "手机号码", "电话号码", "phone", "telephone", "mobile"),
    NOTES("notes", "备注", "备注", "说明", "notes", "remarks", "note");

    private final String key;
    private final String header;
    private final List<String> aliases;

    LedgerColumn(String key, String header, String... aliases) {
        this.key = key;
        this.header = header;
        this.aliases = List.of(aliases);
    }

    /** The name of the column in a mapping file, e.g. "idNumber". */
    public String key() {
        return key;
    }

    /** The header written on export, e.g. 身份证号. */
    public String header() {
        return header;
    }

    /** The column a header means, if any: spaces, required-field stars and bracketed hints are ignored. */
    public static Optional<LedgerColumn> recognise(String header) {
        String h = normalise(header);
        if (h.isEmpty()) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(c -> c.aliases.contains(h)).findFirst();
    }

    /** The columns written on export: the household number says what 户主姓名 would. */
    public static List<LedgerColumn> exported() {
        return Arrays.stream(values()).filter(c -> c != HEAD_NAME).toList();
    }

    public static Optional<LedgerColumn> byKey(String key) {
        return Arrays.stream(values()).filter(c -> c.key.equalsIgnoreCase(key) || c.name().equalsIgnoreCase(key))
                .findFirst();
    }

    static String normalise(String header) {
        if (header == null) {
            return "";
        }
        String h = header.replaceAll("[（(【\\[].*?[）)】\\]]", "")
                .replaceAll("[\\s\\u3000*＊:：_\\-.]", "");
        return h.toLowerCase(Locale.ROOT);
    }
}
