package app.bonusbot.imports;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** An import of one kind of CSV file: all of it in one transaction, or nothing and every problem listed. */
public interface CsvImporter {

    /**
     * @param fileName how errors name the file, e.g. {@code deals.csv}
     * @throws IOException when the input cannot be read at all (bad content is reported in the result)
     */
    ImportResult importCsv(String fileName, Reader reader, ImportProgress progress) throws IOException;

    /** Reads the file as UTF-8; errors name it by its file name. */
    default ImportResult importFile(Path file, ImportProgress progress) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return importCsv(file.getFileName().toString(), reader, progress);
        }
    }
}
