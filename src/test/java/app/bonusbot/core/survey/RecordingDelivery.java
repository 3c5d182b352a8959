package app.bonusbot.core.survey;

import app.bonusbot.core.people.Person;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Records every delivery and reminder instead of sending it; people in {@code unreachable} make it throw. */
final class RecordingDelivery implements SurveyDelivery {

    record Sent(String kind, String personId, long runId, SurveyForm form) {}

    final List<Sent> sent = new ArrayList<>();
    private final Set<String> unreachable;

    RecordingDelivery() {
        this(Set.of());
    }

    RecordingDelivery(Set<String> unreachable) {
        this.unreachable = unreachable;
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
        if (unreachable.contains(person.id())) {
            throw new IllegalStateException(person.id() + " cannot be reached");
        }
        sent.add(new Sent(kind, person.id(), run.id(), form));
    }

    List<String> people(String kind) {
        return sent.stream().filter(s -> s.kind().equals(kind)).map(Sent::personId).sorted().toList();
    }
}
