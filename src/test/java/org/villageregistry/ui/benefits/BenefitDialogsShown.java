package org.villageregistry.ui.benefits;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.villageregistry.domain.benefit.BenefitProgramme;
import org.villageregistry.domain.benefit.Enrolment;
import org.villageregistry.domain.benefit.ProgrammeKind;
import org.villageregistry.domain.person.Person;
import org.villageregistry.service.RegisterServices;
import org.villageregistry.service.benefit.Candidate;
import org.villageregistry.service.benefit.EnrolmentRow;
import org.villageregistry.service.task.SameThreadTaskExecutor;
import org.villageregistry.ui.shell.Navigator;

/** Opens the two benefit dialogs for tests outside this package (they walk every dialog the program shows). */
public final class BenefitDialogsShown {
    private BenefitDialogsShown() {
    }

    public static void enrol(RegisterServices services, Navigator navigator, Person mother, Person child) {
        BenefitProgramme programme = new BenefitProgramme(UUID.randomUUID(), 0, "410103100001", "YEBT",
                "育儿补贴", ProgrammeKind.CHILDCARE_SUBSIDY, List.of(), Map.of(), null);
        BenefitDialogs.enrol(new BenefitsViewModel(services, new SameThreadTaskExecutor(), navigator),
                new Candidate(programme, mother, child, "孩子未满 3 周岁，户籍在本村", null));
    }

    public static void end(RegisterServices services, Navigator navigator, Person mother) {
        Enrolment enrolment = new Enrolment(UUID.randomUUID(), 0, "410103100001", mother.id(), UUID.randomUUID(),
                null, LocalDate.of(2025, 3, 10), null, "出生证", "admin", null, null, null);
        BenefitDialogs.end(new BenefitsViewModel(services, new SameThreadTaskExecutor(), navigator),
                new EnrolmentRow(enrolment, mother.name(), "陈小宝", "育儿补贴"));
    }
}
