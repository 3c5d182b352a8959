package app.bonusbot.store;

import app.bonusbot.core.survey.Response;
import app.bonusbot.core.survey.SurveyRepository;
import app.bonusbot.core.survey.SurveyRun;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;

/** Survey rounds and their anonymous answers in SQLite (schema in V2__surveys.sql, which explains the anonymity). */
public final class SurveyStore implements SurveyRepository {

    private static final String RUN_COLUMNS = "id, survey_id, occurrence, opens_at, closes_at, closed_at";

    // Fixed width, so that comparing and sorting the text compares the moments (Instant.toString drops zero fractions).
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final Database db;

    public SurveyStore(Database db) {
        this.db = db;
    }

    @Override
    public Optional<SurveyRun> claimRun(String surveyId, String occurrence, Instant opensAt, Instant closesAt, Map<String, Integer> audience) {
        Instant opens = opensAt.truncatedTo(ChronoUnit.MILLIS);
        Instant closes = closesAt.truncatedTo(ChronoUnit.MILLIS);
        return db.write(h -> {
            long id = h.createQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM survey_runs").mapTo(Long.class).one();
            int inserted = h.createUpdate("""
                            INSERT INTO survey_runs (id, survey_id, occurrence, opens_at, closes_at)
                            VALUES (:id, :survey, :occurrence, :opens, :closes)
                            ON CONFLICT (survey_id, occurrence) DO NOTHING""")
                    .bind("id", id)
                    .bind("survey", surveyId)
                    .bind("occurrence", occurrence)
                    .bind("opens", stamp(opens))
                    .bind("closes", stamp(closes))
                    .execute();
            if (inserted == 0) {
                return Optional.<SurveyRun>empty();
            }
            for (Map.Entry<String, Integer> group : audience.entrySet()) {
                h.createUpdate("INSERT INTO survey_run_audience (run_id, group_key, members) VALUES (:run, :group, :members)")
                        .bind("run", id)
                        .bind("group", group.getKey())
                        .bind("members", group.getValue())
                        .execute();
            }
            return Optional.of(new SurveyRun(id, surveyId, occurrence, opens, closes, Optional.empty(), audience));
        });
    }

    @Override
    public boolean claimStep(long runId, String step) {
        return db.write(h -> h.createUpdate("""
                        INSERT INTO survey_run_steps (run_id, step, claimed_at) VALUES (:run, :step, :at)
                        ON CONFLICT (run_id, step) DO NOTHING""")
                .bind("run", runId)
                .bind("step", step)
                .bind("at", stamp(db.clock().instant()))
                .execute()) == 1;
    }

    @Override
    public boolean claimSend(long runId, String step, String recipient) {
        return OneStatementClaim.run(db, h -> h.createUpdate("""
                        INSERT INTO survey_sends (run_id, step, recipient) VALUES (:run, :step, :recipient)
                        ON CONFLICT (run_id, step, recipient) DO NOTHING""")
                .bind("run", runId)
                .bind("step", step)
                .bind("recipient", recipient)
                .execute()) == 1;
    }

    @Override
    public Set<String> sentTo(long runId, String step) {
        return db.jdbi().withHandle(h -> new LinkedHashSet<>(h.createQuery("SELECT recipient FROM survey_sends WHERE run_id = :run AND step = :step")
                .bind("run", runId)
                .bind("step", step)
                .mapTo(String.class)
                .list()));
    }

    @Override
    public Set<String> claimedSteps(long runId) {
        return db.jdbi().withHandle(h -> new LinkedHashSet<>(h.createQuery("SELECT step FROM survey_run_steps WHERE run_id = :run")
                .bind("run", runId)
                .mapTo(String.class)
                .list()));
    }

    @Override
    public List<SurveyRun> runs(String surveyId) {
        return db.jdbi().withHandle(h -> runs(h, "WHERE survey_id = :survey ORDER BY opens_at DESC, id DESC", surveyId));
    }

    @Override
    public List<SurveyRun> unclosedRuns() {
        return db.jdbi().withHandle(h -> runs(h, "WHERE closed_at IS NULL ORDER BY opens_at, id", null));
    }

    @Override
    public boolean close(long runId, Instant at) {
        return db.write(h -> {
            boolean closed = h.createUpdate("UPDATE survey_runs SET closed_at = :at WHERE id = :id AND closed_at IS NULL")
                    .bind("id", runId)
                    .bind("at", stamp(at))
                    .execute() == 1;
            // Whom the round was sent to is needed only while it can be sent; nor should it linger in SQLite's free pages.
            if (db.dialect() == Dialect.SQLITE) {
                h.execute("PRAGMA secure_delete = ON");
            }
            h.createUpdate("DELETE FROM survey_sends WHERE run_id = :id").bind("id", runId).execute();
            return closed;
        });
    }

