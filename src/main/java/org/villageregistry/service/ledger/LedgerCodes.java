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
 * 汉 for 汉族, 农业户口 for 农业, 长子 for 子, 有配偶 for 已婚 (relations: {@link LedgerRelations}).
 */
public final class LedgerCodes {
    private static final Map<String, Sex> SEX_WORDS = Map.of("男性", Sex.MALE, "女性", Sex.FEMALE, "m", Sex.MALE,
            "f", Sex.FEMALE);
    private static final Map<String, MaritalStatus> MARITAL_WORDS = Map.of("有配偶", MaritalStatus.MARRIED,
            "已婚有配偶", MaritalStatus.MARRIED, "离异", MaritalStatus.DIVORCED, "未婚无配偶", MaritalStatus.UNMARRIED);
    private static final Map<String, HukouType> HUKOU_WORDS = Map.of("农村", HukouType.AGRICULTURAL,
            "城镇", HukouType.NON_AGRICULTURAL, "非农", HukouType.NON_AGRICULTURAL, "统一居民", HukouType.RESIDENT);
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

    /** GB/T 4761 names and codes and the words ledgers use (长子, 儿媳, 外孙); an unknown word is not guessed. */
    public static Optional<RelationToHead> relation(String text) {
        return LedgerRelations.read(text);
    }

    private static <E extends Enum<E> & Coded> Optional<E> parse(Class<E> type, String text) {
        return Coded.parse(type, text);
    }
}
