package org.villageregistry.cli;

import org.villageregistry.domain.person.Sex;
import org.villageregistry.service.BirthReport;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A baby written as one option value: 姓名,性别[,体重克[,出生医学证明编号]], e.g. "王小红,女,3100". Read as the
 * arguments are parsed, so a mistyped baby is a usage error before the register is opened.
 */
final class ChildSpec implements ITypeConverter<BirthReport.NewChild> {
    @Override
    public BirthReport.NewChild convert(String text) {
        String[] parts = text.split("[,，]", -1);
        if (parts.length < 2 || parts.length > 4) {
            throw MemberSpec.wrong("cli.error.badChild", text, null);
        }
        try {
            Integer grams = parts.length > 2 && !parts[2].isBlank() ? Integer.valueOf(parts[2].strip()) : null;
            String certificate = parts.length > 3 ? parts[3].strip() : null;
            return new BirthReport.NewChild(parts[0].strip(), CodedConverters.parse(Sex.class, parts[1]), null,
                    grams, certificate, null);
        } catch (NumberFormatException e) {
            throw MemberSpec.wrong("cli.error.badChild", text, null);
        } catch (TypeConversionException e) {
            throw MemberSpec.wrong("cli.error.badChild", text, e.getMessage());
        }
    }
}
