package app.bonusbot.core.dispute;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a case stands: open until sales ops answers it, then accepted or rejected for good. */
public enum DisputeState {
    OPEN,
    ACCEPTED,
    REJECTED;

    /** As stored and as {@code --json} writes it: {@code open}, {@code accepted}, {@code rejected}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<DisputeState> of(String word) {
        return Arrays.stream(values()).filter(s -> s.word().equals(word)).findFirst();
    }
}
