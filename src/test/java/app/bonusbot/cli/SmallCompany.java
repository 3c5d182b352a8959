package app.bonusbot.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A copy of bot-config/ cut down to one team of two sellers on one flat 10 % commission, so that a test's figures are
 * easy to follow: Anna Holm (English) and Peter Dansk (Danish) sell in team sales, Bo Ss is its manager and the admin.
 * Deals are imported from CSV files in HubSpot's export format.
 */
final class SmallCompany {

    static final String PEOPLE = """
            teams:
              - id: sales
                name: Sales
                manager: boss
            people:
              - id: boss
                name: Bo Ss
                hire_date: 2020-01-01
              - id: anna
                name: Anna Holm
                team: sales
                hire_date: 2020-01-01
                language: en
              - id: peter
                name: Peter Dansk
                team: sales
                hire_date: 2020-01-01
                language: da
            """;

    private static final String HEADER = "\"Deal ID\",\"Deal Name\",\"Pipeline\",\"Deal Stage\",\"Close Date\",\"Deal owner\",\"Amount\",\"Deal Type\","
            + "\"Product\",\"Create Date\",\"Associated Company\"";

    private SmallCompany() {}

    /** @param clawback the plan's clawback line, e.g. {@code "clawback: none"}; empty for none */
    static InProcessCli in(Path tempDir, String clawback) {
        InProcessCli cli = InProcessCli.onCopyOfDemoConfig(tempDir).withoutDemoDeals().editing("settings.yaml", "  - karin.dahl", "  - boss");
        write(cli.config().resolve("people.yaml"), PEOPLE);
        write(cli.config().resolve("plans.yaml"), """
                plans:
                  - id: commission
                    kind: performance
                    name: {en: Commission, da: Provision}
                    period: quarter
                    enrolment:
                      teams: [sales]
                    metric:
                      type: sum
                    flat_rate: 10%
                """ + (clawback.isEmpty() ? "" : "    " + clawback + "\n"));
        write(cli.config().resolve("targets.yaml"), "targets: []\n");
        for (String optional : List.of("posts.yaml", "surveys.yaml")) {
            try {
                Files.deleteIfExists(cli.config().resolve(optional));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return cli;
    }

    /** A deals CSV with one deal: id, name, stage ({@code Closed won}/{@code Closed lost}), close day, owner's name, amount. */
    static Path deals(Path dir, String file, String id, String name, String stage, String closeDay, String owner, String amount) {
        return deals(dir, file, row(id, name, stage, closeDay, owner, amount));
    }

    /** A deals CSV with the rows {@link #row} makes. */
    static Path deals(Path dir, String file, String... rows) {
        Path csv = dir.resolve(file);
        write(csv, HEADER + "\n" + String.join("\n", rows) + "\n");
        return csv;
    }

    /** One deal of a deals CSV: id, name, stage ({@code Closed won}/{@code Closed lost}), close day, owner's name, amount. */
    static String row(String id, String name, String stage, String closeDay, String owner, String amount) {
        return String.join(",", List.of(q(id), q(name), q("default"), q(stage), q(closeDay + " 10:00"), q(owner), q(amount),
                q("New Business"), q("Platform"), q("2026-05-01 09:00"), q(name)));
    }

    private static String q(String value) {
        return "\"" + value + "\"";
    }

    private static void write(Path file, String content) {
        try {
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
