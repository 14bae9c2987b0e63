package org.villageregistry.service.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;
import org.villageregistry.domain.household.Household;
import org.villageregistry.domain.person.Person;

/**
 * The mixed queries a registrar types, drawn from the register's own people so most of them find someone:
 * full names, given names, full pinyin, initials, the last 4–6 digits of an ID number, household numbers.
 */
final class SearchQueries {
    private final Random random;
    private final HanyuPinyinOutputFormat format = new HanyuPinyinOutputFormat();

    SearchQueries(long seed) {
        this.random = new Random(seed);
        format.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        format.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
    }

    List<String> draw(List<Person> persons, List<Household> households, int count) {
        List<String> queries = new ArrayList<>(count);
        while (queries.size() < count) {
            Person p = persons.get(random.nextInt(persons.size()));
            int kind = random.nextInt(100);
            if (kind < 30) {
                queries.add(p.name());
            } else if (kind < 45) {
                queries.add(p.name().substring(1));
            } else if (kind < 65) {
                queries.add(pinyin(p.name(), false));
            } else if (kind < 80) {
                queries.add(pinyin(p.name(), true));
            } else if (kind < 90 && p.idNumber() != null) {
                queries.add(p.idNumber().substring(18 - 4 - random.nextInt(3)));
            } else if (!households.isEmpty()) {
                queries.add(households.get(random.nextInt(households.size())).number());
            }
        }
        return queries;
    }

    private String pinyin(String name, boolean initials) {
        StringBuilder out = new StringBuilder();
        for (char c : name.toCharArray()) {
            try {
                String[] all = PinyinHelper.toHanyuPinyinStringArray(c, format);
                String syllable = all == null || all.length == 0 ? String.valueOf(c) : all[0];
                out.append(initials ? syllable.substring(0, 1) : syllable);
            } catch (BadHanyuPinyinOutputFormatCombination e) {
                throw new IllegalStateException("pinyin format", e);
            }
        }
        return out.toString();
    }
}
