package app.bonusbot.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Every date typed on the command line ({@code --today} of every command): a real calendar day written
 * YYYY-MM-DD, or a usage error that says so in those words instead of naming Java's parse exception.
 */
final class TypedDate implements ITypeConverter<LocalDate> {

    @Override
    public LocalDate convert(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("\"" + text + "\" is not a date; use YYYY-MM-DD");
        }
    }
}
