package app.bonusbot.architecturefixture.chat;

import app.bonusbot.architecturefixture.EntryPoint;
import app.bonusbot.architecturefixture.slack.SlackReply;

/** Shared chat classes that break the rules: one knows a platform, one uses the entry point. */
public final class SharedTurnBreaches {

    private SharedTurnBreaches() {}

    public static final class KnowsSlack {
        public SlackReply reply() {
            return new SlackReply(null);
        }
    }

    public static final class UsesTheEntryPoint {
        public Class<?> entry() {
            return EntryPoint.class;
        }
    }
}
