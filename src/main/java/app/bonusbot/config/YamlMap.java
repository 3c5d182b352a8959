package app.bonusbot.config;

import app.bonusbot.core.text.NearestName;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/** The fields of a YAML mapping, in file order, with checks for duplicate and unknown field names. */
final class YamlMap {

    private final YamlNode self;
    private final Map<String, YamlNode> fields;

    private YamlMap(YamlNode self, Map<String, YamlNode> fields) {
        this.self = self;
        this.fields = fields;
    }

    static YamlMap of(YamlNode self, MappingNode mapping) {
        Map<String, YamlNode> fields = new LinkedHashMap<>();
        Map<String, Integer> keyLines = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode)) {
                int keyLine = tuple.getKeyNode().getStartMark() == null ? self.line() : tuple.getKeyNode().getStartMark().getLine() + 1;
                self.problems().add(self.file(), keyLine, self.path(), "a field name must be a single word, not a list or mapping");
                continue;
            }
            if (tuple.getKeyNode().getTag().equals(Tag.MERGE)) {
                self.child("<<", tuple.getKeyNode()).report("merge keys (<<) are not supported: write the fields out");
                continue;
            }
            String key = ((ScalarNode) tuple.getKeyNode()).getValue();
            int line = tuple.getKeyNode().getStartMark() == null ? self.line() : tuple.getKeyNode().getStartMark().getLine() + 1;
            if (fields.containsKey(key)) {
                self.child(key, tuple.getKeyNode()).report("field '" + key + "' is given twice (first on line " + keyLines.get(key) + ")");
                continue;
            }
            fields.put(key, self.child(key, tuple.getValueNode()));
            keyLines.put(key, line);
        }
        return new YamlMap(self, fields);
    }

    /**
     * These fields with the other mapping's fields in their place (all but {@code skipped}), each keeping its own
     * line; a field that is missing from both is reported at the other mapping.
     */
    YamlMap overriddenBy(YamlMap other, Collection<String> skipped) {
        Map<String, YamlNode> merged = new LinkedHashMap<>(fields);
        other.fields.forEach((key, value) -> {
            if (!skipped.contains(key)) {
                merged.put(key, value);
            }
        });
        return new YamlMap(other.self, merged);
    }

    YamlNode node() {
        return self;
    }

    Set<String> keys() {
        return fields.keySet();
    }

    /** Reports every field not in {@code allowed}, with the closest allowed name as a hint. */
    YamlMap only(Collection<String> allowed) {
        for (Map.Entry<String, YamlNode> field : fields.entrySet()) {
            if (!allowed.contains(field.getKey())) {
                field.getValue().report(unknown(field.getKey(), allowed));
            }
        }
        return this;
    }

    static String unknown(String key, Collection<String> allowed) {
        String hint = NearestName.hint(key, allowed);
        return "unknown field '" + key + "'" + (hint.isEmpty() ? " (known fields: " + String.join(", ", allowed) + ")" : hint);
    }

    /** Whether the field is there with a value ({@code key:} alone counts as absent). */
    boolean has(String key) {
        YamlNode field = fields.get(key);
        return field != null && !field.isNull();
    }

    /** The field's node, whether it has a value or not. */
    Optional<YamlNode> raw(String key) {
        return Optional.ofNullable(fields.get(key));
    }

    Optional<YamlNode> optional(String key) {
        return has(key) ? Optional.of(fields.get(key)) : Optional.empty();
    }

    /** The field, or a problem "is required" on the line of this mapping. */
    Optional<YamlNode> required(String key) {
        if (has(key)) {
            return Optional.of(fields.get(key));
        }
        report(key, "is required");
        return Optional.empty();
    }

    /** Reports at the field if it is there, else at this mapping's line under the field's path. */
    void report(String key, String message) {
        YamlNode field = fields.get(key);
        if (field != null) {
            field.report(message);
        } else {
            self.problems().add(self.file(), self.line(), self.childPath(key), message);
        }
    }
}
