package app.bonusbot.chat.slack;

/** How the bot talks to Slack. */
public enum SlackMode {
    /** A WebSocket the bot opens to Slack: no public URL needed. The default. */
    SOCKET,
    /** Slack posts to {@code /slack/events} on a port the bot serves, e.g. behind a load balancer. */
    HTTP
}
