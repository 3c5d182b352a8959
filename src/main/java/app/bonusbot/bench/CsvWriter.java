package app.bonusbot.bench;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes RFC 4180 CSV, quoting only the cells that need it, as a spreadsheet or CRM export would. */
final class CsvWriter implements Closeable {

    private final BufferedWriter out;
    private final StringBuilder line = new StringBuilder(256);

    CsvWriter(Path file) throws IOException {
        this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

    void row(List<String> cells) throws IOException {
        line.setLength(0);
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            cell(cells.get(i));
        }
        line.append('\n');
        out.append(line);
    }

    private void cell(String value) {
        if (value == null) {
            return;
        }
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf(';') < 0) {
            line.append(value);
            return;
        }
        line.append('"').append(value.replace("\"", "\"\"")).append('"');
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
