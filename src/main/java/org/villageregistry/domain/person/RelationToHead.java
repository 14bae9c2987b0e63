package org.villageregistry.domain.person;

import java.util.Optional;
import org.villageregistry.domain.text.Coded;

/**
 * Relation of a household member to the head of household, after GB/T 4761-2008 (家庭关系代码). The code is the
 * standard's two-digit code of the relation (its group code where the relation is a whole group, e.g. 20 子);
 * the values of earlier versions keep their names and codes, so older registers and bundles still read.
 */
public enum RelationToHead implements Coded {
    HEAD("01", "户主", "Head"),
    SPOUSE("10", "配偶", "Spouse"),
    SON("20", "子", "Son"),
    SON_IN_LAW("28", "女婿", "Son-in-law"),
    DAUGHTER("30", "女", "Daughter"),
    DAUGHTER_IN_LAW("38", "儿媳", "Daughter-in-law"),
    GRANDCHILD("40", "孙子女", "Grandchild (son's child)"),
    DAUGHTERS_CHILD("43", "外孙子女", "Grandchild (daughter's child)"),
    GRANDCHILD_IN_LAW("45", "孙媳妇或孙女婿", "Grandchild's spouse"),
    GREAT_GRANDCHILD("47", "曾孙子女", "Great-grandchild"),
    PARENT("50", "父母", "Parent"),
    PARENT_IN_LAW("53", "公婆或岳父母", "Parent-in-law"),
    GRANDPARENT("60", "祖父母", "Grandparent"),
    SIBLING("70", "兄弟姐妹", "Sibling"),
    SIBLING_IN_LAW("72", "兄弟姐妹的配偶", "Sibling's spouse"),
    OTHER_RELATIVE("97", "其他亲属", "Other relative"),
    OTHER("99", "其他", "Other");

    private final String code;
    private final String zh;
    private final String en;

    RelationToHead(String code, String zh, String en) {
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

    /** The relation a two-digit GB/T 4761 code stands for, e.g. 22 长子 → 子, 38 儿媳, 44 外孙女 → 外孙子女. */
    public static Optional<RelationToHead> ofGbCode(String code) {
        if (code == null || !code.matches("\\d{2}")) {
            return Optional.empty();
        }
        int c = Integer.parseInt(code);
        return Optional.ofNullable(switch (c) {
            case 1, 2 -> HEAD;
            case 10, 11, 12 -> SPOUSE;
            case 20, 21, 22, 23, 24, 25, 26, 27, 29 -> SON;
            case 28 -> SON_IN_LAW;
            case 30, 31, 32, 33, 34, 35, 36, 37, 39 -> DAUGHTER;
            case 38 -> DAUGHTER_IN_LAW;
            case 40, 41, 42, 49 -> GRANDCHILD;
            case 43, 44 -> DAUGHTERS_CHILD;
            case 45, 46 -> GRANDCHILD_IN_LAW;
            case 47, 48 -> GREAT_GRANDCHILD;
            case 50, 51, 52, 57, 58, 59 -> PARENT;
            case 53, 54, 55, 56 -> PARENT_IN_LAW;
            case 60, 61, 62, 63, 64, 65, 66, 67, 68, 69 -> GRANDPARENT;
            case 70, 71, 73, 75, 77, 79 -> SIBLING;
            case 72, 74, 76, 78 -> SIBLING_IN_LAW;
            case 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97 -> OTHER_RELATIVE;
            case 99 -> OTHER;
            default -> null;
        });
    }
}
