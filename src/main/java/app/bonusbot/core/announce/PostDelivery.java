package app.bonusbot.core.announce;

import app.bonusbot.core.reply.Reply;
import java.util.List;

/**
 * Brings a team post to where it is read: a chat channel or direct message, or the console.
 *
 * <p>A post is exactly once per team and week, so what counts is the moment the platform takes the message: the
 * delivery calls {@link Receipt#posted()} right then, and the week is recorded as posted at once. Whatever fails
 * after that (the chart's upload, another step, even a NullPointerException) is a failed part of a post that stands,
 * never a reason to post again. An adapter that cannot get the message itself delivered throws before calling
 * {@code posted()}; the post is then not recorded as made and is tried again.
 */
public interface PostDelivery {

    /** What a delivery tells the post's routine while it delivers. Implementations never throw. */
    interface Receipt {

        /** For a copy whose outcome nobody records, such as a dry run's. */
        Receipt IGNORED = new Receipt() {
            @Override
            public void posted() {}

            @Override
            public void partFailed(String part, RuntimeException error) {}
        };

        /** The platform took the message: from now on the copy is posted, whatever fails after. */
        void posted();

        /**
         * A part of the copy failed while the message went out: its chart, or one platform of several.
         *
         * @param part what did not go out, as a phrase: "the chart in Slack", "the post in Discord"
         */
        void partFailed(String part, RuntimeException error);
    }

    /**
     * Delivers one copy, calling {@code receipt.posted()} the moment the platform has taken its message.
     *
     * @param chartPng the post's chart, a PNG image to upload with it
     * @throws RuntimeException when the message could not be delivered (before {@code posted()}), or when a step after
     *     it failed unexpectedly (after {@code posted()}: the copy still counts as posted)
     */
    void deliver(TeamPostTarget target, Reply post, byte[] chartPng, Receipt receipt);

    /** Delivers a copy whose outcome nobody records, e.g. in a dry run or a test. */
    default void deliver(TeamPostTarget target, Reply post, byte[] chartPng) {
        deliver(target, post, chartPng, Receipt.IGNORED);
    }

    /**
     * Whether this platform can bring that copy anywhere: a team without a channel on it, or a manager it does not
     * know, is not reached. {@link EveryPlatform} delivers only where a platform reaches.
     */
    default boolean reaches(TeamPostTarget target) {
        return true;
    }

    /**
     * The platforms this delivery posts to, each a delivery of its own: the week is claimed, posted and recorded on each
     * separately. One platform's delivery is its only platform; {@link EveryPlatform} has several.
     */
    default List<PostDelivery> platforms() {
        return List.of(this);
    }

    /** The platform's name in a sentence: "Slack", "Discord". */
    default String platform() {
        return getClass().getSimpleName();
    }
}
