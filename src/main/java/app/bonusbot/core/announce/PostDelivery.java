package app.bonusbot.core.announce;

import app.bonusbot.core.reply.Reply;

/**
 * Brings a team post to where it is read: a chat channel or direct message, or the console. An adapter that cannot
 * deliver throws; the post is then not recorded as made and is tried again.
 */
public interface PostDelivery {

    /** @param chartPng the post's chart, a PNG image to upload with it */
    void deliver(TeamPostTarget target, Reply post, byte[] chartPng);
}
