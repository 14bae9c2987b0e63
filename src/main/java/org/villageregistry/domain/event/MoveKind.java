package org.villageregistry.domain.event;

import org.villageregistry.domain.text.Code;
import org.villageregistry.domain.text.Coded;

/** Kind of move. HUKOU_IN/FLOAT_IN bring a person into the register, HUKOU_OUT takes one out; FLOAT_OUT and RETURN only change where a registered person lives. */
public enum MoveKind implements Coded {
    @Code(code = "11", zh = "迁入", en = "Hukou moved in") HUKOU_IN,
    @Code(code = "12", zh = "流入", en = "Came to live here") FLOAT_IN,
    @Code(code = "21", zh = "迁出", en = "Hukou moved out") HUKOU_OUT,
    @Code(code = "22", zh = "流出", en = "Left to live elsewhere") FLOAT_OUT,
    @Code(code = "13", zh = "返回常住", en = "Returned to live here") RETURN,
    @Code(code = "23", zh = "流入人员离开", en = "Incoming resident left") FLOAT_LEAVE
}
