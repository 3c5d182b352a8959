package app.bonusbot.chat;

import app.bonusbot.core.command.BonusCommand;
import app.bonusbot.core.command.CommandOptions;
import app.bonusbot.core.command.CommandParser;
import java.util.Map;

/** What someone asked: a line typed (Slack, the console) or a sub-command with named options (Discord). */
public sealed interface ChatInput {

    BonusCommand command();

    /** {@code status 2026-Q4}, with or without the leading {@code /bonus}. */
    record Typed(String text) implements ChatInput {
        public Typed {
            text = text == null ? "" : text;
        }

        @Override
        public BonusCommand command() {
            return CommandParser.parse(text);
        }
    }

    /**
     * @param path the sub-command, with its group first when it has one: {@code status}, {@code admin status}
     * @param options option name → value as given
     */
    record Options(String path, Map<String, String> options) implements ChatInput {
        public Options {
            options = Map.copyOf(options);
        }

        @Override
        public BonusCommand command() {
            return CommandOptions.of(path, options);
        }
    }
}
