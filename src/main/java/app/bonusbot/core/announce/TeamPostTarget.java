package app.bonusbot.core.announce;

import app.bonusbot.core.people.Person;
import app.bonusbot.core.people.Team;

/** Where one copy of a team's weekly post goes. */
public sealed interface TeamPostTarget {

    Team team();

    /** The ISO week the post is for, e.g. 2026-W50: part of the chart's file name. */
    String week();

    /**
     * The team's channel.
     *
     * @param slackChannel null when the team is not posted to in Slack
     * @param discordChannel null when the team is not posted to in Discord
     */
    record Channel(Team team, String week, String slackChannel, String discordChannel) implements TeamPostTarget {}

    /** A direct message to the team's manager. */
    record ManagerDm(Team team, String week, Person manager) implements TeamPostTarget {}
}
