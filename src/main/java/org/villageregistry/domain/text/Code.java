package org.villageregistry.domain.text;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One row of a national code table, written on the enum constant it names: its code and its Chinese and English
 * names. Every constant of a {@link Coded} enum carries one; {@link Coded} reads them.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Code {
    String code();

    String zh();

    String en();
}
