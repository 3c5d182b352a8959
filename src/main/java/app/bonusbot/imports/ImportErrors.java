package app.bonusbot.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Collects every problem of one file, so the result lists them all rather than the first. */
final class ImportErrors {

    private final String file;
    private final List<ImportError> errors = new ArrayList<>();
    private final Set<Long> badLines = new HashSet<>();

    ImportErrors(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    void add(long line, String column, String reason) {
        errors.add(new ImportError(file, line, column, reason));
        if (line > 0) {
            badLines.add(line);
        }
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    /** The records with at least one problem. */
    int rejectedRows() {
        return badLines.size();
    }

    /** In file order; problems of one line in the order they were found. */
    List<ImportError> list() {
        return errors.stream().sorted(Comparator.comparingLong(ImportError::line)).toList();
    }
}
