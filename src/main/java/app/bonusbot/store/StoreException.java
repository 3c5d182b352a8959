package app.bonusbot.store;

/** The database cannot be used as it is: a schema newer than this build knows, or a file that cannot be created. */
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
