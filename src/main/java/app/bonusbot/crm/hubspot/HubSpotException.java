package app.bonusbot.crm.hubspot;

/** HubSpot could not be reached or refused a request; the message says which, in words, and never holds the token. */
public final class HubSpotException extends RuntimeException {

    private final int status;

    HubSpotException(String message, int status) {
        super(message);
        this.status = status;
    }

    HubSpotException(String message, Throwable cause) {
        super(message, cause);
        this.status = 0;
    }

    /** The HTTP status; 0 when there was no answer. */
    public int status() {
        return status;
    }
}
