package procedo.modeler.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import procedo.catalog.account.Account;
import procedo.catalog.account.AccountRequest;
import procedo.catalog.account.AccountRole;
import procedo.catalog.account.Actor;
import procedo.catalog.account.Grant;
import procedo.catalog.account.Passwords;
import procedo.modeler.Application;

/**
 * Users managed from this machine, by whoever controls it (as the administrator page does over HTTP): add, list,
 * change roles, disable and reset passwords. A password set here is temporary: it is changed at first sign-in.
 */
@Command(name = "user", description = "Manage the people who sign in: add, list, roles, disable, reset-password.",
        subcommands = {UserCommand.Add.class, UserCommand.ListUsers.class, UserCommand.Roles.class,
            UserCommand.Disable.class, UserCommand.ResetPassword.class})
public final class UserCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Name what to do: add, list, roles, disable, reset-password");
    }

    /** Whoever runs the command on this machine, as recorded beside the change. */
    static Actor actor() {
        return new Actor("cli:" + System.getProperty("user.name", "unknown"), "Dòng lệnh ("
                + System.getProperty("user.name", "?") + ")", "local");
    }

    /**
     * Roles as written on the command line: {@code ANALYST}, {@code LOCALITY_OFFICER@79},
     * {@code CASE_OFFICER@79:tu-phap,applicant}.
     */
    static List<Grant> grants(CommandSpec spec, List<String> specs) {
        List<Grant> grants = new ArrayList<>();
        for (String text : specs) {
            String rest = text.strip();
            List<String> groups = List.of();
            int colon = rest.indexOf(':');
            if (colon >= 0) {
                groups = Arrays.asList(rest.substring(colon + 1).split(","));
                rest = rest.substring(0, colon);
            }
            String locality = null;
            int at = rest.indexOf('@');
            if (at >= 0) {
                locality = rest.substring(at + 1);
                rest = rest.substring(0, at);
            }
            try {
                grants.add(new Grant(AccountRole.valueOf(rest.toUpperCase(Locale.ROOT)), locality, groups));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--role " + text + ": the role must be one of "
                        + Arrays.toString(AccountRole.values()));
            }
        }
        return grants;
    }

    static String describe(Account account) {
        return account.username() + "\t" + account.displayName() + "\t" + account.grants().stream()
                .map(g -> g.role() + (g.locality() == null ? "" : "@" + g.locality())
                        + (g.groups().isEmpty() ? "" : ":" + String.join(",", g.groups())))
                .collect(Collectors.joining(" ")) + (account.disabled() ? "\t(disabled)" : "");
    }

    /** A temporary password: read from standard input with --password-stdin, or generated and printed. */
    static String temporaryPassword(boolean fromStdin) {
        if (!fromStdin) {
            return Passwords.randomSecret(12);
        }
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            return line == null ? "" : line;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Command(name = "add", description = "Add a user; their temporary password is printed (or read with "
            + "--password-stdin) and changed at first sign-in.")
    static final class Add implements Callable<Integer> {
        @Mixin
        DatabaseOptions database;
        @Parameters(paramLabel = "USERNAME")
        String username;
        @Option(names = "--name", required = true, description = "The name people read, e.g. \"Nguyễn Thị Lan\".")
        String displayName;
        @Option(names = "--role", required = true, description = "A role: ADMIN, ANALYST, VIEWER, "
                + "LOCALITY_OFFICER@<province>, CASE_OFFICER@<province>:<group>,<group>. Repeat for several.")
        List<String> roles;
        @Option(names = "--password-stdin", description = "Read the temporary password from standard input.")
        boolean passwordFromStdin;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            String password = temporaryPassword(passwordFromStdin);
            try (Application application = Application.open(database.settings())) {
                Account added = application.accounts().create(new AccountRequest(username, displayName, password,
                        grants(spec, roles), null), actor());
                var out = spec.commandLine().getOut();
                out.println("Added " + describe(added));
                if (!passwordFromStdin) {
                    out.println("Temporary password (changed at first sign-in): " + password);
                }
                return 0;
            }
        }
    }

    @Command(name = "list", description = "List the users with their roles.")
    static final class ListUsers implements Callable<Integer> {
        @Mixin
        DatabaseOptions database;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (Application application = Application.open(database.settings())) {
                application.accounts().list().forEach(a -> spec.commandLine().getOut().println(describe(a)));
                return 0;
            }
        }
    }

    @Command(name = "roles", description = "Replace a user's roles.")
    static final class Roles implements Callable<Integer> {
        @Mixin
        DatabaseOptions database;
        @Parameters(paramLabel = "USERNAME")
        String username;
        @Option(names = "--role", required = true, description = "A role, as for 'user add'. Repeat for several.")
        List<String> roles;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (Application application = Application.open(database.settings())) {
                Account changed = application.accounts().update(username, new AccountRequest(null, null, null,
                        grants(spec, roles), null), actor());
                spec.commandLine().getOut().println("Changed " + describe(changed));
                return 0;
            }
        }
    }

    @Command(name = "disable", description = "Disable a user (their sessions end; --enable undoes it).")
    static final class Disable implements Callable<Integer> {
        @Mixin
        DatabaseOptions database;
        @Parameters(paramLabel = "USERNAME")
        String username;
        @Option(names = "--enable", description = "Enable the user again instead.")
        boolean enable;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (Application application = Application.open(database.settings())) {
                Account changed = application.accounts().update(username, new AccountRequest(null, null, null, null,
                        !enable), actor());
                spec.commandLine().getOut().println((enable ? "Enabled " : "Disabled ") + describe(changed));
                return 0;
            }
        }
    }

    @Command(name = "reset-password", description = "Give a user a new temporary password (printed, or read with "
            + "--password-stdin), to be changed at their next sign-in; their sessions end.")
    static final class ResetPassword implements Callable<Integer> {
        @Mixin
        DatabaseOptions database;
        @Parameters(paramLabel = "USERNAME")
        String username;
        @Option(names = "--password-stdin", description = "Read the temporary password from standard input.")
        boolean passwordFromStdin;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            String password = temporaryPassword(passwordFromStdin);
            try (Application application = Application.open(database.settings())) {
                application.accounts().update(username, new AccountRequest(null, null, password, null, null), actor());
                var out = spec.commandLine().getOut();
                out.println("Reset the password of " + username + "; it must be changed at the next sign-in.");
                if (!passwordFromStdin) {
                    out.println("Temporary password: " + password);
                }
                return 0;
            }
        }
    }
}
