package org.villageregistry.domain.archfixture;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Breaks "domain needs only the JDK" on purpose. */
public class DomainUsingJackson {
    public Object mapper() {
        return new ObjectMapper();
    }
}
