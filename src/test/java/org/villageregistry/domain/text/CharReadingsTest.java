package org.villageregistry.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import org.junit.jupiter.api.Test;

/**
 * The readings read from pinyin4j's table are pinyin4j's own answer ({@code toHanyuPinyinStringArray} with the format
 * names used before: lower case, no tone, ü as v), for every character of the Basic Multilingual Plane: the same
 * readings in the same order, and none where it has none (pinyin4j: an empty array).
 */
class CharReadingsTest {
    @Test
    void everyCharacterReadsAsPinyin4jReadsIt() throws Exception {
        HanyuPinyinOutputFormat format = new HanyuPinyinOutputFormat();
        format.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        format.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        format.setVCharType(HanyuPinyinVCharType.WITH_V);
        List<String> differ = new ArrayList<>();
        int withReadings = 0;
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String[] expected = PinyinHelper.toHanyuPinyinStringArray((char) c, format);
            if (expected != null && expected.length == 0) {
                expected = null; // pinyin4j 2.5.1 answers an empty array where it has no reading; NamePinyin read both as none
            }
            String[] actual = CharReadings.of((char) c);
            if (expected != null) {
                withReadings++;
            }
            if (!java.util.Arrays.equals(expected, actual)) {
                differ.add(Integer.toHexString(c) + ": " + java.util.Arrays.toString(expected) + " / "
                        + java.util.Arrays.toString(actual));
            }
        }
        assertThat(differ).isEmpty();
        assertThat(withReadings).isGreaterThan(20_000);
        assertThat(CharReadings.of('绿')).containsExactly("lv", "lu");
        assertThat(CharReadings.of('A')).isNull();
    }

    @Test
    void aRecordIsFormattedAsPinyin4jFormatsIt() {
        assertThat(CharReadings.formatted("(lou2,lu:3)")).isEqualTo("lou,lv");
        assertThat(CharReadings.formatted("(none0)")).isNull();
        assertThat(CharReadings.formatted("ling2")).isNull();
    }
}
