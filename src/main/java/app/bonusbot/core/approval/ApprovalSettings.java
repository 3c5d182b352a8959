package app.bonusbot.core.approval;

import java.time.LocalTime;
import java.util.Objects;

/**
 * settings.yaml {@code approval:}: whether every manager must approve their team's statements before a period can be
 * closed, and when in the day the managers who have not are reminded.
 *
 * @param remindAt local time of the company's zone
 */
public record ApprovalSettings(boolean required, LocalTime remindAt) {

    public static final LocalTime DEFAULT_REMIND_AT = LocalTime.of(9, 0);

    /** No approval: a period may be closed without one. */
    public static final ApprovalSettings OFF = new ApprovalSettings(false, DEFAULT_REMIND_AT);

    public ApprovalSettings {
        Objects.requireNonNull(remindAt, "remindAt");
    }
}
