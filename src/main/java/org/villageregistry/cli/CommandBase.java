package org.villageregistry.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.RegistryException;
import org.villageregistry.service.Json;
import org.villageregistry.session.Program;
import org.villageregistry.session.Session;
import org.villageregistry.service.files.WriteFailure;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What every command that works on an opened register shares: options, output and opening the register. */
abstract class CommandBase implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SessionOptions signIn;

    @Override
    public final Integer call() throws Exception {
        try (Session session = open()) {
            return run(session);
        }
    }

    /** Does the command's work with every service over the opened register; returns the exit code. */
    abstract int run(Session session) throws Exception;

    Session open() {
        char[] password = password(context(), signIn.passwordStdin);
        return program().signIn(home(), signIn.user, password);
    }

    Path home() {
        return signIn.home != null ? signIn.home : context().defaultHome();
    }

    Program program() {
        return vreg().program();
    }

    Vreg vreg() {
        return (Vreg) spec.root().userObject();
    }

    CliContext context() {
        return vreg().context();
    }

    Clock clock() {
        return context().clock();
    }

    /** A moment as the user reads it: 2026-12-07 21:45 in the clock's zone (the machine's), not UTC's ISO form. */
    String local(java.time.Instant at) {
        return at == null ? "" : java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .format(at.atZone(clock().getZone()));
    }

    PrintWriter out() {
        return context().out();
    }

    /** After an event of these days was recorded: the note on a month already submitted or approved, if any. */
    void tellOfLockedMonth(org.villageregistry.session.Session session, java.time.LocalDate... days) {
        session.services().signoffs().lockedMonthNotice(java.util.Arrays.asList(days)).ifPresent(out()::println);
    }

    /**
     * The folder typed on the command line, made when it is not there yet (typing a new folder name is asking for
     * it); the services themselves write only into folders that exist, so a stick pulled out is reported.
     */
    static Path madeFolder(Path folder) {
        try {
            return Files.createDirectories(folder.toAbsolutePath());
        } catch (IOException e) {
            throw WriteFailure.explain(e, folder.toAbsolutePath());
        }
    }

    /** The file typed on the command line, its folder made when it is not there yet (see {@link #madeFolder}). */
    static Path inMadeFolder(Path file) {
        madeFolder(file.toAbsolutePath().getParent());
        return file;
    }

    void printJson(Object value) throws java.io.IOException {
        out().println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(value));
    }

    /** The password from VREG_PASSWORD, from the first line of standard input, or asked at the terminal. */
    static char[] password(CliContext context, boolean fromStdin) {
        if (fromStdin) {
            return context.firstLineOfInput()
                    .orElseThrow(() -> new RegistryException("cli.password.stdinEmpty"));
        }
        String env = context.env().get("VREG_PASSWORD");
        if (env != null && !env.isEmpty()) {
            return env.toCharArray();
        }
        return context.prompt().ask(Messages.get("cli.password.prompt"))
                .filter(p -> p.length > 0)
                .orElseThrow(() -> new RegistryException("cli.password.missing"));
    }

    /** A new password: VREG_NEW_PASSWORD, or asked twice at the terminal (both must match). */
    static char[] newPassword(CliContext context) {
        String env = context.env().get("VREG_NEW_PASSWORD");
        if (env != null && !env.isEmpty()) {
            return env.toCharArray();
        }
        char[] first = context.prompt().ask(Messages.get("cli.password.newPrompt"))
                .filter(p -> p.length > 0)
                .orElseThrow(() -> new RegistryException("cli.password.newMissing"));
        char[] again = context.prompt().ask(Messages.get("cli.password.againPrompt")).orElse(new char[0]);
        boolean same = Arrays.equals(first, again);
        wipe(again);
        if (!same) {
            wipe(first);
            throw new RegistryException("cli.password.mismatch");
        }
        return first;
    }

    static void wipe(char[] password) {
        Arrays.fill(password, '\0');
    }
}
