package org.villageregistry.domain.person;

import org.villageregistry.domain.text.Code;
import org.villageregistry.domain.text.Coded;

/** Where a person stands in the register; the last two mean the person has left it. */
public enum ResidenceStatus implements Coded {
    @Code(code = "1", zh = "户籍在村且常住", en = "Registered and living here") RESIDENT,
    @Code(code = "2", zh = "户籍在村但流出", en = "Registered here, living away") AWAY,
    @Code(code = "3", zh = "流入(外地户籍常住)", en = "Living here, registered elsewhere") INCOMING,
    @Code(code = "4", zh = "已迁出", en = "Moved out") MOVED_OUT,
    @Code(code = "5", zh = "已死亡", en = "Deceased") DEAD
}
