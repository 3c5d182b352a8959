package app.bonusbot.bench;

import app.bonusbot.core.people.Directory;
import app.bonusbot.core.people.Team;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.IntFunction;

/**
 * The sellers of the benchmark company, spread round-robin over the configured teams or in teams of a given size, as a
 * people import file.
 */
final class PeopleCsv {

    static final String ID_PREFIX = "bench.seller.";

    private PeopleCsv() {}

    /**
     * @param config the configured directory: its teams take the sellers, and no seller takes an id, e-mail or
     *     name a configured person has
     */
    static List<Seller> sellers(int count, Directory config) {
        List<Team> teams = config.teams();
        if (teams.isEmpty()) {
            throw new IllegalArgumentException("the configuration has no teams to put sellers in (people.yaml teams)");
        }
        return sellers(count, config, i -> teams.get(i % teams.size()).id());
    }

    /** The sellers in the given teams, {@code size} after size: the last team takes what is left. */
    static List<Seller> sellers(int count, Directory config, List<String> teamIds, int size) {
        return sellers(count, config, i -> teamIds.get(Math.min(teamIds.size() - 1, i / size)));
    }

    /** @param teamOf the team of the i-th seller, counting from 0 */
    private static List<Seller> sellers(int count, Directory config, IntFunction<String> teamOf) {
        String digits = "%0" + Math.max(4, Integer.toString(count).length()) + "d";
        List<Seller> sellers = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            String number = String.format(Locale.ROOT, digits, i);
            Seller seller = new Seller(ID_PREFIX + number, "Bench Seller " + number, ID_PREFIX + number + "@bench.example",
                    teamOf.apply(i - 1));
            if (config.person(seller.id()).isPresent() || config.byOwnerReference(seller.name()).isPresent()
                    || config.byEmail(seller.email()).isPresent()) {
                throw new IllegalArgumentException("the configuration already has a person like the generated seller " + seller.id());
            }
            sellers.add(seller);
        }
        return sellers;
    }

    /** Everyone hired one to six years before the deals start, so every deal counts for its seller. */
    static void write(Path file, List<Seller> sellers, LocalDate firstDealDay, Random random) throws IOException {
        try (CsvWriter csv = new CsvWriter(file)) {
            csv.row(List.of("id", "name", "email", "team", "hire_date", "language"));
            for (Seller seller : sellers) {
                LocalDate hired = firstDealDay.minusDays(365 + random.nextInt(5 * 365));
                csv.row(List.of(seller.id(), seller.name(), seller.email(), seller.teamId(), hired.toString(), random.nextInt(3) == 0 ? "en" : "da"));
            }
        }
    }
}
