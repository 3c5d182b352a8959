package app.bonusbot.bench;

import app.bonusbot.imports.DealField;
import app.bonusbot.imports.DealMapping;
import app.bonusbot.store.Database;
import app.bonusbot.store.Dialect;
import app.bonusbot.store.StoreAddress;
import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The deal import's raw floor: the same generated file read line by line and split at commas (it has no quoted
 * cells), and its rows inserted into the deals table of a new database of the same store with the same schema (the
 * real migrations) by a plain JDBC batched insert in one transaction: sqlite-jdbc with the same pragmas and foreign
 * keys, or PostgreSQL's driver rewriting each batch into multi-row inserts. What the real import adds on top (a CSV
 * parser for any export, validation, mapping, de-duplication, history) is its cost.
 */
final class ImportFloor {

    private static final int BATCH = 1_000;
    private static final String INSERT = """
            INSERT INTO deals (deal_id, name, amount_cents, close_date, stage, outcome, owner_ref, owner_id, deal_type, product, pipeline,
                               product_key, pipeline_key, version, first_seen_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)""";

    private ImportFloor() {}

    /** @return the rows inserted and the nanoseconds reading and inserting them took */
    static BenchResult.ImportFigure run(Path dealsCsv, BenchStore store, DealMapping mapping, List<Seller> sellers) throws IOException {
        StoreAddress floor = store.another("floor");
        Database.open(floor, Clock.systemUTC()).close();
        try (Connection connection = store.connect(floor)) {
            if (store.dialect() == Dialect.SQLITE) {
                try (Statement pragmas = connection.createStatement()) {
                    pragmas.execute("PRAGMA foreign_keys = ON");
                    pragmas.execute("PRAGMA synchronous = NORMAL");
                }
            }
            connection.setAutoCommit(false);
            Map<String, String> ownerIds = owners(connection, sellers);
            connection.commit();
            long start = System.nanoTime();
            long rows = insert(connection, dealsCsv, mapping, ownerIds);
            connection.commit();
            return new BenchResult.ImportFigure("raw floor: split + " + (store.dialect() == Dialect.SQLITE ? "sqlite-jdbc" : "pgjdbc") + " batch", rows, System.nanoTime() - start);
        } catch (SQLException e) {
            throw new IllegalStateException("the raw insert of " + dealsCsv.getFileName() + " failed: " + e.getMessage(), e);
        }
    }

    /** The sellers as the people import stores them, not timed: the deals refer to them. */
    private static Map<String, String> owners(Connection connection, List<Seller> sellers) throws SQLException {
        Map<String, String> byName = new HashMap<>();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO people (id, name, email, source) VALUES (?, ?, ?, 'import')")) {
            for (Seller seller : sellers) {
                insert.setString(1, seller.id());
                insert.setString(2, seller.name());
                insert.setString(3, seller.email());
                insert.addBatch();
                byName.put(seller.name(), seller.id());
            }
            insert.executeBatch();
        }
        return byName;
    }

    private static long insert(Connection connection, Path file, DealMapping mapping, Map<String, String> ownerIds) throws IOException, SQLException {
        String now = Instant.now().toString();
        long rows = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            List<String> header = Arrays.asList(in.readLine().split(",", -1));
            int id = column(header, mapping, DealField.ID);
            int name = column(header, mapping, DealField.NAME);
            int amount = column(header, mapping, DealField.AMOUNT);
            int close = column(header, mapping, DealField.CLOSE_DATE);
            int stage = column(header, mapping, DealField.STAGE);
            int owner = column(header, mapping, DealField.OWNER);
            int type = column(header, mapping, DealField.DEAL_TYPE);
            int product = column(header, mapping, DealField.PRODUCT);
            int pipeline = column(header, mapping, DealField.PIPELINE);
            String line;
            while ((line = in.readLine()) != null) {
                String[] cells = line.split(",", -1);
                String stageValue = cells[stage];
                String lower = stageValue.toLowerCase(Locale.ROOT);
                insert.setString(1, cells[id]);
                insert.setString(2, cell(cells, name));
                insert.setLong(3, new BigDecimal(cells[amount]).movePointRight(2).longValueExact());
                insert.setString(4, cells[close].substring(0, 10));
                insert.setString(5, stageValue);
                insert.setString(6, mapping.wonStages().contains(lower) ? "won" : mapping.lostStages().contains(lower) ? "lost" : "open");
                insert.setString(7, cells[owner]);
                insert.setString(8, ownerIds.get(cells[owner]));
                String dealType = cell(cells, type);
                insert.setString(9, dealType == null ? null : mapping.dealTypes().getOrDefault(dealType.toLowerCase(Locale.ROOT), dealType));
                String productValue = cell(cells, product);
                insert.setString(10, productValue);
                String pipelineValue = cell(cells, pipeline);
                String ourPipeline = pipelineValue == null ? null : mapping.pipelines().getOrDefault(pipelineValue.toLowerCase(Locale.ROOT), pipelineValue);
                insert.setString(11, ourPipeline);
                insert.setString(12, productValue == null ? null : productValue.toLowerCase(Locale.ROOT));
                insert.setString(13, ourPipeline == null ? null : ourPipeline.toLowerCase(Locale.ROOT));
                insert.setString(14, now);
                insert.setString(15, now);
                insert.addBatch();
                if (++rows % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        return rows;
    }

    private static int column(List<String> header, DealMapping mapping, DealField field) {
        String name = mapping.columns().get(field);
        return name == null ? -1 : header.indexOf(name);
    }

    private static String cell(String[] cells, int index) {
        return index < 0 || cells[index].isEmpty() ? null : cells[index];
    }
}
