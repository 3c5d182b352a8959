package app.bonusbot.chat.slack;

import java.util.List;

/** The Slack environment does not add up; each problem says which variable and what to do. */
public final class SlackSetupException extends RuntimeException {

    private final List<String> problems;

    public SlackSetupException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
