package app.bonusbot.core.survey;

import app.bonusbot.core.people.Person;
import app.bonusbot.core.schedule.Routine;
import app.bonusbot.core.schedule.Schedule;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Opens, delivers, reminds and closes survey rounds. Each of these happens exactly once however many bot processes
 * share the database and however often they restart: a process first claims the round, or the delivery or reminder
 * to one person, in the store (an insert with a unique key) and only the one whose claim succeeded acts. Delivery and
 * reminders are claimed per person because each process sends on its own chat platforms: it claims the people it
 * reaches and leaves the others to a process that reaches them (a Slack-only and a Discord-only process beside each
 * other). A claim is under a recipient code ({@link RespondentKey#recipient}), never the person id or the code the
 * person's answers are stored under, so the store still cannot tell who answered.
 */
public final class SurveyRounds {

    public static final String DELIVERED = "delivered";
    public static final String REMINDED = "reminded";

    private final Surveys surveys;
    private final SurveyDelivery delivery;

    public SurveyRounds(Surveys surveys, SurveyDelivery delivery) {
        this.surveys = surveys;
        this.delivery = delivery;
    }

    /** What opening a round came to. */
    public sealed interface Opening {
        /** @param sent what delivering it came to; nothing sent when the round was opened by hand */
        record Opened(SurveyRun run, Sent sent) implements Opening {}

        /** This occurrence has a round already: opened by another process, or before a restart. */
        record AlreadyOpened() implements Opening {}

        /** A round of the survey is open already, so a second one is not opened by hand. */
        record StillOpen(SurveyRun run) implements Opening {}

        /** The bot was down for the whole time the round would have been open. */
        record TooLate(Instant closesAt) implements Opening {}
    }

    /**
     * What a delivery or reminder pass of this process came to: how many people it sent to, how many it could not send
     * to (each tried once, never again: the send may have arrived), and how many none of its platforms reaches (left to
     * a process that does; sent to by this one if they become reachable while the round is open).
     */
    public record Sent(SurveyRun run, int sent, int failed, int left) {

        /** Whether the pass sent or tried anything; a pass with nothing new to send is not worth a log line. */
        public boolean triedAny() {
            return sent + failed > 0;
        }
    }

    /** What one pass over the open rounds did. */
    public record Tick(List<Sent> delivered, List<Sent> reminded, List<SurveyRun> closed) {}

    /** The timed jobs: one opening routine per survey, and the pass over open rounds on {@code ticks}. */
    public List<Routine> routines(Schedule ticks) {
        List<Routine> routines = new ArrayList<>();
        surveys.all().forEach(s -> routines.add(new SurveyOpening(s, this)));
        routines.add(new SurveyDeadlines(this, ticks));
        return routines;
    }

    /** Opens the round of a schedule occurrence and delivers it to the audience, unless it was opened before. */
    public Opening open(Survey survey, ZonedDateTime occurrence) {
        ZonedDateTime closes = survey.closesAt(occurrence);
        if (!surveys.now().isBefore(closes.toInstant())) {
            return new Opening.TooLate(closes.toInstant());
        }
        Optional<SurveyRun> run = surveys.repository().claimRun(survey.id(), occurrence.toLocalDateTime().toString(), occurrence.toInstant(),
                closes.toInstant(), audienceSizes(survey, occurrence.toInstant()));
        if (run.isEmpty()) {
            return new Opening.AlreadyOpened();
        }
        return new Opening.Opened(run.get(), deliver(survey, run.get()));
    }

    /**
     * Opens a round now, outside the schedule (ops: {@code bonusbot survey open}). It is delivered by the running bot's
     * next pass over the open rounds; people can answer it with {@code /bonus feedback} at once.
     */
    public Opening openNow(Survey survey) {
        Instant now = surveys.now();
        Optional<SurveyRun> open = surveys.repository().runs(survey.id()).stream().filter(r -> r.isOpenAt(now)).findFirst();
        if (open.isPresent()) {
            return new Opening.StillOpen(open.get());
        }
        ZonedDateTime opens = now.atZone(surveys.zone());
        Optional<SurveyRun> run = surveys.repository().claimRun(survey.id(), "manual " + now, now, survey.closesAt(opens).toInstant(),
                audienceSizes(survey, now));
        return run.<Opening>map(r -> new Opening.Opened(r, new Sent(r, 0, 0, 0))).orElse(new Opening.AlreadyOpened());
    }

    /** Closes the survey's open round now, before its deadline; empty when none is open. */
    public Optional<SurveyRun> closeNow(Survey survey) {
        Instant now = surveys.now();
        for (SurveyRun run : surveys.repository().runs(survey.id())) {
            if (run.isOpenAt(now) && surveys.repository().close(run.id(), now)) {
                return Optional.of(run);
            }
        }
        return Optional.empty();
    }

    /**
     * One pass over the rounds not yet closed: delivers the open rounds to the people this process reaches who do not
     * have them yet (rounds opened by hand, or by a process on other platforms), reminds those who have not answered
     * once the reminder is due, and closes rounds whose deadline has passed. Only passes that sent or tried something
     * are in the tick.
     */
    public Tick tick() {
        Instant now = surveys.now();
        List<Sent> delivered = new ArrayList<>();
        List<Sent> reminded = new ArrayList<>();
        List<SurveyRun> closed = new ArrayList<>();
        for (SurveyRun run : surveys.repository().unclosedRuns()) {
            Set<String> done = surveys.repository().claimedSteps(run.id());
            if (run.isOverAt(now)) {
                // Answers were refused from the deadline on, so the round ended then, whenever this pass came.
                if (surveys.repository().close(run.id(), run.closesAt())) {
                    closed.add(run);
                }
                continue;
            }
            Optional<Survey> survey = surveys.byId(run.surveyId());
            if (survey.isEmpty() || now.isBefore(run.opensAt())) {
                continue;
            }
            // A step claimed for the whole round was made before claims were per person (migration V17): it is done.
            if (!done.contains(DELIVERED)) {
                Optional.of(deliver(survey.get(), run)).filter(Sent::triedAny).ifPresent(delivered::add);
            }
            Optional<Reminder> reminder = survey.get().reminder();
            if (reminder.isPresent() && !done.contains(REMINDED) && !now.isBefore(reminder.get().before(run.closesAt(), surveys.zone()))) {
                Optional.of(remind(survey.get(), run)).filter(Sent::triedAny).ifPresent(reminded::add);
            }
        }
        return new Tick(delivered, reminded, closed);
    }

    private Sent deliver(Survey survey, SurveyRun run) {
        return sendOnce(survey, run, DELIVERED, audience(survey, run), delivery::deliver);
    }

    /**
     * Reminds the audience members who have not answered anything. Who has answered is found by working out each
     * member's respondent code and looking for it among the round's answers: no list of who answered is kept.
     */
    private Sent remind(Survey survey, SurveyRun run) {
        Set<String> answered = surveys.repository().respondents(run.id());
        List<Person> silent = audience(survey, run).stream().filter(p -> !answered.contains(surveys.respondent(p, run))).toList();
        return sendOnce(survey, run, REMINDED, silent, delivery::remind);
    }

    private interface Send {
        void to(Person person, SurveyRun run, SurveyForm form);
    }

    /**
     * Sends a step of the round to each of the people this process reaches whose send no process has claimed: each
     * claimed in the store first, so that however many processes pass at once, each person gets it once.
     */
    private Sent sendOnce(Survey survey, SurveyRun run, String step, List<Person> people, Send send) {
        Set<String> had = surveys.repository().sentTo(run.id(), step);
        int sent = 0;
        int failed = 0;
        int left = 0;
        for (Person person : people) {
            if (!delivery.reaches(person)) {
                left++;
                continue;
            }
            String recipient = surveys.recipient(person, run, step);
            if (had.contains(recipient) || !surveys.repository().claimSend(run.id(), step, recipient)) {
                continue;
            }
            try {
                send.to(person, run, surveys.formFor(person, survey, run));
                sent++;
            } catch (RuntimeException e) {
                // One unreachable person must not keep the survey from everyone else; the count goes to the log.
                failed++;
            }
        }
        return new Sent(run, sent, failed, left);
    }

    /** The round's audience as of its opening day, without anyone who has left since. */
    private List<Person> audience(Survey survey, SurveyRun run) {
        return survey.audience().members(surveys.company(), surveys.dayOf(run.opensAt())).stream()
                .filter(p -> p.activeOn(surveys.dayOf(surveys.now())))
                .toList();
    }

    private Map<String, Integer> audienceSizes(Survey survey, Instant opens) {
        Map<String, Integer> sizes = new TreeMap<>();
        for (Person person : survey.audience().members(surveys.company(), surveys.dayOf(opens))) {
            sizes.merge(Audience.groupOf(person), 1, Integer::sum);
        }
        return sizes;
    }
}
