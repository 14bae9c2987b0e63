package org.villageregistry.service.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.repository.RegisterStore;
import org.villageregistry.domain.repository.SignInTimes;
import org.villageregistry.service.RegisterServices;

/**
 * A sign-in as the desktop does it, timed step by step: opening the register (Argon2id, H2, the schema check, the
 * rest: {@link SignInTimes}) and then the home screen's to-do list (what the registrar waits for until the home
 * screen is filled). The median of three sign-ins by their total.
 */
public final class SignInBench {
    /** One sign-in: the register's steps and the home screen's to-do list, in milliseconds. */
    public record Timing(SignInTimes open, double homeMs, double homeCpuMs) {
        public double totalMs() {
            return open.totalMs() + homeMs;
        }

        /** e.g. "password 310, H2 open 95, schema 4 (no Flyway), rest 12, home screen to-do list 280". */
        public String steps() {
            return String.format(Locale.ROOT, "password (Argon2id) %.0f, H2 open %.0f, schema check %.0f (%s),"
                    + " rest %.0f, home screen's to-do list %.0f ms (CPU %.0f ms)", open.passwordMs(),
                    open.databaseMs(), open.schemaMs(), open.flyway() ? "Flyway ran" : "no Flyway", open.restMs(),
                    homeMs, homeCpuMs);
        }
    }

    private SignInBench() {
    }

    public static Timing median(RegisterStore store, Path home, String user, String password, Clock clock) {
        List<Timing> runs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            runs.add(once(store, home, user, password, clock));
        }
        runs.sort(Comparator.comparingDouble(Timing::totalMs));
        return runs.get(1);
    }

    public static Timing once(RegisterStore store, Path home, String user, String password, Clock clock) {
        try (Register register = store.open(home, user, password.toCharArray())) {
            SignInTimes open = register.signInTimes().orElse(new SignInTimes(0, 0, 0, false, 0));
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long cpu = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            new RegisterServices(register, clock).today().items();
            return new Timing(open, (System.nanoTime() - t) / 1e6, (threads.getCurrentThreadCpuTime() - cpu) / 1e6);
        }
    }
}
