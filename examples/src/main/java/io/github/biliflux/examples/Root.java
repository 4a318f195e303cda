package io.github.biliflux.examples;

import io.github.biliflux.examples.login.LoginCommand;
import io.github.biliflux.examples.login.RefreshCommand;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code biliflux}: the subcommands, the exit codes and the environment. Add a command here, one line. */
@Command(name = "biliflux", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
        usageHelpWidth = 100,
        description = {"The Bilibili web and app APIs from a terminal: lists stream as a table, NDJSON or CSV on stdout;"
                + " progress and errors go to stderr. With no credentials an embedded emulator with a demo account answers."},
        subcommands = {
            HelpCommand.class,
            RelationCommands.Followers.class,
            RelationCommands.Followings.class,
            RelationCommands.Whispers.class,
            RelationCommands.Blacks.class,
            RelationCommands.Tags.class,
            RelationCommands.TagMembers.class,
            RelationCommands.RelationOf.class,
            RelationCommands.Follow.class,
            RelationCommands.Unfollow.class,
            AccountCommands.Account.class,
            AccountCommands.Coins.class,
            AccountCommands.Sign.class,
            ChargeCommand.class,
            MangaCourseCommands.Coupons.class,
            MangaCourseCommands.Comics.class,
            MangaCourseCommands.Courses.class,
            EmulatorCommand.class,
            LoginCommand.class,
            RefreshCommand.class,
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            " 0:success (a charge: charged)",
            " 1:the service answered with an error (not logged in, hidden list, throttled ...)",
            " 2:usage: a bad command, option or value; nothing was sent",
            " 3:charge not confirmed: run it again with --yes; nothing was sent",
            " 4:outcome unknown: the answer to a charge or another change was lost; it may have taken effect"
                + " (B-coins may have been spent) and was not re-sent",
            " 5:charge below the service's minimum; nothing was spent",
            " 6:charge refused for lack of B-coins; nothing was spent",
            " 7:the server could not be reached or did not answer in time",
        },
        footerHeading = "%nEnvironment:%n",
        footer = {
            "  BILI_COOKIE      a raw Cookie header copied from a logged-in browser (SESSDATA, bili_jct, DedeUserID)",
            "  BILI_ACCESS_KEY  an app access key, instead of the cookie",
            "  BILI_BASE_URL    every host at one base URL (as --base-url), e.g. a 'biliflux emulator'",
            "  HTTPS_PROXY, HTTP_PROXY, NO_PROXY   the proxy, as --proxy",
            "  XDG_CONFIG_HOME  the default session file is $XDG_CONFIG_HOME/biliflux/session.json",
            "                   (without it: $HOME/.config/biliflux/session.json)",
            "Who a command acts as, first match wins: --session FILE (saved by 'biliflux login'), BILI_COOKIE,"
                + " BILI_ACCESS_KEY, the default session file when it exists, else the embedded emulator's demo account"
                + " (--emulator forces the emulator). A saved session is refreshed when the service asks and saved back.",
            "Run 'biliflux COMMAND --help' for the options of a command.",
        })
final class Root implements Callable<Integer> {

    final Cli cli;

    @Spec
    CommandSpec spec;

    Root(Cli cli) {
        this.cli = cli;
    }

    /** {@code biliflux} alone prints the usage. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return Cli.OK;
    }
}
