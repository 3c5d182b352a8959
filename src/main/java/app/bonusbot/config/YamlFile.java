package app.bonusbot.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.reader.UnicodeReader;

/** Reads one config file into its node tree, turning a missing file or bad YAML into a problem with a line. */
final class YamlFile {

    private YamlFile() {}

    /** The document's root node; an empty file reads as an empty mapping. Empty when the file cannot be read. */
    static Optional<YamlNode> read(Path dir, String name, Problems problems) {
        Path file = dir.resolve(name);
        // UnicodeReader skips a byte-order mark, which some Windows editors write.
        try (InputStream in = Files.newInputStream(file); Reader reader = new UnicodeReader(in)) {
            Node root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(reader);
            if (root == null) {
                root = new MappingNode(Tag.MAP, List.of(), org.yaml.snakeyaml.DumperOptions.FlowStyle.BLOCK);
            }
            return Optional.of(YamlNode.root(problems, name, root));
        } catch (NoSuchFileException e) {
            problems.add(name, 0, "", "file not found in " + dir.toAbsolutePath().normalize());
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            problems.add(name, mark == null ? 0 : mark.getLine() + 1, "", "YAML syntax error: " + describe(e));
        } catch (YAMLException e) {
            problems.add(name, 0, "", "cannot read the file: " + e.getMessage());
        } catch (IOException e) {
            problems.add(name, 0, "", "cannot read the file: " + e.getMessage());
        }
        return Optional.empty();
    }

    private static String describe(MarkedYAMLException e) {
        String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
        String context = e.getContext();
        String text;
        if (context == null) {
            text = problem;
        } else if (problem.startsWith("but ")) {
            text = context + ", " + problem;
        } else {
            text = problem + " (" + context + ")";
        }
        // SnakeYAML's wording for a mis-indented line names parser states; say what to look at instead.
        if (problem.contains("<block end>") || problem.contains("mapping values are not allowed")) {
            text += "; check the indentation of this line and the line before";
        }
        return text;
    }
}
