package app.bonusbot.bench;

import app.bonusbot.core.people.Person;
import app.bonusbot.core.time.DateRange;
import app.bonusbot.imports.DealMapping;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/** Large HubSpot deal exports for tests of other packages, written by the benchmark's generator. */
public final class DealExports {

    private DealExports() {}

    /**
     * Writes {@code count} deals with ids {@code idPrefix0000001} and up, closed in the range and owned (by full name,
     * as HubSpot names owners) by the given people, through the mapping's columns and values.
     */
    public static Path write(Path file, String idPrefix, int count, List<Person> owners, DealMapping mapping, DateRange range) throws IOException {
        List<Seller> sellers = owners.stream().map(p -> new Seller(p.id(), p.name(), p.email(), p.teamId())).toList();
        new HubSpotDealsCsv(mapping, idPrefix).write(file, sellers, count, range, new Random(idPrefix.hashCode()));
        return file;
    }
}
