package org.villageregistry.cli;

import java.util.List;
import org.villageregistry.domain.person.IdNumber;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.RelationToHead;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.text.Messages;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A further household member written as one option value: 关系,姓名,性别,出生日期[,身份证号[,婚姻状况]],
 * e.g. "配偶,李秀英,女,1990-05-01,410103199005010021,初婚". Read as the arguments are parsed, so a mistyped
 * member is a usage error before the register is opened.
 */
final class MemberSpec implements ITypeConverter<Person.Builder> {
    @Override
    public Person.Builder convert(String text) {
        List<String> parts = List.of(text.split("[,，]", -1)).stream().map(String::strip).toList();
        if (parts.size() < 4 || parts.size() > 6) {
            throw wrong("cli.error.badMember", text, null);
        }
        try {
            Person.Builder b = Person.builder()
                    .relation(CodedConverters.parse(RelationToHead.class, parts.get(0)))
                    .name(parts.get(1))
                    .sex(CodedConverters.parse(Sex.class, parts.get(2)))
                    .birthDate(CodedConverters.date(parts.get(3)));
            if (parts.size() > 4 && !parts.get(4).isEmpty()) {
                b.idNumber(IdNumber.normalise(parts.get(4)));
            }
            if (parts.size() > 5 && !parts.get(5).isEmpty()) {
                b.maritalStatus(CodedConverters.parse(MaritalStatus.class, parts.get(5)));
            }
            return b;
        } catch (TypeConversionException e) {
            throw wrong("cli.error.badMember", text, e.getMessage());
        }
    }

    /** The whole value quoted with how to write it, and which part of it was wrong when that is known. */
    static TypeConversionException wrong(String key, String text, String part) {
        String whole = Messages.get(key, text);
        return new TypeConversionException(part == null ? whole : Messages.get("cli.error.wrongPart", whole, part));
    }
}
