package app.bonusbot.cli;

import app.bonusbot.core.i18n.Texts;
import app.bonusbot.core.payout.PayStatement;
import app.bonusbot.core.payout.PeriodStatements;
import app.bonusbot.core.time.Period;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Collectors;

/** What statements and payroll-export share: the period's statements, each with an employee id, and files written whole. */
final class PayDocuments {

    private PayDocuments() {}

    /** Everyone's statement of the period; refused, naming them, when anyone has no employee id for payroll. */
    static List<PayStatement> of(PeriodStatements source, Period period, Texts texts) {
        List<PayStatement> statements = source.all(period);
        String missing = statements.stream().filter(s -> s.employeeId().isBlank()).map(PayStatement::personId).collect(Collectors.joining(", "));
        if (!missing.isEmpty()) {
            throw new UserError(texts, "cli.error.no_employee_id", missing);
        }
        return statements;
    }

    /** The directory, made when it is not there; refused before anything is written when it cannot be written to. */
    static Path writableDirectory(Path dir, Texts texts) {
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".bonusbot-", ".probe");
            Files.delete(probe);
            return dir;
        } catch (IOException | SecurityException e) {
            throw new UserError(texts, "cli.error.out_not_writable", dir, reason(e));
        }
    }

    /** Writes the file whole or not at all: a reader never finds half a PDF or half an export under its name. */
    static void writeWhole(Path file, byte[] bytes, Texts texts) {
        Path dir = file.toAbsolutePath().getParent();
        Path part = null;
        try {
            Files.createDirectories(dir);
            part = Files.createTempFile(dir, "." + file.getFileName(), ".part");
            Files.write(part, bytes);
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | SecurityException e) {
            if (part != null) {
                try {
                    Files.deleteIfExists(part);
                } catch (IOException ignored) {
                    // The write failed already; that is what the person is told.
                }
            }
            throw new UserError(texts, "cli.error.out_not_writable", file, reason(e));
        }
    }

    private static String reason(Exception e) {
        // Java names only the path when a file stands where the directory should be.
        return e instanceof FileAlreadyExistsException ? "not a directory: " + e.getMessage() : String.valueOf(e.getMessage());
    }
}
