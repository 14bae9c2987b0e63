package org.villageregistry.domain.person;

import org.villageregistry.domain.text.Code;
import org.villageregistry.domain.text.Coded;

/** Sex, GB/T 2261.1. */
public enum Sex implements Coded {
    @Code(code = "1", zh = "男", en = "Male") MALE,
    @Code(code = "2", zh = "女", en = "Female") FEMALE
}