    @Override
    public Map<String, String> answers(long runId, String respondent) {
        return db.jdbi().withHandle(h -> {
            Map<String, String> answers = new LinkedHashMap<>();
            h.createQuery("SELECT question_id, answer FROM survey_answers WHERE run_id = :run AND respondent = :respondent")
                    .bind("run", runId)
                    .bind("respondent", respondent)
                    .map((rs, ctx) -> Map.entry(rs.getString("question_id"), rs.getString("answer")))
                    .forEach(e -> answers.put(e.getKey(), e.getValue()));
            return answers;
        });
    }

    @Override
    public boolean saveAnswers(long runId, String respondent, String group, Map<String, String> answers, Instant now) {
        return db.write(tx -> {
            // A changed answer must not linger in the file's free pages, where it could be read back. (PostgreSQL's old row
            // versions are the server's, vacuumed away, and not in a file a person copies.)
            if (db.dialect() == Dialect.SQLITE) {
                tx.execute("PRAGMA secure_delete = ON");
            }
            boolean open = tx.createQuery("SELECT COUNT(*) FROM survey_runs WHERE id = :id AND closed_at IS NULL AND opens_at <= :now AND closes_at > :now")
                    .bind("id", runId)
                    .bind("now", stamp(now))
                    .mapTo(Integer.class)
                    .one() == 1;
            if (!open) {
                return false;
            }
            for (Map.Entry<String, String> answer : answers.entrySet()) {
                tx.createUpdate("""
                                INSERT INTO survey_answers (run_id, respondent, group_key, question_id, answer)
                                VALUES (:run, :respondent, :group, :question, :answer)
                                ON CONFLICT (run_id, respondent, question_id) DO UPDATE SET answer = excluded.answer""")
                        .bind("run", runId)
                        .bind("respondent", respondent)
                        .bind("group", group)
                        .bind("question", answer.getKey())
                        .bind("answer", answer.getValue())
                        .execute();
            }
            // All of a respondent's answers count in one group: the team they are in when they last answered.
            tx.createUpdate("UPDATE survey_answers SET group_key = :group WHERE run_id = :run AND respondent = :respondent AND group_key <> :group")
                    .bind("run", runId)
                    .bind("respondent", respondent)
                    .bind("group", group)
                    .execute();
            return true;
        });
    }

    @Override
    public Set<String> respondents(long runId) {
        return db.jdbi().withHandle(h -> new LinkedHashSet<>(h.createQuery("SELECT DISTINCT respondent FROM survey_answers WHERE run_id = :run")
                .bind("run", runId)
                .mapTo(String.class)
                .list()));
    }

    @Override
    public List<Response> responses(long runId) {
        return db.jdbi().withHandle(h -> {
            Map<String, String> groups = new TreeMap<>();
            Map<String, Map<String, String>> answers = new TreeMap<>();
            h.createQuery("SELECT respondent, group_key, question_id, answer FROM survey_answers WHERE run_id = :run")
                    .bind("run", runId)
                    .map((rs, ctx) -> new String[] {rs.getString("respondent"), rs.getString("group_key"), rs.getString("question_id"), rs.getString("answer")})
                    .forEach(row -> {
                        groups.put(row[0], row[1]);
                        answers.computeIfAbsent(row[0], r -> new LinkedHashMap<>()).put(row[2], row[3]);
                    });
            List<Response> responses = new ArrayList<>();
            answers.forEach((respondent, given) -> responses.add(new Response(groups.get(respondent), given)));
            return responses;
        });
    }

    private static String stamp(Instant instant) {
        return STAMP.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    private static List<SurveyRun> runs(Handle h, String where, String surveyId) {
        var query = h.createQuery("SELECT " + RUN_COLUMNS + " FROM survey_runs " + where);
        if (surveyId != null) {
            query.bind("survey", surveyId);
        }
        List<Object[]> rows = query.map((rs, ctx) -> new Object[] {rs.getLong("id"), rs.getString("survey_id"), rs.getString("occurrence"),
                rs.getString("opens_at"), rs.getString("closes_at"), rs.getString("closed_at")}).list();
        List<SurveyRun> runs = new ArrayList<>();
        for (Object[] row : rows) {
            long id = (Long) row[0];
            Map<String, Integer> audience = new TreeMap<>();
            h.createQuery("SELECT group_key, members FROM survey_run_audience WHERE run_id = :run")
                    .bind("run", id)
                    .map((rs, ctx) -> Map.entry(rs.getString("group_key"), rs.getInt("members")))
                    .forEach(e -> audience.put(e.getKey(), e.getValue()));
            runs.add(new SurveyRun(id, (String) row[1], (String) row[2], Instant.parse((String) row[3]), Instant.parse((String) row[4]),
                    Optional.ofNullable((String) row[5]).map(Instant::parse), audience));
        }
        return runs;
    }
}
