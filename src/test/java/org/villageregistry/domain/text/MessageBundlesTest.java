package org.villageregistry.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MessageBundlesTest {
    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyChineseMessageHasAnEnglishOneBesideItAndTheOtherWayRound() throws IOException {
        Properties zh = load("messages_zh_CN.properties");
        Properties en = load("messages_en.properties");
        assertThat(zh.stringPropertyNames()).isNotEmpty().containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
    }

    @Test
    void chineseMessagesWithWordsAreWrittenInChineseAndNoneIsEmpty() throws IOException {
        Properties zh = load("messages_zh_CN.properties");
        Pattern han = Pattern.compile("\\p{IsHan}");
        for (String key : zh.stringPropertyNames()) {
            String text = zh.getProperty(key);
            assertThat(text).as(key).isNotBlank();
            if (text.replaceAll("\\{[^}]*}", "").matches("(?s).*[A-Za-z]{2,}.*")) {
                assertThat(han.matcher(text).find()).as("Chinese text for " + key + ": " + text).isTrue();
            }
        }
    }

    /** A message without arguments is shown as written (no MessageFormat): a doubled apostrophe would show twice. */
    @Test
    void aMessageWithoutArgumentsHasNoDoubledApostrophe() throws IOException {
        for (String bundle : new String[] {"messages_zh_CN.properties", "messages_en.properties"}) {
            Properties p = load(bundle);
            assertThat(p.stringPropertyNames()).as(bundle).filteredOn(k -> !p.getProperty(k).matches("(?s).*\\{\\d.*")
                    && p.getProperty(k).contains("''")).isEmpty();
        }
    }

    @Test
    void placeholdersAgreeBetweenLanguages() throws IOException {
        Properties zh = load("messages_zh_CN.properties");
        Properties en = load("messages_en.properties");
        Pattern arg = Pattern.compile("\\{(\\d+)[^}]*}");
        for (String key : zh.stringPropertyNames()) {
            assertThat(arg.matcher(en.getProperty(key, "")).results().map(m -> m.group(1)).distinct().sorted().toList())
                    .as("arguments of " + key)
                    .isEqualTo(arg.matcher(zh.getProperty(key)).results().map(m -> m.group(1)).distinct().sorted().toList());
        }
    }

    @Test
    void aRegistryExceptionSpeaksChineseByDefaultAndEnglishWhenAsked() {
        RegistryException e = new RegistryException("error.division.format", "12345");
        assertThat(e.getMessage()).contains("12345").contains("行政区划代码");
        assertThat(e.getMessage(Messages.ENGLISH)).contains("Division code");
    }
}
