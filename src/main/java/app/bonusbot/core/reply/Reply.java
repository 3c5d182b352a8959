package app.bonusbot.core.reply;

import java.util.ArrayList;
import java.util.List;

/**
 * A platform-neutral answer. Answers to commands are always private to the person who asked; adapters send them
 * ephemerally or by DM.
 *
 * @param summary a one-line plain text version, for notifications and platforms that need a fallback text
 */
public record Reply(String summary, List<Block> blocks) {

    public Reply {
        blocks = List.copyOf(blocks);
    }

    /** This reply with a line of small print under it (a note on where a chart went, an id sales ops needs). */
    public Reply withContext(String text) {
        List<Block> more = new ArrayList<>(blocks);
        more.add(new Block.Context(text));
        return new Reply(summary, more);
    }

    public static Builder builder(String summary) {
        return new Builder(summary);
    }

    /** Collects blocks in order. */
    public static final class Builder {
        private final String summary;
        private final List<Block> blocks = new ArrayList<>();

        private Builder(String summary) {
            this.summary = summary;
        }

        public Builder header(String text) {
            return add(new Block.Header(text));
        }

        public Builder subheading(String text) {
            return add(new Block.Subheading(text));
        }

        public Builder text(String text) {
            return add(new Block.Text(text));
        }

        public Builder fields(List<Block.Field> fields) {
            return add(new Block.Fields(fields));
        }

        public Builder progress(String label, java.math.BigDecimal ratio, String caption) {
            return add(new Block.Progress(label, ratio, caption));
        }

        public Builder calculation(String description, String result) {
            return add(new Block.Calculation(description, result));
        }

        public Builder context(String text) {
            return add(new Block.Context(text));
        }

        public Builder divider() {
            return add(new Block.Divider());
        }

        public Builder add(Block block) {
            blocks.add(block);
            return this;
        }

        public Reply build() {
            return new Reply(summary, blocks);
        }
    }
}
