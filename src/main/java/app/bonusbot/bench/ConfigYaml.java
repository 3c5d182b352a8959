package app.bonusbot.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The bench's copy of a configuration, edited as YAML nodes so that every value keeps the form it was written in:
 * generated teams ({@link TeamShape}) and the HubSpot sync's poll interval ({@code bench --sync-interval}).
 */
final class ConfigYaml {

    private ConfigYaml() {}

    /** Sets {@code hubspot.poll_interval} in a copy's settings.yaml, adding the section when it has none. */
    static void pollInterval(Path settingsFile, Duration interval) throws IOException {
        Node root = read(settingsFile);
        String value = interval.toMillis() % 1000 == 0 ? interval.toSeconds() + "s" : interval.toMillis() + "ms";
        if (!(find(root, "hubspot") instanceof MappingNode section)) {
            List<NodeTuple> fields = new ArrayList<>(List.of(new NodeTuple(plain("poll_interval"), plain(value))));
            ((MappingNode) root).getValue().removeIf(t -> t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("hubspot"));
            ((MappingNode) root).getValue().add(new NodeTuple(plain("hubspot"), new MappingNode(Tag.MAP, fields, DumperOptions.FlowStyle.BLOCK)));
        } else {
            section.getValue().removeIf(t -> t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("poll_interval"));
            section.getValue().add(new NodeTuple(plain("poll_interval"), plain(value)));
        }
        write(settingsFile, root);
    }

    static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    static Yaml yaml() {
        DumperOptions dump = new DumperOptions();
        dump.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        dump.setWidth(160);
        return new Yaml(new SafeConstructor(new LoaderOptions()), new org.yaml.snakeyaml.representer.Representer(dump), dump);
    }

    static Node read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Node root = yaml().compose(in);
            if (root == null) {
                throw new IllegalArgumentException(file + " is empty");
            }
            return root;
        }
    }

    static void write(Path file, Node root) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            yaml().serialize(root, out);
        }
    }

    static Node find(Node map, String key) {
        for (NodeTuple tuple : ((MappingNode) map).getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                return tuple.getValueNode();
            }
        }
        return null;
    }

    static ScalarNode plain(String value) {
        return new ScalarNode(Tag.STR, value, null, null, DumperOptions.ScalarStyle.PLAIN);
    }
}
