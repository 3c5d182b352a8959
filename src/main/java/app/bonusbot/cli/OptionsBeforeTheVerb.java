package app.bonusbot.cli;

import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * Options typed before the verb count for it: {@code bonusbot --config my-config --db x.db status} reads my-config
 * and x.db. Each command declares the options it reads ({@code --config}, {@code --db}, {@code --today},
 * {@code --person}); one given on a command above applies to every command below that did not get its own, the
 * nearest one winning.
 */
final class OptionsBeforeTheVerb {

    private OptionsBeforeTheVerb() {}

    static void carryDown(ParseResult parsed) {
        Map<String, OptionSpec> given = new HashMap<>();
        for (ParseResult command = parsed; command != null; command = command.subcommand()) {
            for (OptionSpec option : command.commandSpec().options()) {
                if (option.usageHelp() || option.versionHelp()) {
                    continue;
                }
                String name = option.longestName();
                OptionSpec above = given.get(name);
                if (command.hasMatchedOption(name)) {
                    given.put(name, option);
                } else if (above != null && above.type().equals(option.type())) {
                    option.setValue(above.getValue());
                }
            }
        }
    }
}
