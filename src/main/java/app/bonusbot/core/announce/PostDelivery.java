package app.bonusbot.core.announce;

import app.bonusbot.core.reply.Reply;

/**
 * Brings a team post to where it is read: a chat channel or direct message, or the console. An adapter that cannot
 * deliver throws; the post is then not recorded as made and is tried again.
 */
public interface PostDelivery {

    /** @param chartPng the post's chart, a PNG image to upload with it */
    void deliver(TeamPostTarget target, Reply post, byte[] chartPng);

    /**
     * Whether this platform can bring that copy anywhere: a team without a channel on it, or a manager without a user
     * on it, is not reached, so that a delivery to several platforms at once can skip it there and still fail when no
     * platform reaches it. An adapter that answers true may still fail when it delivers.
     */
    default boolean reaches(TeamPostTarget target) {
        return true;
    }
}
