package app.bonusbot.core.approval;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What an Approve button stands for: a team's figures of a period, by the start of their digest, so that a click on
 * a message whose figures have changed since is refused instead of approving figures the manager never saw. Its text
 * form ({@link #encoded()}) is what Slack keeps as the button's value and Discord as its custom id (at most 100
 * characters).
 */
public record ApprovalButton(String periodKey, String teamId, String digest) {

    /** The text form starts so: a platform routes these clicks by it. */
    public static final String PREFIX = "approve:";
    /** Characters of the digest the button carries: enough to tell figures apart, short enough for Discord's id. */
    static final int DIGEST_CHARS = 16;
    private static final Pattern FORM = Pattern.compile("approve:([^|]{1,24})\\|([^|]{1,50})\\|([0-9a-f]{" + DIGEST_CHARS + "})");

    public ApprovalButton {
        digest = digest.length() > DIGEST_CHARS ? digest.substring(0, DIGEST_CHARS) : digest;
    }

    public static ApprovalButton of(TeamFigures figures) {
        return new ApprovalButton(figures.period().key(), figures.team().id(), figures.digest());
    }

    public String encoded() {
        return PREFIX + periodKey + "|" + teamId + "|" + digest;
    }

    /** Empty for anything that is not a button's text form. */
    public static Optional<ApprovalButton> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        var m = FORM.matcher(text);
        return m.matches() ? Optional.of(new ApprovalButton(m.group(1), m.group(2), m.group(3))) : Optional.empty();
    }

    /** Whether the figures are the ones the button was shown with. */
    public boolean matches(TeamFigures figures) {
        return figures.period().key().equals(periodKey) && figures.team().id().equals(teamId) && figures.digest().startsWith(digest);
    }
}
