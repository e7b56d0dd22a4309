package org.pedigree.cli;

import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.pedigree.store.TokenStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code pedigree token create|list|revoke}: the write tokens of the store in --data (kept hashed in DIR/tokens.json). */
@Command(name = "token", mixinStandardHelpOptions = true,
        description = "Manage write tokens for the JSON API and --server (stored hashed in DIR/tokens.json; a running server sees changes at once).",
        subcommands = {TokenCommand.Create.class, TokenCommand.ListTokens.class, TokenCommand.Revoke.class})
final class TokenCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** What every token subcommand shares: the store options, the command spec and the token store they name. */
    abstract static class Subcommand implements Callable<Integer> {
        @Mixin
        DataOptions data;

        @Spec
        CommandSpec spec;

        private final Map<String, String> env;

        Subcommand(CliContext context) {
            this.env = context.env();
        }

        TokenStore tokens() {
            return new TokenStore(DataConfig.resolve(data, env).dataDir());
        }
    }

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Create a token and print it (the only time it is shown).")
    static final class Create extends Subcommand {
        @Option(names = "--name", required = true, paramLabel = "NAME", description = "Who or what uses the token (letters, digits, . _ @ -).")
        String name;

        @Option(names = "--scope", paramLabel = "write|admin", defaultValue = "write",
                description = "write: create and replace records; admin: also retire them (default write).")
        String scope;

        Create(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            TokenStore.Scope s = switch (scope.toLowerCase(Locale.ROOT)) {
                case "write" -> TokenStore.Scope.WRITE;
                case "admin" -> TokenStore.Scope.ADMIN;
                default -> throw new ConfigException("--scope = '" + scope + "' is not a scope: use write or admin");
            };
            String token;
            try {
                token = tokens().create(name, EnumSet.of(s));
            } catch (IllegalArgumentException e) {
                throw new ConfigException(e.getMessage());
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println(token);
            spec.commandLine().getErr().println("Token '" + name + "' (" + scope + ") created. It is shown only now: keep it safe; "
                    + "send it as 'Authorization: Bearer TOKEN' or set PEDIGREE_TOKEN.");
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the tokens (names, scopes, dates; never secrets).")
    static final class ListTokens extends Subcommand {
        ListTokens(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            for (TokenStore.Token t : tokens().list()) {
                out.println(t.name() + "\t" + t.scopes().stream().map(x -> x.name().toLowerCase(Locale.ROOT)).sorted().toList() + "\tcreated " + t.created());
            }
            return 0;
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke a token by name.")
    static final class Revoke extends Subcommand {
        @Parameters(paramLabel = "NAME")
        String name;

        Revoke(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            if (!tokens().revoke(name)) {
                throw new ConfigException("there is no token named " + name + " (see `pedigree token list`)");
            }
            spec.commandLine().getOut().println("Token '" + name + "' revoked.");
            return 0;
        }
    }
}
