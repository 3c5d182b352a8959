package app.bonusbot.config;

import java.util.List;
import java.util.stream.Collectors;

/** bot-config/ is invalid; carries every problem found, not just the first. */
public final class ConfigException extends RuntimeException {

    private final transient List<ConfigProblem> problems;

    public ConfigException(String directory, List<ConfigProblem> problems) {
        super(describe(directory, problems));
        this.problems = List.copyOf(problems);
    }

    public List<ConfigProblem> problems() {
        return problems;
    }

    private static String describe(String directory, List<ConfigProblem> problems) {
        String heading = directory + " has " + problems.size() + (problems.size() == 1 ? " problem:" : " problems:");
        return problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n", heading + "\n", ""));
    }
}
