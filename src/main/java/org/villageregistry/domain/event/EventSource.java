package org.villageregistry.domain.event;

import org.villageregistry.domain.text.Code;
import org.villageregistry.domain.text.Coded;

/** Where the knowledge of an event came from. */
public enum EventSource implements Coded {
    @Code(code = "1", zh = "本人申报", en = "Self-reported") SELF_REPORT,
    @Code(code = "2", zh = "医院出生信息", en = "Hospital birth information") HOSPITAL,
    @Code(code = "3", zh = "公安户籍比对", en = "Police hukou reconciliation") POLICE,
    @Code(code = "4", zh = "乡镇反馈", en = "Township feedback") TOWNSHIP
}
