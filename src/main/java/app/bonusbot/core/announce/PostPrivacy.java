package app.bonusbot.core.announce;

import java.util.Locale;

/** How much of each member a team post shows in the channel. No level ever shows an amount of pay. */
public enum PostPrivacy {
    /** Members by name with their attainment, milestones crossed, events, and a bar per member in the chart. */
    NAMES_AND_PERCENTAGES,
    /** Who crossed a milestone and who had an event, by name, but no member's percentage; the chart shows the team. */
    MILESTONE_NAMES_ONLY,
    /** The team's attainment and counts of milestones and events: no names at all. */
    TEAM_TOTALS_ONLY;

    /** As written in posts.yaml. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean showsNames() {
        return this != TEAM_TOTALS_ONLY;
    }

    public boolean showsMemberPercentages() {
        return this == NAMES_AND_PERCENTAGES;
    }
}
