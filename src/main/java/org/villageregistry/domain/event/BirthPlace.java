package org.villageregistry.domain.event;

import org.villageregistry.domain.text.Code;
import org.villageregistry.domain.text.Coded;

/** Where a child was born. */
public enum BirthPlace implements Coded {
    @Code(code = "1", zh = "医院", en = "Hospital") HOSPITAL,
    @Code(code = "2", zh = "家中", en = "Home") HOME,
    @Code(code = "3", zh = "途中", en = "On the way") ON_THE_WAY,
    @Code(code = "9", zh = "其他", en = "Other") OTHER
}
