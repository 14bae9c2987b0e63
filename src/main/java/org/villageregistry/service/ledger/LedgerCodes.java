package org.villageregistry.service.ledger;

import java.util.Map;
import java.util.Optional;
import org.villageregistry.domain.person.Ethnicity;
import org.villageregistry.domain.person.HukouType;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.person.RelationToHead;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.text.Coded;

/**
 * Coded values written by code or by name (Coded.parse), plus the everyday words ledgers use for them:
 * 汉 for 汉族, 农业户口 for 农业, 长子 for 子, 有配偶 for 已婚.
 */
public final class LedgerCodes {
    private static final Map<String, Sex> SEX_WORDS = Map.of("男性", Sex.MALE, "女性", Sex.FEMALE, "m", Sex.MALE,
            "f", Sex.FEMALE);
    private static final Map<String, MaritalStatus> MARITAL_WORDS = Map.of("有配偶", MaritalStatus.MARRIED,
            "已婚有配偶", MaritalStatus.MARRIED, "离异", MaritalStatus.DIVORCED, "未婚无配偶", MaritalStatus.UNMARRIED);
    private static final Map<String, HukouType> HUKOU_WORDS = Map.of("农村", HukouType.AGRICULTURAL,
            "城镇", HukouType.NON_AGRICULTURAL, "非农", HukouType.NON_AGRICULTURAL, "统一居民", HukouType.RESIDENT);
    private static final Map<String, RelationToHead> RELATION_WORDS = Map.ofEntries(
            Map.entry("本人", RelationToHead.HEAD), Map.entry("妻", RelationToHead.SPOUSE),
            Map.entry("妻子", RelationToHead.SPOUSE), Map.entry("夫", RelationToHead.SPOUSE),
            Map.entry("丈夫", RelationToHead.SPOUSE), Map.entry("儿子", RelationToHead.SON),
            Map.entry("女儿", RelationToHead.DAUGHTER), Map.entry("父亲", RelationToHead.PARENT),
            Map.entry("母亲", RelationToHead.PARENT), Map.entry("父", RelationToHead.PARENT),
            Map.entry("母", RelationToHead.PARENT), Map.entry("孙子", RelationToHead.GRANDCHILD),
            Map.entry("孙女", RelationToHead.GRANDCHILD), Map.entry("外孙子", RelationToHead.GRANDCHILD),
            Map.entry("外孙女", RelationToHead.GRANDCHILD));

    private LedgerCodes() {
    }

    public static Optional<Sex> sex(String text) {
        return parse(Sex.class, text).or(() -> Optional.ofNullable(SEX_WORDS.get(text.toLowerCase())));
    }

    public static Optional<Ethnicity> ethnicity(String text) {
        return parse(Ethnicity.class, text)
                .or(() -> parse(Ethnicity.class, text + "族"))
                .or(() -> text.matches("\\d") ? parse(Ethnicity.class, "0" + text) : Optional.empty());
    }

    public static Optional<MaritalStatus> maritalStatus(String text) {
        return parse(MaritalStatus.class, text).or(() -> Optional.ofNullable(MARITAL_WORDS.get(text)));
    }

    public static Optional<HukouType> hukouType(String text) {
        String bare = text.replaceAll("(户口|户籍|人口)$", "");
        return parse(HukouType.class, text).or(() -> parse(HukouType.class, bare))
                .or(() -> Optional.ofNullable(HUKOU_WORDS.get(bare)));
    }

    /** 长子, 次女, 三子 and the like count as 子 and 女. */
    public static Optional<RelationToHead> relation(String text) {
        String bare = text.replaceAll("^[长次三四五六七八九幼小]", "");
        return parse(RelationToHead.class, text)
                .or(() -> text.matches("\\d") ? parse(RelationToHead.class, "0" + text) : Optional.empty())
                .or(() -> Optional.ofNullable(RELATION_WORDS.get(text)))
                .or(() -> bare.equals("子") || bare.equals("女") ? parse(RelationToHead.class, bare) : Optional.empty())
                .or(() -> text.isEmpty() ? Optional.empty() : Optional.of(RelationToHead.OTHER));
    }

    private static <E extends Enum<E> & Coded> Optional<E> parse(Class<E> type, String text) {
        return Coded.parse(type, text);
    }
}
