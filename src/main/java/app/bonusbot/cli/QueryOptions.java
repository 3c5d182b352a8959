package app.bonusbot.cli;

import picocli.CommandLine.Option;

/** Who and which period a status-like command is about, and how to print it. */
public final class QueryOptions {

    @Option(names = "--person", paramLabel = "ID", required = true, description = "The person's id in bot-config/people.yaml or the people import.")
    String person;

    @Option(names = "--period", paramLabel = "PERIOD", defaultValue = "current",
            description = "current (default), previous, or a period such as 2026-11, 2026-Q4, 2026.")
    String period;

    @Option(names = "--json", description = "Print the documented JSON form instead of text.")
    boolean json;
}
