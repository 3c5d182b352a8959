package app.bonusbot.bench;

import app.bonusbot.store.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.statement.ParsedParameters;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Watches the SQL a piece of work sends through Jdbi and asks the store (SQLite's EXPLAIN QUERY PLAN, PostgreSQL's
 * EXPLAIN) how it plans each distinct statement on the deals table, with the statement's own parameter values bound.
 * This checks the SQL the store really runs, not a copy of it.
 */
public final class DealQueryPlans {

    /**
     * The indexes every per-seller read of the ledger is meant to search by owner: the deals' by close date (migration
     * V1), the closed deals' covering one (V9) and the owners' monthly tallies, a table kept in its key's order (V8).
     */
    public static final List<String> OWNER_INDEXES = List.of("INDEX deals_owner_close", "INDEX deals_closed_by_owner", "deal_tallies USING PRIMARY KEY");

    /** The same indexes as PostgreSQL names them in a plan (a primary key's index is the table's name and {@code _pkey}). */
    private static final Pattern POSTGRES_OWNER_INDEX = Pattern.compile(
            "(Index Scan|Index Only Scan) using (deals_owner_close|deals_closed_by_owner|deal_tallies_pkey) |Bitmap Index Scan on (deals_owner_close|deals_closed_by_owner|deal_tallies_pkey)");
    private static final Pattern POSTGRES_SCAN_OF_ALL = Pattern.compile("Seq Scan on deal(s|_tallies)\\b");

    private static final Pattern READS_DEALS = Pattern.compile("\\bFROM\\s+deal(s|_tallies)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** @param plan the detail lines of EXPLAIN QUERY PLAN (SQLite) or EXPLAIN (PostgreSQL), top to bottom */
    public record Plan(String sql, List<String> plan, Dialect dialect) {

        /** A search of the index by owner, not a scan of all of it, which would read every owner's deals. */
        public boolean usesOwnerCloseIndex() {
            if (dialect == Dialect.POSTGRESQL) {
                return plan.stream().noneMatch(line -> POSTGRES_SCAN_OF_ALL.matcher(line).find())
                        && plan.stream().anyMatch(line -> POSTGRES_OWNER_INDEX.matcher(line).find())
                        && plan.stream().anyMatch(line -> line.contains("Index Cond: ((owner_id = ") || line.contains("Index Cond: (owner_id = "));
            }
            return plan.stream().anyMatch(line -> line.startsWith("SEARCH ") && OWNER_INDEXES.stream().anyMatch(i -> line.contains(i + " (owner_id=?")));
        }
    }

    /**
     * @param statements every SQL statement the work executed
     * @param dealStatements those of them that read the deals table
     * @param plans one per distinct statement on the deals table, in the order first seen
     */
    public record Capture(int statements, int dealStatements, List<Plan> plans) {

        public boolean allUseOwnerCloseIndex() {
            return plans.stream().allMatch(Plan::usesOwnerCloseIndex);
        }
    }

    private DealQueryPlans() {}

    /** Runs the work on a SQLite store with a statement logger on the Jdbi, then puts the previous logger back. */
    public static Capture capture(Jdbi jdbi, Runnable work) {
        return capture(jdbi, Dialect.SQLITE, work);
    }

    /** As {@link #capture(Jdbi, Runnable)}, on a store of this dialect. */
    public static Capture capture(Jdbi jdbi, Dialect dialect, Runnable work) {
        SqlStatements statements = jdbi.getConfig(SqlStatements.class);
        SqlLogger previous = statements.getSqlLogger();
        Recorder recorder = new Recorder(previous, dialect);
        statements.setSqlLogger(recorder);
        try {
            work.run();
        } finally {
            statements.setSqlLogger(previous);
        }
        return new Capture(recorder.statements, recorder.dealStatements, List.copyOf(recorder.plans.values()));
    }

    private static final class Recorder implements SqlLogger {

        private final SqlLogger next;
        private final Dialect dialect;
        private final Map<String, Plan> plans = new LinkedHashMap<>();
        private int statements;
        private int dealStatements;

        Recorder(SqlLogger next, Dialect dialect) {
            this.next = next;
            this.dialect = dialect;
        }

        @Override
        public void logBeforeExecution(StatementContext context) {
            next.logBeforeExecution(context);
            statements++;
            String sql = WHITESPACE.matcher(context.getRenderedSql()).replaceAll(" ").trim();
            if (!READS_DEALS.matcher(sql).find()) {
                return;
            }
            dealStatements++;
            plans.computeIfAbsent(sql, s -> new Plan(s, explain(context, dialect), dialect));
        }

        @Override
        public void logAfterExecution(StatementContext context) {
            next.logAfterExecution(context);
        }

        @Override
        public void logException(StatementContext context, SQLException ex) {
            next.logException(context, ex);
        }

        /**
         * Runs on the statement's own connection, before the statement itself, with its arguments applied. On
         * PostgreSQL a failed EXPLAIN inside a transaction would abort it, so it runs within a savepoint there.
         */
        private static List<String> explain(StatementContext context, Dialect dialect) {
            Connection connection = context.getConnection();
            Savepoint before = null;
            try {
                if (dialect == Dialect.POSTGRESQL && !connection.getAutoCommit()) {
                    before = connection.setSavepoint();
                }
                List<String> lines = explain(context, dialect, connection);
                if (before != null) {
                    connection.releaseSavepoint(before);
                }
                return lines;
            } catch (SQLException e) {
                try {
                    if (before != null) {
                        connection.rollback(before);
                    }
                } catch (SQLException again) {
                    e.addSuppressed(again);
                }
                return List.of("EXPLAIN failed: " + e.getMessage());
            }
        }

        private static List<String> explain(StatementContext context, Dialect dialect, Connection connection) throws SQLException {
            List<String> lines = new ArrayList<>();
            String prefix = dialect == Dialect.POSTGRESQL ? "EXPLAIN " : "EXPLAIN QUERY PLAN ";
            try (PreparedStatement explain = connection.prepareStatement(prefix + context.getParsedSql().getSql())) {
                ParsedParameters parameters = context.getParsedSql().getParameters();
                for (int i = 0; i < parameters.getParameterCount(); i++) {
                    Argument argument = parameters.isPositional()
                            ? context.getBinding().findForPosition(i).orElse(null)
                            : context.getBinding().findForName(parameters.getParameterNames().get(i), context).orElse(null);
                    if (argument != null) {
                        argument.apply(i + 1, explain, context);
                    }
                }
                try (ResultSet rows = explain.executeQuery()) {
                    while (rows.next()) {
                        lines.add(dialect == Dialect.POSTGRESQL ? rows.getString(1) : rows.getString("detail"));
                    }
                }
            }
            return List.copyOf(lines);
        }
    }
}
