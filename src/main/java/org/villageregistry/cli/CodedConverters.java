package org.villageregistry.cli;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.villageregistry.domain.event.BirthPlace;
import org.villageregistry.domain.event.DeathCause;
import org.villageregistry.domain.event.EventSource;
import org.villageregistry.domain.event.MarriageKind;
import org.villageregistry.domain.event.MoveKind;
import org.villageregistry.domain.event.MoveReason;
import org.villageregistry.domain.person.CorrectionReason;
import org.villageregistry.domain.person.Ethnicity;
import org.villageregistry.domain.person.HukouType;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.person.RelationToHead;
import org.villageregistry.domain.person.ResidenceStatus;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.text.Coded;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.WrittenDate;
import org.villageregistry.domain.workstation.WorkstationRole;
import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

/** Lets options take code-table values by code, Chinese name or English name (男, 1, male), and ISO dates. */
final class CodedConverters {
    private CodedConverters() {
    }

    static void registerAll(CommandLine cli) {
        register(cli, Sex.class);
        register(cli, Ethnicity.class);
        register(cli, HukouType.class);
        register(cli, MaritalStatus.class);
        register(cli, ResidenceStatus.class);
        register(cli, RelationToHead.class);
        register(cli, CorrectionReason.class);
        register(cli, MoveKind.class);
        register(cli, MoveReason.class);
        register(cli, MarriageKind.class);
        register(cli, BirthPlace.class);
        register(cli, DeathCause.class);
        register(cli, EventSource.class);
        register(cli, WorkstationRole.class);
        register(cli, org.villageregistry.domain.workstation.UserRole.class);
        cli.registerConverter(LocalDate.class, CodedConverters::date);
        cli.registerConverter(LocalDateTime.class, CodedConverters::dateTime);
    }

    static <E extends Enum<E> & Coded> E parse(Class<E> type, String text) {
        return Coded.parse(type, text).orElseThrow(() -> new TypeConversionException(Messages.get(
                "cli.error.badCode", text, Arrays.stream(type.getEnumConstants())
                        .map(e -> e.code() + " " + e.zh()).collect(Collectors.joining("、")))));
    }

    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new TypeConversionException(WrittenDate.whyNoSuchDay(text)
                    .map(why -> Messages.get("cli.error.noSuchDate", text.strip(), why))
                    .orElseGet(() -> Messages.get("cli.error.badDate", text)));
        }
    }

    /** A birth moment: 2026-11-03T08:30, or a date alone (taken as midnight). */
    static LocalDateTime dateTime(String text) {
        String t = text.strip();
        try {
            return t.length() <= 10 ? LocalDate.parse(t).atStartOfDay() : LocalDateTime.parse(t.replace(' ', 'T'));
        } catch (DateTimeParseException e) {
            String day = t.length() > 10 ? t.substring(0, 10) : t;
            throw new TypeConversionException(WrittenDate.whyNoSuchDay(day)
                    .map(why -> Messages.get("cli.error.noSuchDate", day, why))
                    .orElseGet(() -> Messages.get("cli.error.badDateTime", text)));
        }
    }

    private static <E extends Enum<E> & Coded> void register(CommandLine cli, Class<E> type) {
        cli.registerConverter(type, text -> parse(type, text));
    }
}
