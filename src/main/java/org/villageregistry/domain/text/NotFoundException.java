package org.villageregistry.domain.text;

/** A record asked for by id, number or code does not exist in this register. */
public class NotFoundException extends RegistryException {
    public NotFoundException(String key, Object... args) {
        super(key, args);
    }
}
