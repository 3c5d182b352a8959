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
        return deals(dir, file, new Row(id, name, stage, closeDay, owner, amount));
    }

    /** One deal of a deals CSV: id, name, stage ({@code Closed won}/{@code Closed lost}), close day, owner's name, amount. */
    record Row(String id, String name, String stage, String closeDay, String owner, String amount) {}

    /** A deals CSV with these deals, in this order. */
    static Path deals(Path dir, String file, Row... rows) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (Row r : rows) {
            csv.append(String.join(",", List.of(q(r.id()), q(r.name()), q("default"), q(r.stage()), q(r.closeDay() + " 10:00"), q(r.owner()), q(r.amount()),
                    q("New Business"), q("Platform"), q("2026-05-01 09:00"), q(r.name())))).append('\n');
        }
        Path path = dir.resolve(file);
        write(path, csv.toString());
        return path;
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
