package app.bonusbot.reporthtml;

import java.util.ArrayList;
import java.util.List;

/**
 * Tables of the page: a header row and rows of cells. A cell may carry a {@code data-figure} name, so a reader of the
 * file (or a test) finds a figure by what it is, not by where it stands.
 */
final class Tables {

    /** @param figure empty for a cell that is no figure of its own */
    record Cell(String text, String figure, boolean hidden) {
        static Cell of(String text) {
            return new Cell(text, "", false);
        }

        static Cell figure(String figure, String text) {
            return new Cell(text, figure, false);
        }
    }

    private Tables() {}

    static void table(Html html, String cssClass, List<String> headers, List<List<Cell>> rows) {
        html.open("table", "class", cssClass).open("thead").open("tr");
        headers.forEach(h -> html.element("th", h, "scope", "col"));
        html.close("tr").close("thead").open("tbody");
        for (List<Cell> row : rows) {
            html.open("tr");
            for (int i = 0; i < row.size(); i++) {
                Cell cell = row.get(i);
                String tag = i == 0 ? "th" : "td";
                List<String> attributes = new ArrayList<>();
                if (!cell.figure().isEmpty()) {
                    attributes.addAll(List.of("data-figure", cell.figure()));
                }
                if (cell.hidden()) {
                    attributes.addAll(List.of("class", "hidden-slice"));
                }
                html.element(tag, cell.text(), attributes.toArray(String[]::new));
            }
            html.close("tr");
        }
        html.close("tbody").close("table");
    }
}
