package app.bonusbot.chat.discord;

import java.util.List;

/** The Discord environment does not add up; each problem says which variable or setting and what to do. */
public final class DiscordSetupException extends RuntimeException {

    private final List<String> problems;

    public DiscordSetupException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
