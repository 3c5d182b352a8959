package app.bonusbot.core.announce;

import app.bonusbot.core.announce.PostDelivery;
import app.bonusbot.core.announce.TeamPostTarget;
import app.bonusbot.core.reply.Reply;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Records every post delivered, with the moment it was delivered; can be told to fail before the platform takes the
 * message, or after it. Thread-safe.
 */
class RecordingDelivery implements PostDelivery {

    record Delivered(TeamPostTarget target, Reply post, int chartBytes, ZonedDateTime at) {
        String team() {
            return target.team().id();
        }

        boolean toChannel() {
            return target instanceof TeamPostTarget.Channel;
        }
    }

    private final Clock clock;
    private final List<Delivered> delivered = new ArrayList<>();
    private int failuresLeft;
    private RuntimeException afterPosting;

    RecordingDelivery(Clock clock) {
        this.clock = clock;
    }

    synchronized RecordingDelivery failing(int times) {
        failuresLeft = times;
        return this;
    }

    /** The next delivery throws this once the platform has taken the message, as a chart upload gone wrong would. */
    synchronized RecordingDelivery failingAfterPosting(RuntimeException error) {
        afterPosting = error;
        return this;
    }

    @Override
    public synchronized void deliver(TeamPostTarget target, Reply post, byte[] chartPng, Receipt receipt) {
        if (failuresLeft > 0) {
            failuresLeft--;
            throw new IllegalStateException("the chat platform is down");
        }
        delivered.add(new Delivered(target, post, chartPng.length, ZonedDateTime.now(clock)));
        receipt.posted();
        if (afterPosting != null) {
            RuntimeException error = afterPosting;
            afterPosting = null;
            throw error;
        }
    }

    synchronized List<Delivered> all() {
        return List.copyOf(delivered);
    }

    /** Channel posts only, as "team week". */
    synchronized List<String> channelPosts() {
        return delivered.stream().filter(Delivered::toChannel).map(d -> d.team() + " " + d.target().week()).toList();
    }
}
