package app.bonusbot.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * The raw floors of the answers: the least SQL an answer needs, on one plain JDBC connection to the same store
 * (sqlite-jdbc or PostgreSQL's driver) with prepared statements, outside Jdbi and the engine. An answer's figure divided by its floor says how much the bot adds.
 */
final class RawQueries implements AutoCloseable {

    private static final String OWN = """
            SELECT deal_type, outcome, SUM(amount_cents), COUNT(*) FROM deals
            WHERE owner_id = ? AND close_date >= ? AND close_date <= ? GROUP BY deal_type, outcome""";
    private static final String OWN_WON_DEALS = """
            SELECT deal_id, name, amount_cents, close_date, deal_type, product, pipeline FROM deals
            WHERE owner_id = ? AND close_date >= ? AND close_date <= ? AND outcome IN ('won', 'lost') AND held = 0 AND outcome = 'won'
            ORDER BY close_date, deal_id""";
    private static final String TEAM = """
            SELECT d.owner_id, d.deal_type, d.outcome, SUM(d.amount_cents), COUNT(*) FROM deals d JOIN people p ON p.id = d.owner_id
            WHERE p.team_id = ? AND d.close_date >= ? AND d.close_date <= ? GROUP BY d.owner_id, d.deal_type, d.outcome""";
    private static final String ALL_TEAMS = """
            SELECT p.team_id, d.owner_id, d.deal_type, d.outcome, SUM(d.amount_cents), COUNT(*) FROM deals d JOIN people p ON p.id = d.owner_id
            WHERE d.close_date >= ? AND d.close_date <= ? GROUP BY p.team_id, d.owner_id, d.deal_type, d.outcome""";

    private final Connection connection;
    private final PreparedStatement own;
    private final PreparedStatement ownWonDeals;
    private final PreparedStatement team;
    private final PreparedStatement allTeams;

    /** @param connection closed with this */
    RawQueries(Connection connection) throws SQLException {
        this.connection = connection;
        this.own = connection.prepareStatement(OWN);
        this.ownWonDeals = connection.prepareStatement(OWN_WON_DEALS);
        this.team = connection.prepareStatement(TEAM);
        this.allTeams = connection.prepareStatement(ALL_TEAMS);
    }

    /** One seller's won and lost sums and counts of the range, per deal type: what status needs from the deals. */
    long own(String ownerId, LocalDate from, LocalDate to) {
        return rows(own, ownerId, from, to, true);
    }

    /** One seller's won deals of the range, in order: what explain lists. */
    long ownWonDeals(String ownerId, LocalDate from, LocalDate to) {
        return rows(ownWonDeals, ownerId, from, to, false);
    }

    /** Every member's sums and counts per deal type for one team: what a team view needs from the deals. */
    long team(String teamId, LocalDate from, LocalDate to) {
        return rows(team, teamId, from, to, true);
    }

    /** The same for every team at once, in one statement: what a digest of all teams needs. */
    long allTeams(LocalDate from, LocalDate to) {
        return rows(allTeams, null, from, to, true);
    }

    /**
     * @param counted whether the last column is a COUNT(*) of the deals behind the row; else a text, read too
     * @return the deals read, so that the work cannot be skipped
     */
    private static long rows(PreparedStatement statement, String key, LocalDate from, LocalDate to, boolean counted) {
        try {
            int i = 1;
            if (key != null) {
                statement.setString(i++, key);
            }
            statement.setString(i++, from.toString());
            statement.setString(i, to.toString());
            long rows = 0;
            try (ResultSet rs = statement.executeQuery()) {
                int last = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    rows += counted ? rs.getLong(last) : rs.getString(last) == null ? 0 : 1;
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("a raw floor query failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
