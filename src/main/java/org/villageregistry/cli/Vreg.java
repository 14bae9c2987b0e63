package org.villageregistry.cli;

import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.Problem;
import org.villageregistry.domain.text.RegistryException;
import org.villageregistry.domain.text.RuleViolationException;
import org.villageregistry.session.Program;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The command line, {@code vreg <command>}: the same services as the desktop app. Exit code 0 when done,
 * 1 for a user error (the Chinese message on standard error), 2 for an internal error.
 */
@Command(name = "vreg", mixinStandardHelpOptions = true)
public final class Vreg implements Runnable {
    /** Every command, in the order the help lists them. */
    static final List<Class<?>> COMMANDS = List.of(InitCommand.class, PersonCommand.class, FindCommand.class, HouseholdCommand.class,
                BirthCommand.class, DeathCommand.class, MoveCommand.class, MarriageCommand.class,
                RegistrationCommand.class,
                CheckCommand.class, StatsCommand.class, AuditCommand.class, ReportCommand.class,
                ReceiptPrintCommand.class, LedgerCommand.class, SampleCommand.class, BenchCommand.class,
                EnrolCommand.class, ExportCommand.class, VerifyCommand.class, ImportCommand.class,
                ReceiptCommand.class, ConflictsCommand.class, UploadCommand.class, ReconcileCommand.class,
                VerifyReceiptCommand.class, UserCommand.class, RecoverCommand.class, BackupCommand.class,
                RestoreCommand.class, CountyCommand.class, SignoffCommand.class, VerificationCommand.class);
    public static final int OK = 0;
    public static final int USER_ERROR = 1;
    public static final int INTERNAL_ERROR = 2;
    /** A server that stopped because what it stands on failed (its database): its service manager restarts it. */
    public static final int SERVICE_FAILED = 3;
    private static final Logger LOG = LoggerFactory.getLogger(Vreg.class);

    private final Program program;
    private final CliContext context;

    @Spec
    CommandSpec spec;

    Vreg(Program program, CliContext context) {
        this.program = program;
        this.context = context;
    }

    /**
     * Runs one command with a given environment and streams (tests pass their own), over the program the
     * composition root built for this run.
     */
    public static int run(String[] args, Program program, CliContext context) {
        CommandLine cli = commandLine(program, context, named(args));
        int code = cli.execute(args);
        context.out().flush();
        context.err().flush();
        return code;
    }

    /** The command tree with its Chinese help texts, converters and exit-code handling. */
    public static CommandLine commandLine(Program program, CliContext context) {
        return commandLine(program, context, COMMANDS);
    }

    /**
     * The command a run names (its first argument), alone under the root, or every command when the first
     * argument names none (help, or a mistyped command, which is refused pointing to the help).
     * Building the whole tree of 33 commands took a fifth of a {@code vreg find}'s start.
     */
    static List<Class<?>> named(String[] args) {
        if (args.length > 0 && !args[0].startsWith("-")) {
            for (Class<?> command : COMMANDS) {
                Command c = command.getAnnotation(Command.class);
                if (c.name().equals(args[0]) || Arrays.asList(c.aliases()).contains(args[0])) {
                    return List.of(command);
                }
            }
        }
        return COMMANDS;
    }

    private static CommandLine commandLine(Program program, CliContext context, List<Class<?>> commands) {
        CommandLine cli = new CommandLine(new Vreg(program, context));
        for (Class<?> command : commands) {
            cli.addSubcommand(command);
        }
        cli.setResourceBundle(Messages.bundle(Messages.locale()));
        CodedConverters.registerAll(cli);
        describe(cli);
        cli.setOut(context.out());
        cli.setErr(context.err());
        cli.setParameterExceptionHandler((ex, args) -> {
            context.err().println(Messages.get("cli.error.usage", UsageErrors.text(ex)));
            context.err().println(Messages.get("cli.error.seeHelp", ex.getCommandLine().getCommandSpec().qualifiedName()));
            return USER_ERROR;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof RuleViolationException rules) {
                context.err().println(Messages.get("cli.error.refused"));
                for (Problem p : rules.problems()) {
                    context.err().println("  - " + p.message());
                }
                return USER_ERROR;
            }
            if (ex instanceof RegistryException registry) {
                context.err().println(registry.getMessage());
                return USER_ERROR;
            }
            LOG.error("internal error in command {}", commandLine.getCommandName(), ex);
            // where logback.xml writes: the folder the launcher set, else its own default
            String folder = System.getProperty(org.villageregistry.app.LogFolder.PROPERTY,
                    java.nio.file.Path.of(System.getProperty("user.home"), ".village-registry", "logs").toString());
            context.err().println(Messages.get("cli.error.internal", ex.getClass().getSimpleName(),
                    java.nio.file.Path.of(folder, "vreg.log")));
            return INTERNAL_ERROR;
        });
        return cli;
    }

    Program program() {
        return program;
    }

    CliContext context() {
        return context;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), Messages.get("cli.error.noCommand"));
    }

    /** Command descriptions come from the message bundle: key cli.cmd.[qualified name]. */
    private static void describe(CommandLine cli) {
        String name = cli.getCommandSpec().qualifiedName(".");
        cli.getCommandSpec().usageMessage().description(Messages.get("cli.cmd." + name));
        for (CommandLine sub : cli.getSubcommands().values()) {
            describe(sub);
        }
    }
}
