package app.bonusbot.chat.discord;

/**
 * An interaction the fake sent over the gateway, to find what the bot answered to it.
 *
 * @param type 2 application command, 3 message component, 4 autocomplete, 5 modal submit
 * @param messageId the message a component sits on (or a modal was opened from), else null
 */
public record Interaction(String id, String token, int type, String channelId, String userId, String messageId) {

    public static final int APPLICATION_COMMAND = 2;
    public static final int MESSAGE_COMPONENT = 3;
    public static final int APPLICATION_COMMAND_AUTOCOMPLETE = 4;
    public static final int MODAL_SUBMIT = 5;
}
