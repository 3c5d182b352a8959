package app.bonusbot.core.announce;

import java.util.List;
import java.util.Optional;

/** Every team's weekly post (posts.yaml); none when the file is absent. */
public record PostsSettings(List<TeamPostSettings> teams) {

    public static final PostsSettings NONE = new PostsSettings(List.of());

    public PostsSettings {
        teams = List.copyOf(teams);
    }

    public Optional<TeamPostSettings> team(String teamId) {
        return teams.stream().filter(t -> t.teamId().equals(teamId)).findFirst();
    }
}
