package app.bonusbot.chat.slack.transport;

/** A request that cannot be read as one (malformed, too large): the answer says why, and the connection closes. */
final class RefusedHttpRequest extends Exception {

    private final transient HttpAnswer answer;

    RefusedHttpRequest(int status, String reason) {
        super(reason, null, false, false);
        this.answer = HttpAnswer.plain(status, reason + "\n");
    }

    HttpAnswer answer() {
        return answer;
    }
}
