package org.villageregistry.domain.person;

import org.villageregistry.domain.text.Code;
import org.villageregistry.domain.text.Coded;

/** Hukou (household registration) type. */
public enum HukouType implements Coded {
    @Code(code = "1", zh = "农业", en = "Agricultural") AGRICULTURAL,
    @Code(code = "2", zh = "非农业", en = "Non-agricultural") NON_AGRICULTURAL,
    @Code(code = "3", zh = "居民", en = "Resident (unified)") RESIDENT
}
