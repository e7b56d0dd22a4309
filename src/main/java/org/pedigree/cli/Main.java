package org.pedigree.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Map;

import org.pedigree.model.PedigreeProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code pedigree} command line. Exit codes: 0 success, 1 a usage, configuration or validation
 * problem (a {@link PedigreeProblem}, whose kind names the code, or records refused by the shapes),
 * with a message saying what to change, 2 or more an internal error.
 * The environment is read here once and handed to the commands; nothing else reads it.
 */
@Command(name = "pedigree", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Pedigree publishes machine-learning model lineage as linked data.",
        commandListHeading = "%nCommands:%n",
        subcommands = {ServeCommand.class, LoadCommand.class, ValidateCommand.class, ImportCommand.class, ExportCommand.class,
            TokenCommand.class, DumpCommand.class, BackupCommand.class, RestoreCommand.class, CompactCommand.class,
            TraceCommand.class, ImpactCommand.class, LicenceCommand.class})
public final class Main implements Runnable {
    public static final int USER_ERROR = 1;
    public static final int INTERNAL_ERROR = 2;
    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        CliContext context = new CliContext(System.getenv(), System.in, System.console() != null);
        int code = run(context, new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
        System.exit(code);
    }

    /** Runs one command line with the given environment and output streams; returns the exit code. */
    static int run(Map<String, String> env, PrintWriter out, PrintWriter err, String... args) {
        return run(new CliContext(env, InputStream.nullInputStream(), false), out, err, args);
    }

    static int run(CliContext context, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main(), new Factory(context));
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, arguments) -> {
            PrintWriter usage = e.getCommandLine().getErr();
            usage.println("pedigree: " + e.getMessage());
            usage.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return USER_ERROR;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter problem = commandLine.getErr();
            if (e instanceof PedigreeProblem userProblem) {
                problem.println("pedigree: " + e.getMessage());
                return userProblem.kind().exitCode();
            }
            LOG.error("Internal error", e);
            problem.println("pedigree: internal error: " + e + " (details in the log above)");
            return INTERNAL_ERROR;
        });
        return cli.execute(args);
    }

    /** Creates commands with the process context (constructor taking {@link CliContext}) where they have one. */
    private record Factory(CliContext context) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            try {
                var constructor = type.getDeclaredConstructor(CliContext.class);
                constructor.setAccessible(true);
                return constructor.newInstance(context);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(type);
            }
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The version written into the jar's manifest at build time. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"Pedigree " + (version == null ? "(development build)" : version)};
        }
    }
}
