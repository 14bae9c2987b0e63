package org.villageregistry.cli;

import java.io.PrintWriter;
import org.villageregistry.domain.indicator.SampleRate;
import org.villageregistry.domain.indicator.VerificationRates;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.verification.CheckedField;
import org.villageregistry.service.verification.VerificationReport;

/** The verification report as text: each figure with its counts and its 95 % interval, per village and in total. */
final class VerificationText {
    private VerificationText() {
    }

    static void print(PrintWriter out, VerificationReport report) {
        var v = report.sample().verification();
        out.println(Messages.get("report.verification.draw", String.valueOf(v.id()), String.valueOf(v.seed()),
                v.drawnOn().toString(), String.valueOf(v.householdsPerVillage())));
        out.println(Messages.get("report.verification.entered", String.valueOf(report.sample().households().size()),
                String.valueOf(report.sample().persons().size()), String.valueOf(report.personsChecked()),
                Messages.get(report.complete() ? "report.verification.complete" : "report.verification.incomplete")));
        scope(out, Messages.get("report.verification.township", report.townshipName()), report.total());
        for (VerificationReport.Village village : report.villages()) {
            scope(out, village.name() + "（" + village.code() + "）", village.rates());
        }
    }

    private static void scope(PrintWriter out, String name, VerificationRates r) {
        out.println();
        out.println(name);
        line(out, Messages.get("report.verification.figure.ACCURACY"), r.accuracy());
        line(out, Messages.get("report.verification.figure.OMISSION"), r.omission());
        line(out, Messages.get("report.verification.figure.BIRTH_OMISSION"), r.birthOmission());
        line(out, Messages.get("report.verification.figure.MARRIED_WOMEN"), r.marriedWomenManaged());
        StringBuilder fields = new StringBuilder();
        for (CheckedField f : CheckedField.values()) {
            SampleRate e = r.fieldErrors().get(f);
            if (e.numerator() > 0) {
                fields.append(fields.length() == 0 ? "" : "，").append(f.label()).append(' ')
                        .append(e.numerator()).append('/').append(e.denominator());
            }
        }
        out.println("  " + Messages.get("cli.verification.fieldErrors",
                fields.length() == 0 ? Messages.get("cli.verification.noFieldErrors") : fields.toString()));
    }

    private static void line(PrintWriter out, String label, SampleRate r) {
        out.println("  " + Messages.get("cli.verification.figure", label, r.percentText(),
                String.valueOf(r.numerator()), String.valueOf(r.denominator()), r.intervalText(),
                r.smallSample() ? Messages.get("cli.verification.small") : ""));
    }
}
