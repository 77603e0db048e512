package org.photodesk.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.photodesk.core.account.AccountAdmin;
import org.photodesk.core.account.AccountException;
import org.photodesk.core.account.Accounts;
import org.photodesk.core.account.Role;
import org.photodesk.core.account.User;
import org.photodesk.core.library.Library;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code photodesk user add|list|role|disable|enable|reset-password|end-sessions}: the desk's accounts from the
 * command line, with the desk's rules (the last enabled admin stays one, disabling or a new password ends the
 * sessions) and the same audit log entries, made under the name {@code cli:OSUSER}. Passwords are read from standard
 * input or an environment variable, never from the arguments.
 */
@Command(name = "user", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "COMMAND",
        description = "Manage the desk's accounts: add, list, change roles, disable, enable, reset passwords, end sessions.",
        subcommands = {UserCommand.Add.class, UserCommand.ListUsers.class, UserCommand.SetRole.class,
                UserCommand.Disable.class, UserCommand.Enable.class, UserCommand.ResetPassword.class,
                UserCommand.EndSessions.class})
public final class UserCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    /** Who the audit log names for changes made here: {@code cli:} and the operating system's user. */
    static String actor() {
        return "cli:" + System.getProperty("user.name", "unknown");
    }

    /** What every subcommand shares: the library, {@code --json}, and how answers and refusals are printed. */
    abstract static class Base implements Callable<Integer> {
        @Mixin
        DataOption data;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--json", description = "Print JSON: the account ({id, username, role, enabled}), or {\"error\"} when refused.")
        boolean json;

        /** Does the work on the open library; returns the value printed as JSON and the line printed as text. */
        abstract Answer run(Library library, Accounts accounts, AccountAdmin admin);

        /** What a subcommand answers: a value for {@code --json} and a sentence for people. */
        record Answer(Object value, String text) {}

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            try (Library library = data.openToRead()) {
                Accounts accounts = new Accounts(library.accounts(), library.clock());
                Answer answer = run(library, accounts, new AccountAdmin(accounts, library.audit()));
                out.println(json ? Json.write(answer.value()) : answer.text());
                return 0;
            } catch (AccountException | IllegalArgumentException e) {
                String message = e.getMessage();
                if (json) {
                    out.println(Json.write(Map.of("error", message)));
                } else {
                    err.println("user " + spec.name() + ": " + message);
                }
                return 1;
            } finally {
                out.flush();
                err.flush();
            }
        }
    }

    static Role role(String text) {
        return Role.find(text).orElseThrow(() -> new IllegalArgumentException(
                "role '" + text + "' does not exist: use admin, editor or viewer"));
    }

    static String article(Role role) {
        return (role == Role.ADMIN ? "an " : "a ") + role.id();
    }

    /** {@code user add NAME --role ROLE (--password-stdin | --password-env VAR)}. */
    @Command(name = "add", mixinStandardHelpOptions = true, description = "Create an account.")
    static final class Add extends Base {
        @Parameters(index = "0", paramLabel = "NAME", description = "2 to 40 letters, digits, dots, dashes or underscores.")
        String name;

        @Option(names = "--role", defaultValue = "viewer", paramLabel = "ROLE",
                description = "viewer (reads), editor (also edits and publishes) or admin (also manages users); default ${DEFAULT-VALUE}.")
        String role;

        @Mixin
        PasswordInput password;

        @Override
        Answer run(Library library, Accounts accounts, AccountAdmin admin) {
            User u = admin.create(actor(), name, password.read(), role(role));
            return new Answer(u, "Created " + u.username() + ", " + article(u.role()) + ".");
        }
    }

    /** {@code user list}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the accounts: name, role, enabled or disabled.")
    static final class ListUsers extends Base {
        @Override
        Answer run(Library library, Accounts accounts, AccountAdmin admin) {
            List<User> users = accounts.list();
            int width = users.stream().mapToInt(u -> u.username().length()).max().orElse(4);
            var text = new StringBuilder();
            for (User u : users) {
                text.append(String.format(Locale.ROOT, "%-" + width + "s  %-6s  %s%n", u.username(), u.role().id(),
                        u.enabled() ? "enabled" : "disabled"));
            }
            return new Answer(users, text.toString().stripTrailing());
        }
    }

    /** {@code user role NAME ROLE}. */
    @Command(name = "role", mixinStandardHelpOptions = true,
            description = "Give an account another role (the last enabled admin keeps theirs).")
    static final class SetRole extends Base {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Parameters(index = "1", paramLabel = "ROLE", description = "admin, editor or viewer.")
        String role;

        @Override
        Answer run(Library library, Accounts accounts, AccountAdmin admin) {
            User u = admin.setRole(actor(), name, role(role));
            return new Answer(u, u.username() + " is now " + article(u.role()) + ".");
        }
    }

    /** {@code user disable NAME}. */
    @Command(name = "disable", mixinStandardHelpOptions = true,
            description = "Disable an account and end its sessions: it cannot log in until enabled again.")
    static final class Disable extends Base {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        Answer run(Library library, Accounts accounts, AccountAdmin admin) {
            User u = admin.disable(actor(), name);
            return new Answer(u, u.username() + " is disabled and logged out everywhere.");
        }
    }

    /** {@code user enable NAME}. */
    @Command(name = "enable", mixinStandardHelpOptions = true, description = "Enable a disabled account again.")
    static final class Enable extends Base {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        Answer run(Library library, Accounts accounts, AccountAdmin admin) {
            User u = admin.enable(actor(), name);
            return new Answer(u, u.username() + " is enabled again.");
        }
    }

    /** {@code user reset-password NAME (--password-stdin | --password-env VAR)}. */
    @Command(name = "reset-password", mixinStandardHelpOptions = true,
            description = "Give an account a new password and end its sessions.")
    static final class ResetPassword extends Base {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Mixin
        PasswordInput password;

        @Override
        Answer run(Library library, Accounts accounts, AccountAdmin admin) {
            User u = admin.resetPassword(actor(), name, password.read());
            return new Answer(u, u.username() + " has a new password and is logged out everywhere.");
        }
    }

    /** {@code user end-sessions NAME}. */
    @Command(name = "end-sessions", mixinStandardHelpOptions = true,
            description = "End every session of an account: it must log in again.")
    static final class EndSessions extends Base {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        Answer run(Library library, Accounts accounts, AccountAdmin admin) {
            String username = accounts.expect(name).username();
            int ended = admin.endSessions(actor(), username);
            var value = new LinkedHashMap<String, Object>();
            value.put("username", username);
            value.put("ended", ended);
            return new Answer(value, username + " is logged out everywhere (" + ended
                    + (ended == 1 ? " session" : " sessions") + " ended).");
        }
    }
}
