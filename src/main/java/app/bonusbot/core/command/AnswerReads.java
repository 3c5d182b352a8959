package app.bonusbot.core.command;

import app.bonusbot.core.reply.Reply;
import java.util.function.Supplier;

/**
 * How the reads of one pay answer are made: all from one committed state of the store (the store's
 * {@code Database.readAsOne}), so that a write by another process between two of them shows in none or, at the next
 * answer, in all; or, without a store behind the handler, each as it comes.
 */
@FunctionalInterface
public interface AnswerReads {

    /** Without a store: nothing to hold together. */
    AnswerReads EACH_AS_IT_COMES = Supplier::get;

    /** Works out the answer with its reads held together. */
    Reply asOne(Supplier<Reply> answer);
}
