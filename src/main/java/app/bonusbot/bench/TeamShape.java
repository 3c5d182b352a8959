package app.bonusbot.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The configured company with its sellers in generated teams of a given size ({@code bench --teams N}): a copy of the
 * configuration in which each generated team is enrolled wherever the configured team it imitates is (plans), gets
 * that team's weekly post (posts.yaml), and has a manager of its own, so that {@code /bonus team} shows one team.
 * Configured teams are imitated in turn. The copy is edited as YAML nodes, so every value keeps the form it was
 * written in.
 */
final class TeamShape {

    static final String TEAM_PREFIX = "bench-team-";
    static final String MANAGER_PREFIX = "bench.manager.";

    /** A generated team and the configured team whose plans and post it has. */
    record GeneratedTeam(String id, String imitates, String managerId) {}

    private final List<GeneratedTeam> teams;

    private TeamShape(List<GeneratedTeam> teams) {
        this.teams = teams;
    }

    /** Copies {@code configDir} to {@code copyDir} with {@code count} generated teams; returns them in order. */
    static List<GeneratedTeam> write(Path configDir, Path copyDir, int count) throws IOException {
        ConfigYaml.copy(configDir, copyDir);
        Node people = ConfigYaml.read(copyDir.resolve("people.yaml"));
        List<String> configured = new ArrayList<>();
        for (Node team : sequence(people, "teams").getValue()) {
            configured.add(scalar(team, "id"));
        }
        if (configured.isEmpty()) {
            throw new IllegalArgumentException("the configuration has no teams to imitate (people.yaml teams)");
        }
        String digits = "%0" + Math.max(4, Integer.toString(count).length()) + "d";
        List<GeneratedTeam> teams = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            String number = String.format(Locale.ROOT, digits, i);
            teams.add(new GeneratedTeam(TEAM_PREFIX + number, configured.get((i - 1) % configured.size()), MANAGER_PREFIX + number));
        }
        TeamShape shape = new TeamShape(teams);
        shape.addTeams(people);
        ConfigYaml.write(copyDir.resolve("people.yaml"), people);
        Node plans = ConfigYaml.read(copyDir.resolve("plans.yaml"));
        shape.enrol(plans);
        ConfigYaml.write(copyDir.resolve("plans.yaml"), plans);
        Path postsFile = copyDir.resolve("posts.yaml");
        if (Files.exists(postsFile)) {
            Node posts = ConfigYaml.read(postsFile);
            shape.addPosts(posts);
            ConfigYaml.write(postsFile, posts);
        }
        return List.copyOf(teams);
    }

    private void addTeams(Node people) {
        List<Node> teamNodes = sequence(people, "teams").getValue();
        List<Node> personNodes = sequence(people, "people").getValue();
        for (GeneratedTeam team : teams) {
            String number = team.id().substring(TEAM_PREFIX.length());
            teamNodes.add(mapping(Map.of("id", team.id(), "name", "Bench team " + number + " (like " + team.imitates() + ")",
                    "manager", team.managerId())));
            personNodes.add(mapping(Map.of("id", team.managerId(), "name", "Bench Manager " + number,
                    "email", team.managerId() + "@bench.example", "hire_date", "2020-01-06")));
        }
    }

    /** Every list of teams in the plans (enrolment and team plans alike) also names the teams imitating one it names. */
    private void enrol(Node node) {
        if (node instanceof MappingNode map) {
            for (NodeTuple tuple : map.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals("teams") && tuple.getValueNode() instanceof SequenceNode list) {
                    List<Node> named = List.copyOf(list.getValue());
                    for (Node item : named) {
                        if (item instanceof ScalarNode teamId) {
                            teams.stream().filter(t -> t.imitates().equals(teamId.getValue())).forEach(t -> list.getValue().add(ConfigYaml.plain(t.id())));
                        }
                    }
                } else {
                    enrol(tuple.getValueNode());
                }
            }
        } else if (node instanceof SequenceNode list) {
            list.getValue().forEach(this::enrol);
        }
    }

    /** Each generated team gets the post of the team it imitates, to the same channels. */
    private void addPosts(Node posts) {
        if (!(posts instanceof MappingNode) || ConfigYaml.find(posts, "teams") == null) {
            return;
        }
        List<Node> entries = sequence(posts, "teams").getValue();
        Map<String, Node> byTeam = new LinkedHashMap<>();
        for (Node entry : entries) {
            byTeam.putIfAbsent(scalar(entry, "team"), entry);
        }
        for (GeneratedTeam team : teams) {
            Node template = byTeam.get(team.imitates());
            if (template != null) {
                MappingNode copy = (MappingNode) deepCopy(template);
                for (int i = 0; i < copy.getValue().size(); i++) {
                    NodeTuple tuple = copy.getValue().get(i);
                    if (((ScalarNode) tuple.getKeyNode()).getValue().equals("team")) {
                        copy.getValue().set(i, new NodeTuple(tuple.getKeyNode(), ConfigYaml.plain(team.id())));
                    }
                }
                entries.add(copy);
            }
        }
    }

    private static SequenceNode sequence(Node map, String key) {
        if (ConfigYaml.find(map, key) instanceof SequenceNode list) {
            return list;
        }
        throw new IllegalArgumentException("the configuration has no list under " + key);
    }

    private static String scalar(Node map, String key) {
        return ConfigYaml.find(map, key) instanceof ScalarNode value ? value.getValue() : "";
    }

    private static MappingNode mapping(Map<String, String> fields) {
        List<NodeTuple> tuples = new ArrayList<>();
        // id first, as a person reads people.yaml; the rest in a fixed order so a run's files are the same each time.
        fields.entrySet().stream()
                .sorted((a, b) -> a.getKey().equals("id") ? -1 : b.getKey().equals("id") ? 1 : a.getKey().compareTo(b.getKey()))
                .forEach(e -> tuples.add(new NodeTuple(ConfigYaml.plain(e.getKey()), ConfigYaml.plain(e.getValue()))));
        return new MappingNode(Tag.MAP, tuples, DumperOptions.FlowStyle.BLOCK);
    }

    /** Nodes shared between two places would be written as a YAML anchor and alias; a copy is written out in full. */
    private static Node deepCopy(Node node) {
        if (node instanceof ScalarNode s) {
            return new ScalarNode(s.getTag(), s.getValue(), null, null, s.getScalarStyle());
        }
        if (node instanceof SequenceNode list) {
            return new SequenceNode(list.getTag(), list.getValue().stream().map(TeamShape::deepCopy).toList(), list.getFlowStyle());
        }
        MappingNode map = (MappingNode) node;
        List<NodeTuple> tuples = new ArrayList<>();
        map.getValue().forEach(t -> tuples.add(new NodeTuple(deepCopy(t.getKeyNode()), deepCopy(t.getValueNode()))));
        return new MappingNode(map.getTag(), tuples, map.getFlowStyle());
    }
}
