package org.villageregistry.ui.verification;

import java.util.ArrayList;
import java.util.List;
import org.villageregistry.domain.indicator.SampleRate;
import org.villageregistry.domain.indicator.VerificationRates;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.verification.CheckedField;
import org.villageregistry.domain.verification.FoundPerson;
import org.villageregistry.domain.verification.PersonResult;
import org.villageregistry.domain.verification.SampledPerson;
import org.villageregistry.domain.verification.Verification;
import org.villageregistry.service.verification.VerificationReport;

/** The rows the 抽样核查 screen shows, worked out from a verification's report (off the FX thread). */
final class VerificationLines {
    private VerificationLines() {
    }

    /** One verification of the list. */
    record VerificationLine(long id, String drawnOn, String seed, String size, String entered, String state) {
    }

    /** One drawn person with the result entered so far. */
    record PersonLine(int number, String village, int household, String name, String sex, String birthDate,
                      String result) {
    }

    /** One figure of one scope: the rate, its counts and its 95 % interval. */
    record RateLine(String scope, String figure, String rate, String counts, String interval) {
    }

    static VerificationLine line(VerificationReport r) {
        Verification v = r.sample().verification();
        return new VerificationLine(v.id(), v.drawnOn().toString(), String.valueOf(v.seed()),
                Messages.get("verifui.size", String.valueOf(r.sample().households().size()),
                        String.valueOf(r.sample().persons().size())),
                r.personsChecked() + "/" + r.sample().persons().size(),
                Messages.get(r.complete() ? "report.verification.complete" : "report.verification.incomplete"));
    }

    static List<PersonLine> persons(VerificationReport r) {
        List<PersonLine> out = new ArrayList<>();
        java.util.Map<String, String> names = new java.util.HashMap<>();
        r.villages().forEach(v -> names.put(v.code(), v.name()));
        for (SampledPerson p : r.sample().persons()) {
            out.add(new PersonLine(p.number(), names.getOrDefault(p.village(), p.village()), p.household(),
                    p.registered(CheckedField.NAME), p.registered(CheckedField.SEX),
                    p.registered(CheckedField.BIRTH_DATE), r.results().of(p.number()).map(VerificationLines::result)
                            .orElse("")));
        }
        return out;
    }

    private static String result(PersonResult r) {
        StringBuilder text = new StringBuilder(r.outcome().label());
        r.corrections().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).forEach(c ->
                text.append(text.length() == r.outcome().label().length() ? "：" : "，").append(c.getKey().label())
                        .append('=').append(c.getValue()));
        return text.toString();
    }

    static List<String> found(VerificationReport r) {
        return r.results().found().stream().map(f -> Messages.get("verifui.foundLine", String.valueOf(f.household()),
                Messages.get("verification.found." + f.kind().name()), f.name(),
                f.sex() == null ? "" : f.sex().label(), f.birthDate() == null ? "" : f.birthDate().toString(),
                f.married() ? Messages.get("verifui.married") : "")).toList();
    }

    static List<RateLine> rates(VerificationReport r) {
        List<RateLine> out = new ArrayList<>();
        scope(out, Messages.get("report.verification.township", r.townshipName()), r.total());
        r.villages().forEach(v -> scope(out, v.name(), v.rates()));
        return out;
    }

    private static void scope(List<RateLine> out, String scope, VerificationRates rates) {
        add(out, scope, "report.verification.figure.ACCURACY", rates.accuracy());
        add(out, "", "report.verification.figure.OMISSION", rates.omission());
        add(out, "", "report.verification.figure.BIRTH_OMISSION", rates.birthOmission());
        add(out, "", "report.verification.figure.MARRIED_WOMEN", rates.marriedWomenManaged());
        for (CheckedField f : CheckedField.values()) {
            SampleRate e = rates.fieldErrors().get(f);
            if (e.numerator() > 0) {
                out.add(new RateLine("", Messages.get("verifui.fieldError", f.label()), rate(e), counts(e),
                        interval(e)));
            }
        }
    }

    private static void add(List<RateLine> out, String scope, String key, SampleRate r) {
        out.add(new RateLine(scope, Messages.get(key), rate(r), counts(r), interval(r)));
    }

    static String rate(SampleRate r) {
        return r.percentText() + (r.smallSample() ? "*" : "");
    }

    static String counts(SampleRate r) {
        return r.countsText();
    }

    static String interval(SampleRate r) {
        return r.intervalText();
    }

    /** A found person's kind by its label, for the choice box. */
    static String label(FoundPerson.Kind kind) {
        return Messages.get("verification.found." + kind.name());
    }
}
