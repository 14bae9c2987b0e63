package org.villageregistry.ui.events.correct;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.event.Birth;
import org.villageregistry.domain.event.BirthPlace;
import org.villageregistry.domain.event.EventSource;
import org.villageregistry.domain.event.Move;
import org.villageregistry.domain.event.MoveKind;
import org.villageregistry.domain.event.MoveReason;
import org.villageregistry.domain.person.CorrectionReason;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.record.RegisterRecord;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.Problem;
import org.villageregistry.service.BirthReport;
import org.villageregistry.service.MoveInReport;
import org.villageregistry.service.MoveOutReport;
import org.villageregistry.service.RegisterServices;
import org.villageregistry.service.task.SameThreadTaskExecutor;
import org.villageregistry.ui.events.EventsRegister;

/** The correction form as a registrar's story, without a screen: filled as recorded, checked, confirmed, saved. */
class EventCorrectionFormModelTest {
    @TempDir
    Path home;
    private RegisterServices services;
    private final List<RegisterRecord> corrected = new ArrayList<>();

    @BeforeEach
    void village() {
        Messages.setLocale(Messages.CHINESE);
        services = EventsRegister.open(home);
    }

    @AfterEach
    void close() {
        services.register().close();
    }

    @Test
    void anUnusualWeightTypedIntoABirthWaitsForTheConfirmBoxThenTheCorrectionIsSaved() {
        Person mother = services.persons().register(EventsRegister.adult("李秀英", Sex.FEMALE,
                LocalDate.of(1995, 8, 9), 24).build());
        Birth birth = services.births().record(new BirthReport(mother.id(), null, LocalDateTime.of(2026, 2, 1, 9, 30),
                BirthPlace.HOSPITAL, 39, EventSource.SELF_REPORT, List.of(new BirthReport.NewChild("王小宝", Sex.MALE,
                null, 3200, null, null))), false).births().get(0);
        EventCorrectionFormModel<Birth> form = form(birth);
        BirthFields fields = (BirthFields) form.fields();
        assertThat(fields.bornAt.get()).isEqualTo("2026-02-01 09:30");
        assertThat(fields.weight.get()).isEqualTo("3200");
        assertThat(form.dirty().get()).isFalse();

        fields.weight.set("32OO");
        form.save();
        assertThat(form.problemsOf("weightGrams")).extracting(Problem::message).containsExactly(
                "“32OO”不是整数，请只填数字");
        assertThat(form.problemsOf("correctionReason")).isNotEmpty();

        fields.weight.set("9000");
        form.reason().set(CorrectionReason.DOCUMENT);
        form.save();
        assertThat(form.confirmationNeeded().get()).isTrue();
        assertThat(corrected).isEmpty();

        form.warningsConfirmed().set(true);
        form.save();
        assertThat(corrected).singleElement().satisfies(e -> assertThat(((Birth) e).weightGrams()).isEqualTo(9000));
        assertThat(form.savedMessage().get()).contains("已更正出生登记").contains("依据户口簿或身份证");
        assertThat(fields.weight.get()).isEqualTo("9000");
        assertThat(form.dirty().get()).isFalse();
    }

    @Test
    void aMoveInFormOffersOnly迁入And流入AndClearPutsBackWhatIsRecorded() {
        Move in = services.moves().moveIn(new MoveInReport(MoveKind.FLOAT_IN, LocalDate.of(2026, 6, 1),
                "410103200001", null, MoveReason.WORK, EventSource.SELF_REPORT, null, null, List.of(
                        EventsRegister.adult("周敏", Sex.FEMALE, LocalDate.of(2000, 1, 2), 28).build())));
        EventCorrectionFormModel<Move> form = form(in);
        MoveFields fields = (MoveFields) form.fields();
        assertThat(fields.place.get()).isEqualTo("410103200001");

        fields.date.set("2026-13-01");
        form.reason().set(CorrectionReason.ENTRY_ERROR);
        form.save();
        assertThat(form.problemsOf("date")).extracting(Problem::message)
                .containsExactly("“2026-13-01”不是有效的日期，请按 2026-11-30 或 20261130 填写");
        assertThat(form.dirty().get()).isTrue();

        form.clear();
        assertThat(fields.date.get()).isEqualTo("2026-06-01");
        assertThat(form.reason().get()).isNull();
        assertThat(form.problems()).isEmpty();

        fields.kind.set(MoveKind.HUKOU_IN);
        form.reason().set(CorrectionReason.POLICE_RECORDS);
        form.save();
        assertThat(corrected).singleElement().satisfies(e -> assertThat(((Move) e).kind())
                .isEqualTo(MoveKind.HUKOU_IN));
    }

