package app.bonusbot.core.survey;

import app.bonusbot.core.people.Person;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Records every delivery and reminder instead of sending it; people in {@code unreachable} make it throw, and so does
 * anyone the platform does not reach (as a real adapter throws for someone without a chat id on it).
 */
final class RecordingDelivery implements SurveyDelivery {

    record Sent(String kind, String personId, long runId, SurveyForm form) {}

    final List<Sent> sent = new ArrayList<>();
    private final Set<String> unreachable;
    private final Predicate<Person> reaches;

    RecordingDelivery() {
        this(Set.of());
    }

    RecordingDelivery(Set<String> unreachable) {
        this(unreachable, person -> true);
    }

    private RecordingDelivery(Set<String> unreachable, Predicate<Person> reaches) {
        this.unreachable = unreachable;
        this.reaches = reaches;
    }

    /** A platform that knows only these people (a Slack-only or Discord-only process). */
    static RecordingDelivery reaching(Set<String> personIds) {
        return new RecordingDelivery(Set.of(), person -> personIds.contains(person.id()));
    }

    @Override
    public boolean reaches(Person person) {
        return reaches.test(person);
    }

    @Override
    public void deliver(Person person, SurveyRun run, SurveyForm form) {
        send("deliver", person, run, form);
    }

    @Override
    public void remind(Person person, SurveyRun run, SurveyForm form) {
        send("remind", person, run, form);
    }

    private void send(String kind, Person person, SurveyRun run, SurveyForm form) {
        if (unreachable.contains(person.id()) || !reaches.test(person)) {
            throw new IllegalStateException(person.id() + " cannot be reached");
        }
        sent.add(new Sent(kind, person.id(), run.id(), form));
    }

    List<String> people(String kind) {
        return sent.stream().filter(s -> s.kind().equals(kind)).map(Sent::personId).sorted().toList();
    }
}
