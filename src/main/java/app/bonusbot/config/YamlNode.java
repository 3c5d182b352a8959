package app.bonusbot.config;

import app.bonusbot.core.text.NearestName;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML node together with its file and field path, so that anything wrong with it can be reported as
 * {@code file:line path: message}. Values are always read from the scalar's text, never from what YAML would
 * resolve it to, so {@code 0.1} stays exactly 0.1 and {@code no} stays the text "no".
 */
final class YamlNode {

    private final Problems problems;
    private final String file;
    private final String path;
    private final Node node;

    private YamlNode(Problems problems, String file, String path, Node node) {
        this.problems = problems;
        this.file = file;
        this.path = path;
        this.node = node;
    }

    static YamlNode root(Problems problems, String file, Node node) {
        return new YamlNode(problems, file, "", node);
    }

    String file() {
        return file;
    }

    String path() {
        return path;
    }

    /** 1-based. */
    int line() {
        return node.getStartMark() == null ? 1 : node.getStartMark().getLine() + 1;
    }

    Problems problems() {
        return problems;
    }

    YamlNode child(String key, Node child) {
        return new YamlNode(problems, file, childPath(key), child);
    }

    String childPath(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    YamlNode item(int index, Node item) {
        return new YamlNode(problems, file, path + "[" + index + "]", item);
    }

    void report(String message) {
        problems.add(file, line(), path, message);
    }

    /** {@code key:} with nothing after it, {@code ~} or {@code null}. */
    boolean isNull() {
        return node instanceof ScalarNode && node.getTag().equals(Tag.NULL);
    }

    Optional<YamlMap> map() {
        if (node instanceof MappingNode) {
            return Optional.of(YamlMap.of(this, (MappingNode) node));
        }
        report("must be a mapping of fields (name: value), not " + shape());
        return Optional.empty();
    }

    Optional<List<YamlNode>> list() {
        if (node instanceof SequenceNode) {
            List<Node> items = ((SequenceNode) node).getValue();
            List<YamlNode> result = new ArrayList<>(items.size());
            for (int i = 0; i < items.size(); i++) {
                result.add(item(i, items.get(i)));
            }
            return Optional.of(result);
        }
        report("must be a list (lines starting with '- ', or [a, b]), not " + shape());
        return Optional.empty();
    }

    /** A list that must have at least one entry. */
    Optional<List<YamlNode>> nonEmptyList() {
        Optional<List<YamlNode>> items = list();
        if (items.isPresent() && items.get().isEmpty()) {
            report("must list at least one entry");
            return Optional.empty();
        }
        return items;
    }

    boolean isMap() {
        return node instanceof MappingNode;
    }

    boolean isList() {
        return node instanceof SequenceNode;
    }

    /** The trimmed text of a single value; reported when it is a list, a mapping or empty. */
    Optional<String> text() {
        if (!(node instanceof ScalarNode)) {
            report("must be a single value, not " + shape());
            return Optional.empty();
        }
        String value = ((ScalarNode) node).getValue().trim();
        if (value.isEmpty() || isNull()) {
            report("must not be empty");
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /** Texts of a list of single values, e.g. {@code [new, upsell]}; every bad item is reported. */
    Optional<List<YamlNode>> scalarList() {
        Optional<List<YamlNode>> items = list();
        if (items.isEmpty()) {
            return Optional.empty();
        }
        boolean ok = true;
        for (YamlNode item : items.get()) {
            if (!(item.node instanceof ScalarNode) || item.isNull() || ((ScalarNode) item.node).getValue().isBlank()) {
                item.text();
                ok = false;
            }
        }
        return ok ? items : Optional.empty();
    }

    private String shape() {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        return isNull() ? "empty" : "'" + ((ScalarNode) node).getValue() + "'";
    }

    /** Any decimal number, exactly as written. */
    Optional<BigDecimal> decimal() {
        return text().flatMap(t -> parsed(ScalarText.decimal(t, false)));
    }

    /** A decimal that must not be negative (amounts, prices). */
    Optional<BigDecimal> amount() {
        return decimal().filter(v -> atLeastZero(v));
    }

    /** A decimal that must be greater than 0. */
    Optional<BigDecimal> positive() {
        return decimal().filter(v -> {
            if (v.signum() <= 0) {
                report("must be greater than 0");
                return false;
            }
            return true;
        });
    }

    /** Attainment, rates: a decimal such as 0.5 or a percentage such as 50%, not negative. */
    Optional<BigDecimal> ratio() {
        return text().flatMap(t -> parsed(ScalarText.decimal(t, true))).filter(v -> atLeastZero(v));
    }

    /** A whole number of at least {@code min} (months, deal counts). */
    Optional<Integer> wholeNumber(int min) {
        return wholeNumberLong(min).filter(v -> {
            if (v > Integer.MAX_VALUE) {
                report("is too large");
                return false;
            }
            return true;
        }).map(Long::intValue);
    }

    Optional<Long> wholeNumberLong(long min) {
        return text().flatMap(t -> parsed(ScalarText.wholeNumber(t))).filter(v -> {
            if (v < min) {
                report(min == 0 ? "must not be negative" : "must be at least " + min);
                return false;
            }
            return true;
        });
    }

    Optional<LocalDate> date() {
        return text().flatMap(t -> parsed(ScalarText.date(t)));
    }

    /** An id others refer to: no spaces, so it can be typed in a chat command. */
    Optional<String> id() {
        return text().flatMap(t -> parsed(ScalarText.id(t)));
    }

    /**
     * An id that must be unique among {@code seen} (id → the node that has it first): a repeat is reported here with
     * the line of the first, e.g. "person id 'anna' is used twice (first on line 12)".
     */
    Optional<String> uniqueId(Map<String, YamlNode> seen, String what) {
        return id().filter(id -> {
            YamlNode first = seen.putIfAbsent(id, this);
            if (first != null) {
                report(what + " id '" + id + "' is used twice (first on line " + first.line() + ")");
                return false;
            }
            return true;
        });
    }

    /** The words for an enum's constants as written in the config: lower case. */
    static <E extends Enum<E>> Map<String, E> choicesOf(E[] values) {
        Map<String, E> map = new LinkedHashMap<>();
        for (E e : values) {
            map.put(e.name().toLowerCase(Locale.ROOT), e);
        }
        return map;
    }

    /** Choices that are just the words themselves, in the order given. */
    static Map<String, String> words(List<String> words) {
        Map<String, String> map = new LinkedHashMap<>();
        words.forEach(w -> map.put(w, w));
        return map;
    }

    /** One of a few words, case-insensitive; the map's keys are the words as documented. */
    <T> Optional<T> choice(Map<String, T> options) {
        return text().flatMap(t -> {
            for (Map.Entry<String, T> option : options.entrySet()) {
                if (option.getKey().equalsIgnoreCase(t)) {
                    return Optional.of(option.getValue());
                }
            }
            report("must be one of " + String.join(", ", options.keySet()) + ", not '" + t + "'" + NearestName.hint(t, options.keySet()));
            return Optional.empty();
        });
    }

    private boolean atLeastZero(BigDecimal v) {
        if (v.signum() < 0) {
            report("must not be negative");
            return false;
        }
        return true;
    }

    private <T> Optional<T> parsed(ScalarText.Parsed<T> parsed) {
        if (parsed.error() != null) {
            report(parsed.error());
            return Optional.empty();
        }
        return Optional.of(parsed.value());
    }
}