    @SuppressWarnings("unchecked")
    @Test
    void aDeathRecordedForTheWrongPersonIsVoidedFromItsFormAfterAReasonAndAQuestion() {
        Person wang = services.persons().register(EventsRegister.adult("王建国", Sex.MALE, LocalDate.of(1940, 3, 1), 11)
                .build());
        org.villageregistry.domain.event.Death death = services.deaths().record(new org.villageregistry.service
                .DeathReport(wang.id(), LocalDate.of(2026, 11, 1), "家中", null, EventSource.SELF_REPORT));
        EventCorrectionFormModel<org.villageregistry.domain.event.Death> form = form(death);
        assertThat(form.voidable()).isTrue();

        assertThat(form.voidQuestion()).isEmpty();
        assertThat(form.voidError().get()).contains("作废必须填写原因");
        form.voidReason().set("选错了人");
        assertThat(form.voidQuestion()).hasValue("作废这件死亡登记（原因：选错了人）？作废后无法撤销，有关人员的档案还原为登记前的样子。");

        form.voidEvent();

        assertThat(corrected).singleElement().satisfies(e -> assertThat(e.voidReason()).isEqualTo("选错了人"));
        assertThat(services.persons().find(wang.id()).orElseThrow().isActive()).isTrue();
        assertThat(form(aBirth()).voidable()).as("a birth goes with the child's record").isFalse();
    }

    @Test
    void aMoveInIsVoidedWithThePersonsItBroughtAndAMoveBetweenTwoVillagesIsNot() {
        Move in = services.moves().moveIn(new MoveInReport(
                MoveKind.FLOAT_IN, LocalDate.of(2026, 11, 1), null, null,
                MoveReason.WORK, EventSource.SELF_REPORT, null, null, List.of(
                        EventsRegister.adult("赵小兵", Sex.MALE, LocalDate.of(1999, 1, 1), 31).build())));
        EventCorrectionFormModel<Move> form = form(in);
        assertThat(form.voidable()).isTrue();
        form.voidReason().set("登记错了人");
        assertThat(form.voidQuestion()).hasValue(
                "作废这件迁移登记（原因：登记错了人）？作废后无法撤销，随这次登记迁入的 1 人的档案一并作废。");
        form.voidEvent();
        assertThat(corrected).singleElement().satisfies(e -> assertThat(e.voidReason()).isEqualTo("登记错了人"));
        assertThat(services.persons().find(in.personIds().get(0)).orElseThrow().isVoided()).isTrue();

        Person zhang = services.persons().register(EventsRegister.adult("张强", Sex.MALE, LocalDate.of(1980, 2, 2), 33)
                .build());
        Move transfer = services.moves().moveOut(
                new MoveOutReport(MoveKind.HUKOU_OUT,
                        LocalDate.of(2026, 11, 2), List.of(zhang.id()), null, "410103100002", null,
                        MoveReason.WORK, EventSource.SELF_REPORT));
        assertThat(form(transfer).voidable()).as("held by both villages' registers").isFalse();
    }

    private Birth aBirth() {
        Person mother = services.persons().register(EventsRegister.adult("李秀英", Sex.FEMALE,
                LocalDate.of(1995, 8, 9), 24).build());
        return services.births().record(new BirthReport(mother.id(), null, LocalDateTime.of(2026, 2, 1, 9, 30),
                BirthPlace.HOSPITAL, 39, EventSource.SELF_REPORT, List.of(new BirthReport.NewChild("王小宝", Sex.MALE,
                null, 3200, null, null))), false).births().get(0);
    }

    private <T extends RegisterRecord> EventCorrectionFormModel<T> form(T event) {
        return (EventCorrectionFormModel<T>) EventCorrectionFormModel.of(event, services.eventCorrections(),
                services.persons(), new SameThreadTaskExecutor(), corrected::add);
    }
}
