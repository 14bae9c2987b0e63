package org.villageregistry.domain.event;

import org.villageregistry.domain.text.Code;
import org.villageregistry.domain.text.Coded;

/** Why a person moved. */
public enum MoveReason implements Coded {
    @Code(code = "1", zh = "务工", en = "Work") WORK,
    @Code(code = "2", zh = "婚嫁", en = "Marriage") MARRIAGE,
    @Code(code = "3", zh = "升学", en = "Study") STUDY,
    @Code(code = "4", zh = "投亲", en = "Joining family") FAMILY,
    @Code(code = "9", zh = "其他", en = "Other") OTHER
}
