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
     * Whether this platform can bring that copy anywhere: a team without a channel on it, or a manager it does not
     * know, is not reached. {@link EveryPlatform} delivers only where a platform reaches.
     */
    default boolean reaches(TeamPostTarget target) {
        return true;
    }
}
