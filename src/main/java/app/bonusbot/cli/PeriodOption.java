package app.bonusbot.cli;

import picocli.CommandLine.Option;

/** Which period status, explain and team are about (whatif is always about today's deal, in the current period). */
public final class PeriodOption {

    @Option(names = "--period", paramLabel = "PERIOD", defaultValue = "current",
            description = "current (default), previous, or a period such as 2026-11, 2026-Q4, 2026; also Q4 (the latest Q4),"
                    + " last quarter, this month, and the Danish words forrige, sidste, sidste kvartal, K4.")
    String text;
}
