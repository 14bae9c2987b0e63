package org.villageregistry.domain.person;

import java.util.Optional;
import org.villageregistry.domain.text.Code;
import org.villageregistry.domain.text.Coded;

/**
 * Relation of a household member to the head of household, after GB/T 4761-2008 (家庭关系代码). The code is the
 * standard's two-digit code of the relation (its group code where the relation is a whole group, e.g. 20 子);
 * the values of earlier versions keep their names and codes, so older registers and bundles still read.
 */
public enum RelationToHead implements Coded {
    @Code(code = "01", zh = "户主", en = "Head") HEAD,
    @Code(code = "10", zh = "配偶", en = "Spouse") SPOUSE,
    @Code(code = "20", zh = "子", en = "Son") SON,
    @Code(code = "28", zh = "女婿", en = "Son-in-law") SON_IN_LAW,
    @Code(code = "30", zh = "女", en = "Daughter") DAUGHTER,
    @Code(code = "38", zh = "儿媳", en = "Daughter-in-law") DAUGHTER_IN_LAW,
    @Code(code = "40", zh = "孙子女", en = "Grandchild (son's child)") GRANDCHILD,
    @Code(code = "43", zh = "外孙子女", en = "Grandchild (daughter's child)") DAUGHTERS_CHILD,
    @Code(code = "45", zh = "孙媳妇或孙女婿", en = "Grandchild's spouse") GRANDCHILD_IN_LAW,
    @Code(code = "47", zh = "曾孙子女", en = "Great-grandchild") GREAT_GRANDCHILD,
    @Code(code = "50", zh = "父母", en = "Parent") PARENT,
    @Code(code = "53", zh = "公婆或岳父母", en = "Parent-in-law") PARENT_IN_LAW,
    @Code(code = "60", zh = "祖父母", en = "Grandparent") GRANDPARENT,
    @Code(code = "70", zh = "兄弟姐妹", en = "Sibling") SIBLING,
    @Code(code = "72", zh = "兄弟姐妹的配偶", en = "Sibling's spouse") SIBLING_IN_LAW,
    @Code(code = "97", zh = "其他亲属", en = "Other relative") OTHER_RELATIVE,
    @Code(code = "99", zh = "其他", en = "Other") OTHER;

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
