package app.bonusbot.core.announce;

import app.bonusbot.core.people.ChatPlatform;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.people.Team;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Where one copy of a team's weekly post goes. */
public sealed interface TeamPostTarget {

    Team team();

    /** The ISO week the post is for, e.g. 2026-W50: part of the chart's file name. */
    String week();

    /**
     * The team's channel.
     *
     * @param channels the team's channel id on each platform it is posted to in; a null id counts as none
     */
    record Channel(Team team, String week, Map<ChatPlatform, String> channels) implements TeamPostTarget {

        public Channel {
            channels = ChatPlatform.present(Objects.requireNonNull(channels, "channels"));
        }

        /** The team's channel on the platform; empty when the team is not posted to there. */
        public Optional<String> channel(ChatPlatform platform) {
            return Optional.ofNullable(channels.get(platform));
        }
    }

    /** A direct message to the team's manager. */
    record ManagerDm(Team team, String week, Person manager) implements TeamPostTarget {}
}
