package app.bonusbot.core.reply;

import java.math.BigDecimal;
import java.util.List;

/** A piece of a reply. Each chat adapter renders these in its own way (Block Kit, embeds, plain text). */
public sealed interface Block {

    /** A title line. */
    record Header(String text) implements Block {}

    /** The title of one part of a reply, such as a plan. */
    record Subheading(String text) implements Block {}

    /** A paragraph of text. */
    record Text(String text) implements Block {}

    /** Label/value pairs shown side by side where the platform can. */
    record Fields(List<Field> fields) implements Block {
        public Fields {
            fields = List.copyOf(fields);
        }
    }

    /**
     * A progress bar: {@code ratio} 1 is full (attainment 100 %); above 1 the bar is full and the caption says by
     * how much.
     */
    record Progress(String label, BigDecimal ratio, String caption) implements Block {}

    /** Small print: as-of dates, hints. */
    record Context(String text) implements Block {}

    /** A line of calculation: what is computed and the result, for explanations. */
    record Calculation(String description, String result) implements Block {}

    record Divider() implements Block {}

    record Field(String label, String value) {}
}
