package app.bonusbot.cli;

import picocli.CommandLine.Option;

/** Who a status-like command is about, and how to print it. */
public final class QueryOptions {

    // Not required to picocli, so that --person may also come before the verb; QueryCommand insists on it.
    @Option(names = "--person", paramLabel = "ID", description = "The person's id in bot-config/people.yaml or the people import (required).")
    String person;

    @Option(names = "--json", description = "Print the documented JSON form instead of text.")
    boolean json;
}
