package org.villageregistry.service.ledger;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.villageregistry.domain.person.RelationToHead;
import org.villageregistry.domain.text.Coded;

/**
 * 与户主关系 as ledgers write it: the names of GB/T 4761 (子, 儿媳, 外孙子女…), their two-digit codes (22 长子,
 * 38 儿媳, 44 外孙女), and the everyday words (妻, 长子, 次女, 外孙, 岳母, 嫂子). A word not listed is not guessed.
 */
final class LedgerRelations {
    private static final Map<String, RelationToHead> WORDS = new HashMap<>();

    static {
        words(RelationToHead.HEAD, "本人", "户主本人");
        words(RelationToHead.SPOUSE, "妻", "妻子", "夫", "丈夫", "爱人", "老伴", "夫妻");
        words(RelationToHead.SON, "儿子", "独生子", "养子", "继子");
        words(RelationToHead.DAUGHTER, "女儿", "独生女", "养女", "继女");
        words(RelationToHead.SON_IN_LAW, "女婿");
        words(RelationToHead.DAUGHTER_IN_LAW, "儿媳", "儿媳妇", "媳妇");
        words(RelationToHead.GRANDCHILD, "孙子", "孙女", "孙", "孙子女");
        words(RelationToHead.DAUGHTERS_CHILD, "外孙", "外孙子", "外孙女", "外孙子女");
        words(RelationToHead.GRANDCHILD_IN_LAW, "孙媳", "孙媳妇", "孙女婿", "外孙媳妇", "外孙女婿");
        words(RelationToHead.GREAT_GRANDCHILD, "曾孙", "曾孙子", "曾孙女", "外曾孙", "外曾孙子", "外曾孙女");
        words(RelationToHead.PARENT, "父亲", "母亲", "父", "母", "继父", "继母", "养父", "养母");
        words(RelationToHead.PARENT_IN_LAW, "公公", "婆婆", "岳父", "岳母", "公婆", "岳父母");
        words(RelationToHead.GRANDPARENT, "祖父", "祖母", "外祖父", "外祖母", "爷爷", "奶奶", "外公", "外婆",
                "祖父母或外祖父母", "外祖父母");
        words(RelationToHead.SIBLING, "兄", "哥哥", "弟", "弟弟", "姐", "姐姐", "妹", "妹妹", "兄弟", "姐妹");
        words(RelationToHead.SIBLING_IN_LAW, "嫂", "嫂子", "弟媳", "弟妹", "姐夫", "妹夫");
        words(RelationToHead.OTHER_RELATIVE, "伯父", "伯母", "叔父", "叔叔", "婶母", "婶婶", "舅父", "舅舅", "舅母",
                "姨父", "姨母", "姑父", "姑母", "姑姑", "侄子", "侄女", "外甥", "外甥女", "堂兄弟", "堂姐妹", "表兄弟",
                "表姐妹", "亲属");
        words(RelationToHead.OTHER, "非亲属");
    }

    private LedgerRelations() {
    }

    private static void words(RelationToHead relation, String... words) {
        for (String w : words) {
            WORDS.put(w, relation);
        }
    }

    /** 长子, 次女, 三子, 小儿子 and the like count as 子 and 女; one digit is a code without its leading 0. */
    static Optional<RelationToHead> read(String text) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String code = text.matches("\\d") ? "0" + text : text;
        String bare = text.replaceAll("^[长次二三四五六七八九幼小大老]", "");
        return RelationToHead.ofGbCode(code)
                .or(() -> Coded.parse(RelationToHead.class, text))
                .or(() -> Optional.ofNullable(WORDS.get(text)))
                .or(() -> bare.equals(text) ? Optional.empty() : child(bare));
    }

    private static Optional<RelationToHead> child(String bare) {
        return switch (bare) {
            case "子", "儿子", "儿" -> Optional.of(RelationToHead.SON);
            case "女", "女儿" -> Optional.of(RelationToHead.DAUGHTER);
            default -> Optional.empty();
        };
    }

    /** The relations a ledger may name, for the message refusing an unknown one: 户主、配偶、子、女…. */
    static String known() {
        StringBuilder list = new StringBuilder();
        for (RelationToHead r : RelationToHead.values()) {
            list.append(list.isEmpty() ? "" : "、").append(r.zh());
        }
        return list.toString();
    }
}
