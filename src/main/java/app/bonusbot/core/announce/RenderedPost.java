package app.bonusbot.core.announce;

import app.bonusbot.core.reply.Reply;

/** A team post as it reads in one language and at one privacy level, with its chart. */
public record RenderedPost(Reply reply, PostChart chart) {}
