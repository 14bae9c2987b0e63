package org.villageregistry.domain.workstation;

import org.villageregistry.domain.text.Code;
import org.villageregistry.domain.text.Coded;

/** What a workstation keeps: one village's register, or the merged register of a township. */
public enum WorkstationRole implements Coded {
    @Code(code = "village", zh = "村级工作站", en = "Village workstation") VILLAGE,
    @Code(code = "township", zh = "乡镇工作站", en = "Township workstation") TOWNSHIP
}
