package app.bonusbot.chat.discord;

import app.bonusbot.snapshots.JsonSnapshots;
import org.junit.jupiter.api.Test;

/**
 * The {@code /bonus} command exactly as it is registered in a Discord server, committed under
 * src/test/resources/snapshots/discord/: sub-commands, options, their order, kinds, autocomplete and descriptions in
 * both languages. A server keeps what was registered, so any change to it is a change people see.
 */
class CommandDefinitionSnapshotTest {

    private static final JsonSnapshots DISCORD = new JsonSnapshots("discord");

    @Test
    void the_registered_command_is_the_committed_one() {
        // when
        String registered = BonusCommandData.definition().toData().toString();
        // then
        DISCORD.assertMatches("bonus-command", registered);
    }
}
