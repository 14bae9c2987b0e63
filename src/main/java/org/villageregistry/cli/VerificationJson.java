package org.villageregistry.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.villageregistry.domain.indicator.SampleRate;
import org.villageregistry.domain.indicator.VerificationRates;
import org.villageregistry.domain.verification.CheckedField;
import org.villageregistry.domain.verification.Verification;
import org.villageregistry.service.verification.VerificationReport;

/** The verification list and report as JSON: every rate with numerator, denominator and its 95 % interval. */
final class VerificationJson {
    private VerificationJson() {
    }

    static Map<String, Object> summary(VerificationReport r) {
        Verification v = r.sample().verification();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", v.id());
        m.put("township", v.township());
        m.put("villages", v.villages());
        m.put("householdsPerVillage", v.householdsPerVillage());
        m.put("seed", v.seed());
        m.put("newborns", v.newborns());
        m.put("drawnAt", v.drawnAt().toString());
        m.put("drawnOn", v.drawnOn().toString());
        m.put("drawnBy", v.drawnBy());
        m.put("households", r.sample().households().size());
        m.put("persons", r.sample().persons().size());
        m.put("personsChecked", r.personsChecked());
        m.put("listedNewborns", r.sample().newborns().size());
        m.put("newbornsChecked", r.newbornsChecked());
        m.put("complete", r.complete());
        return m;
    }

    static Map<String, Object> report(VerificationReport r) {
        Map<String, Object> m = summary(r);
        m.put("total", rates(r.total()));
        List<Map<String, Object>> villages = r.villages().stream().map(v -> {
            Map<String, Object> village = new LinkedHashMap<>();
            village.put("code", v.code());
            village.put("name", v.name());
            village.put("households", v.households());
            village.put("persons", v.persons());
            village.putAll(rates(v.rates()));
            return village;
        }).toList();
        m.put("byVillage", villages);
        return m;
    }

    private static Map<String, Object> rates(VerificationRates r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("accuracy", rate(r.accuracy()));
        m.put("omission", rate(r.omission()));
        m.put("birthOmission", rate(r.birthOmission()));
        m.put("marriedWomenManaged", rate(r.marriedWomenManaged()));
        Map<String, Object> fields = new LinkedHashMap<>();
        for (CheckedField f : CheckedField.values()) {
            fields.put(f.name(), rate(r.fieldErrors().get(f)));
        }
        m.put("fieldErrors", fields);
        return m;
    }

    private static Map<String, Object> rate(SampleRate r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("numerator", r.numerator());
        m.put("denominator", r.denominator());
        m.put("rate", r.value().orElse(null));
        m.put("low95", r.interval().map(i -> i.low()).orElse(null));
        m.put("high95", r.interval().map(i -> i.high()).orElse(null));
        m.put("smallSample", r.smallSample());
        return m;
    }
}
