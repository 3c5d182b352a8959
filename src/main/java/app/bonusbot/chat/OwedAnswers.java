package app.bonusbot.chat;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Answers a bot process owes for commands it acknowledged: a platform is told "got it" first and answered after, so
 * a process that dies in between would lose the answer. The store's implementation (wired by the bot) records the
 * answer owed in the same step as the command's delivery claim, before the ack, and hands the answers of a process
 * that died to another, exactly one, to answer.
 */
public interface OwedAnswers {

    /**
     * A command owed an answer, with what it takes to answer it.
     *
     * @param deliveryId the platform's id of the delivery (Slack's trigger id, Discord's interaction id)
     * @param text the command as the platform's answering code reads it back (Slack's typed text, Discord's options)
     * @param responseUrl where the answer goes (Slack's response URL; Discord's webhook path of the interaction, with its
     *     token): a secret, never logged
     */
    record Owed(String platform, String deliveryId, String userId, String text, String responseUrl) {}

    /** Claims the command's delivery ({@link SharedDeliveries#claim}) and records its answer as owed, in one step. */
    SharedDeliveries.Verdict claim(Owed owed, String kind, Instant keepUntil);

    /** The answer went out (or was given in the ack): nobody owes it any more. */
    void answered(Owed owed);

    /**
     * From now on the answers of this platform owed by processes that died are handed to {@code answer}, one at a time;
     * one older than {@code answerableFor} (how long the platform takes an answer after the command) is dropped with a
     * warning instead.
     */
    void takeOverWith(String platform, Duration answerableFor, Consumer<Owed> answer);

    /** A process alone with its answers (a test, the console): the claim is the shared memory's, nothing is recorded. */
    static OwedAnswers inThisProcessOnly(SharedDeliveries shared) {
        return new OwedAnswers() {
            @Override
            public SharedDeliveries.Verdict claim(Owed owed, String kind, Instant keepUntil) {
                return shared.claim(owed.platform(), kind, owed.deliveryId(), keepUntil);
            }

            @Override
            public void answered(Owed owed) {}

            @Override
            public void takeOverWith(String platform, Duration answerableFor, Consumer<Owed> answer) {}
        };
    }
}
