package app.bonusbot.store;

import java.util.List;

/**
 * What a move of the store did ({@link StoreMove}): each copied table compared, in the order they were copied, and
 * the tables that were not copied because each store keeps its own.
 *
 * @param committed false when a table differed: the target's transaction was rolled back and it holds no copied row
 */
public record MoveReport(List<TableComparison> tables, List<String> notCopied, boolean committed) {

    public MoveReport {
        tables = List.copyOf(tables);
        notCopied = List.copyOf(notCopied);
    }

    public boolean allMatch() {
        return tables.stream().allMatch(TableComparison::matches);
    }

    public long rows() {
        return tables.stream().mapToLong(TableComparison::sourceRows).sum();
    }

    public List<TableComparison> differing() {
        return tables.stream().filter(t -> !t.matches()).toList();
    }
}
