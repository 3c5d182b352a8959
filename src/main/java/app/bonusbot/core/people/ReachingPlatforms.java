package app.bonusbot.core.people;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Consumer;

/**
 * The chat platforms a message to one person may go to, in the order given. A survey round takes the first that
 * reaches the person and takes the message; an approval goes to every one that reaches them. Either way the send
 * throws only when no platform took it: none reaches the person, or each that does failed (then the first failure,
 * the others suppressed in it).
 *
 * @param <P> a platform's delivery of this kind of message
 */
public final class ReachingPlatforms<P> {

    private final List<P> platforms;
    private final BiPredicate<P, Person> reaches;

    /** @param reaches whether a platform can try to reach the person (a chat id, or an e-mail to find them by) */
    public ReachingPlatforms(List<P> platforms, BiPredicate<P, Person> reaches) {
        if (platforms.isEmpty()) {
            throw new IllegalArgumentException("at least one platform");
        }
        this.platforms = List.copyOf(platforms);
        this.reaches = reaches;
    }

    /** Whether any platform reaches the person. */
    public boolean reach(Person person) {
        return platforms.stream().anyMatch(p -> reaches.test(p, person));
    }

    /** Sends on the first platform that reaches the person and takes it. */
    public void first(Person person, Consumer<P> send) {
        send(person, send, true);
    }

    /** Sends on every platform that reaches the person. */
    public void every(Person person, Consumer<P> send) {
        send(person, send, false);
    }

    private void send(Person person, Consumer<P> send, boolean firstOnly) {
        List<RuntimeException> errors = new ArrayList<>();
        boolean took = false;
        for (P platform : platforms) {
            if (!reaches.test(platform, person)) {
                continue;
            }
            try {
                send.accept(platform);
                took = true;
                if (firstOnly) {
                    return;
                }
            } catch (RuntimeException e) {
                errors.add(e);
            }
        }
        if (took) {
            return;
        }
        if (errors.isEmpty()) {
            throw new IllegalStateException("no chat platform reaches " + person.id() + " (no slack_id, discord_id or e-mail in people.yaml)");
        }
        RuntimeException first = errors.get(0);
        errors.subList(1, errors.size()).forEach(first::addSuppressed);
        throw first;
    }
}
