package app.bonusbot.core.survey;

import app.bonusbot.core.schedule.Routine;
import app.bonusbot.store.Database;
import app.bonusbot.store.SurveyStore;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One bot process's survey side on a real SQLite file: the store, rounds with a recording delivery, answering and
 * results, and its routines run in time order as a scheduler would, with passes over open rounds every hour.
 */
final class SurveyBot {

    final TestClock clock;
    final RecordingDelivery delivery;
    final Surveys surveys;
    final SurveyRounds rounds;
    final SurveyAnswering answering;
    final SurveyReports reports;
    final SurveyStore store;
    final List<Routine> routines;

    SurveyBot(Path dbFile, TestClock clock, Survey survey) {
        this(dbFile, clock, survey, new RecordingDelivery());
    }

    SurveyBot(Path dbFile, TestClock clock, Survey survey, RecordingDelivery delivery) {
        this.clock = clock;
        this.delivery = delivery;
        this.store = new SurveyStore(Database.open(dbFile, clock));
        this.surveys = new Surveys(List.of(survey), store, () -> SurveyFixtures.KEY, SurveyFixtures::company, clock);
        this.rounds = new SurveyRounds(surveys, delivery);
        this.answering = new SurveyAnswering(surveys);
        this.reports = new SurveyReports(surveys);
        this.routines = rounds.routines(new EveryHour());
    }

    /** Runs every routine occurrence after now up to and including {@code until}, in time order, moving the clock. */
    void driveUntil(ZonedDateTime until) {
        while (true) {
            ZonedDateTime now = clock.now();
            Optional<Next> next = routines.stream()
                    .flatMap(r -> r.schedule().nextAfter(now).map(at -> new Next(r, at)).stream())
                    .min(Comparator.comparing((Next n) -> n.at().toInstant()));
            if (next.isEmpty() || next.get().at().isAfter(until)) {
                clock.set(until);
                return;
            }
            ZonedDateTime at = next.get().at();
            clock.set(at);
            // Every routine due at that moment runs, as a scheduler runs them all.
            routines.stream().filter(r -> r.schedule().nextAfter(now).map(t -> t.toInstant().equals(at.toInstant())).orElse(false))
                    .forEach(r -> r.run(at));
        }
    }

    /** What a scheduler does on start: each routine's latest occurrence, once. */
    void startUp() {
        for (Routine routine : routines) {
            routine.schedule().latestAtOrBefore(clock.now()).ifPresent(routine::run);
        }
    }

    private record Next(Routine routine, ZonedDateTime at) {}
}
