package app.bonusbot.chat;

import app.bonusbot.core.i18n.Texts;
import java.util.Optional;

/** The chat platform a turn comes from (Slack, Discord or the console), and what each tells someone Bonusbot does not know. */
public enum ChatSource {
    SLACK("slack.member_id"),
    DISCORD("discord.member_id"),
    /** The terminal chat runs as a person chosen at its start, so it has no id to tell. */
    CONSOLE(null);

    private final String idNoteKey;

    ChatSource(String idNoteKey) {
        this.idNoteKey = idNoteKey;
    }

    /** The line giving someone unknown their id on this platform, which sales ops needs to add them. */
    Optional<String> idNote(Texts texts, String platformUserId) {
        return Optional.ofNullable(idNoteKey).map(key -> texts.get(key, platformUserId));
    }
}
