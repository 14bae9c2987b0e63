package org.villageregistry.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.benefit.BenefitProgramme;
import org.villageregistry.domain.benefit.Money;
import org.villageregistry.domain.benefit.Payment;
import org.villageregistry.domain.indicator.Period;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.BundleArrivals;
import org.villageregistry.service.ProgramBuild;
import org.villageregistry.service.verification.SampleTownshipRegister;

/**
 * A township keeps each village's programmes as the village made them, so one code stands for a programme per
 * village: the township's roll of that code is every village's roll together, each line naming its village.
 */
class TownshipPaymentRollTest {
    @TempDir
    Path temp;
    Register register;
    ReportService reports;

    @BeforeEach
    void open() {
        Messages.setLocale(Messages.CHINESE);
        register = SampleTownshipRegister.open(temp);
        reports = new ReportService(register, SampleTownshipRegister.CLOCK, BundleArrivals.NOT_TRACKED, null,
                new ProgramBuild("0.1.0", "2026-11-30"));
    }

    @AfterEach
    void close() {
        register.close();
    }

    @Test
    void theTownshipsRollOfACodeHoldsEveryVillagesPaymentsOfIt() {
        // what each village's programme of the code paid in each period, read from the register itself
        Map<String, Map<String, List<Payment>>> paid = new TreeMap<>();
        register.transactions().read(() -> {
            for (BenefitProgramme programme : register.programmes().all()) {
                for (var enrolment : register.enrolments().byProgramme(programme.id())) {
                    for (Payment payment : register.payments().byEnrolment(enrolment.id())) {
                        if (payment.voidReason() == null) {
                            paid.computeIfAbsent(programme.code() + " " + payment.period().substring(0, 4),
                                    k -> new TreeMap<>()).computeIfAbsent(programme.owner(), k -> new java.util.ArrayList<>())
                                    .add(payment);
                        }
                    }
                }
            }
            return null;
        });
        String both = paid.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::getKey)
                .findFirst().orElseThrow(() -> new AssertionError("no programme paid in two villages: " + paid.keySet()));
        String code = both.split(" ")[0];
        String year = both.split(" ")[1];
        List<Payment> expected = paid.get(both).values().stream().flatMap(List::stream).toList();

        PaymentRoll roll = register.transactions().read(() -> new PaymentRolls(register).build(
                new ReportHeader("410103100", "青山镇", "clerk", java.time.LocalDateTime.of(2026, 11, 30, 10, 0),
                        new ProgramBuild("0.1.0", "2026-11-30")), code, year));

        assertThat(roll.villages()).isTrue();
        assertThat(roll.lines()).hasSize(expected.size());
        assertThat(roll.total()).isEqualTo(expected.stream().map(Payment::amount).reduce(Money.ZERO, Money::plus));
        Map<String, Long> byVillage = roll.lines().stream().collect(Collectors.groupingBy(PaymentRoll.Line::village,
                TreeMap::new, Collectors.counting()));
        assertThat(byVillage).hasSize(paid.get(both).size());
        assertThat(byVillage.keySet()).allMatch(name -> name.endsWith("村"), "villages by name");

        String text = new PdfText(reports.pdf(ReportRequest.roll(code, Period.parse(year)), ReportProgress.NONE,
                org.villageregistry.report.CancelCheck.NEVER)).all().replaceAll("\\s+", "");
        assertThat(text).contains("村" + "姓名").contains(byVillage.keySet().toArray(String[]::new))
                .contains("合计" + roll.total().format().replaceAll("\\s+", ""));
    }

    @Test
    void withoutAProgrammeTheCodesOfTheVillagesAreNamedOnceEach() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> reports.pdf(ReportRequest.roll("NONE",
                        Period.parse("2026")), ReportProgress.NONE, CancelCheck.NEVER))
                .satisfies(e -> {
                    String codes = e.getMessage().substring(e.getMessage().lastIndexOf('：') + 1);
                    List<String> each = List.of(codes.split("、"));
                    assertThat(each).doesNotHaveDuplicates().isNotEmpty();
                });
    }
}
