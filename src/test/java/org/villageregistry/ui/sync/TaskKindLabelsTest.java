package org.villageregistry.ui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.villageregistry.domain.sync.SyncRecords.TaskKind;
import org.villageregistry.domain.text.Messages;

/** The 类别 column of 乡镇反馈的其他事项 names every kind of task in words, never as its raw message key. */
class TaskKindLabelsTest {
    @Test
    void everyKindOfTaskHasItsLabelInChineseAndInEnglish() {
        for (TaskKind kind : TaskKind.values()) {
            String key = "syncui.task." + kind.name();
            assertThat(Messages.get(Messages.CHINESE, key)).as(key + " in Chinese").isNotEqualTo(key);
            assertThat(Messages.get(Messages.ENGLISH, key)).as(key + " in English").isNotEqualTo(key);
        }
    }
}
