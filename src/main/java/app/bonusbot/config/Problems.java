package app.bonusbot.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects problems while the whole config is read, so an admin sees all of them at once. */
final class Problems {

    private final List<ConfigProblem> found = new ArrayList<>();

    /** The same problem found twice (a plan's field read again for each of its versions) is reported once. */
    void add(String file, int line, String path, String message) {
        ConfigProblem problem = new ConfigProblem(file, line, path, message);
        if (!found.contains(problem)) {
            found.add(problem);
        }
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    /** In file order, then by line; problems on the same line keep the order they were found in. */
    List<ConfigProblem> sorted(List<String> fileOrder) {
        Comparator<ConfigProblem> byFile = Comparator.comparingInt(p -> {
            int i = fileOrder.indexOf(p.file());
            return i < 0 ? -1 : i;
        });
        return found.stream().sorted(byFile.thenComparingInt(ConfigProblem::line)).toList();
    }
}
