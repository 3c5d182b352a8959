package app.bonusbot.store;

import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.people.ChatPlatform;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.people.Team;
import app.bonusbot.core.people.TeamHistory;
import app.bonusbot.core.people.TeamMembership;
import app.bonusbot.core.time.DateSpan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/** SQL for the people and teams tables, inside a caller's handle. */
final class PeopleTable {

    private PeopleTable() {}

    static List<Person> people(Handle h) {
        return h.createQuery("SELECT id, name, email, team_id, hire_date, leave_date, language, slack_id, discord_id FROM people ORDER BY id")
                .map((rs, ctx) -> new Person(rs.getString("id"), rs.getString("name"), rs.getString("email"), rs.getString("team_id"),
                        date(rs.getString("hire_date")), date(rs.getString("leave_date")), Language.fromCode(rs.getString("language")).orElse(null),
                        chatIds(rs.getString("slack_id"), rs.getString("discord_id"))))
                .list();
    }

    /** The people table keeps one column per platform's user id. */
    private static Map<ChatPlatform, String> chatIds(String slackId, String discordId) {
        Map<ChatPlatform, String> ids = new EnumMap<>(ChatPlatform.class);
        ids.put(ChatPlatform.SLACK, slackId);
        ids.put(ChatPlatform.DISCORD, discordId);
        return ids;
    }

    /** The dated teams of the people who move between teams. */
    static TeamHistory history(Handle h) {
        Map<String, List<TeamMembership>> moves = new LinkedHashMap<>();
        h.createQuery("SELECT person_id, team_id, from_date, to_date FROM team_moves ORDER BY person_id, seq")
                .map((rs, ctx) -> Map.entry(rs.getString("person_id"),
                        new TeamMembership(rs.getString("team_id"), new DateSpan(date(rs.getString("from_date")), date(rs.getString("to_date"))))))
                .forEach(row -> moves.computeIfAbsent(row.getKey(), p -> new ArrayList<>()).add(row.getValue()));
        return new TeamHistory(moves);
    }

    /** Makes the stored dated teams the given ones: they all come from the config. */
    static void replaceHistory(Handle h, TeamHistory history) {
        h.createUpdate("DELETE FROM team_moves").execute();
        history.byPerson().forEach((personId, memberships) -> {
            for (int seq = 0; seq < memberships.size(); seq++) {
                TeamMembership m = memberships.get(seq);
                h.createUpdate("INSERT INTO team_moves (person_id, seq, team_id, from_date, to_date) VALUES (:person, :seq, :team, :from, :to)")
                        .bind("person", personId).bind("seq", seq).bind("team", m.teamId())
                        .bind("from", text(m.span().from())).bind("to", text(m.span().to()))
                        .execute();
            }
        });
    }

    static List<Team> teams(Handle h) {
        return h.createQuery("SELECT id, name, manager_id FROM teams ORDER BY id")
                .map((rs, ctx) -> new Team(rs.getString("id"), rs.getString("name"), rs.getString("manager_id")))
                .list();
    }

    static List<String> idsFrom(Handle h, String table, Source source) {
        return h.createQuery("SELECT id FROM " + table + " WHERE source = :source")
                .bind("source", source.dbName())
                .mapTo(String.class)
                .list();
    }

    static void upsert(Handle h, Person p, Source source) {
        h.createUpdate("""
                        INSERT INTO people (id, name, email, team_id, hire_date, leave_date, language, slack_id, discord_id, source)
                        VALUES (:id, :name, :email, :teamId, :hireDate, :leaveDate, :language, :slackId, :discordId, :source)
                        ON CONFLICT (id) DO UPDATE SET name = excluded.name, email = excluded.email, team_id = excluded.team_id,
                            hire_date = excluded.hire_date, leave_date = excluded.leave_date, language = excluded.language,
                            slack_id = excluded.slack_id, discord_id = excluded.discord_id, source = excluded.source""")
                .bind("id", p.id())
                .bind("name", p.name())
                .bind("email", p.email())
                .bind("teamId", p.teamId())
                .bind("hireDate", text(p.hireDate()))
                .bind("leaveDate", text(p.leaveDate()))
                .bind("language", p.language() == null ? null : p.language().code())
                .bind("slackId", p.chatId(ChatPlatform.SLACK).orElse(null))
                .bind("discordId", p.chatId(ChatPlatform.DISCORD).orElse(null))
                .bind("source", source.dbName())
                .execute();
    }

    static void upsert(Handle h, Team t, Source source) {
        h.createUpdate("""
                        INSERT INTO teams (id, name, manager_id, source) VALUES (:id, :name, :managerId, :source)
                        ON CONFLICT (id) DO UPDATE SET name = excluded.name, manager_id = excluded.manager_id, source = excluded.source""")
                .bind("id", t.id())
                .bind("name", t.name())
                .bind("managerId", t.managerId())
                .bind("source", source.dbName())
                .execute();
    }

    static void delete(Handle h, String table, String id) {
        h.createUpdate("DELETE FROM " + table + " WHERE id = :id").bind("id", id).execute();
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
