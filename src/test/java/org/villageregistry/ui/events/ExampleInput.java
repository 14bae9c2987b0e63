package org.villageregistry.ui.events;

import org.villageregistry.domain.event.DeathCause;
import org.villageregistry.domain.event.MoveReason;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.person.RelationToHead;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.ui.events.birth.BirthFormModel;
import org.villageregistry.ui.events.birth.BirthFormView;
import org.villageregistry.ui.events.birth.ChildEntry;
import org.villageregistry.ui.events.death.DeathFormModel;
import org.villageregistry.ui.events.form.EventForm;
import org.villageregistry.ui.events.form.PersonPickerModel;
import org.villageregistry.ui.events.marriage.MarriageFormModel;
import org.villageregistry.ui.events.movein.MoveInFormModel;
import org.villageregistry.ui.events.moveout.MoveOutFormModel;
import org.villageregistry.ui.events.registration.BirthRegistrationFormModel;

/** Typical input for each form, for the screenshots (search results arrive asynchronously; picks follow). */
final class ExampleInput {
    private ExampleInput() {
    }

    static void birth(BirthFormView view) {
        BirthFormModel m = (BirthFormModel) view.model();
        m.mother().query().set("王小红");
        pickWhenFound(m.mother());
        m.gestationWeeks().set("38");
        ChildEntry first = m.children().get(0);
        first.name().set("王小宝");
        first.sex().set(Sex.MALE);
        first.bornAt().set("2026-11-10 08:15");
        first.weightGrams().set("3100");
        first.certificateNumber().set("Q41001234");
        ChildEntry second = m.addChild();
        second.name().set("王小贝");
        second.sex().set(Sex.FEMALE);
        second.bornAt().set("2026-11-10 08:32");
        second.weightGrams().set("2900");
    }

    static void fill(EventForm form) {
        if (form.model() instanceof DeathFormModel m) {
            m.person().query().set("孙强");
            m.date().set("20261118");
            m.cause().set(DeathCause.DISEASE);
            m.place().set("县人民医院");
        } else if (form.model() instanceof MarriageFormModel m && !m.isDivorce()) {
            m.husband().query().set("sq");
            m.otherPartyName().set("周婷");
            m.date().set("2026-11-02");
        } else if (form.model() instanceof MarriageFormModel m) {
            m.husband().query().set("张建国");
            m.date().set("2026-13-01");
            m.save();
        } else if (form.model() instanceof MoveInFormModel m) {
            m.date().set("20261105");
            m.householdNumber().set("0001");
            m.reason().set(MoveReason.MARRIAGE);
            m.persons().get(0).name().set("周婷");
            m.persons().get(0).sex().set(Sex.FEMALE);
            m.persons().get(0).birthDate().set("19970312");
            m.persons().get(0).idNumber().set("410103199703120021");
            m.persons().get(0).relation().set(RelationToHead.DAUGHTER_IN_LAW);
            m.persons().get(0).maritalStatus().set(MaritalStatus.UNMARRIED);
            m.save();
        } else if (form.model() instanceof MoveOutFormModel m) {
            m.picker().query().set("孙强");
            pickWhenFound(m.picker());
            m.date().set("2026-11-15");
            m.toDivision().set("410103100002");
            m.reason().set(MoveReason.WORK);
        } else if (form.model() instanceof BirthRegistrationFormModel m) {
            m.wifePicker().query().set("李秀英");
            pickWhenFound(m.wifePicker());
            m.husbandPicker().query().set("张建国");
            pickWhenFound(m.husbandPicker());
            m.expectedDelivery().set("20270420");
        }
    }

    private static void pickWhenFound(PersonPickerModel picker) {
        picker.hits().addListener((javafx.collections.ListChangeListener<org.villageregistry.domain.repository.PersonHit>)
                c -> {
                    if (!picker.hits().isEmpty() && picker.person().isEmpty()) {
                        javafx.application.Platform.runLater(() -> picker.pick(picker.hits().get(0).person()));
                    }
                });
    }
}
