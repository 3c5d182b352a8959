package app.bonusbot.console;

import app.bonusbot.core.reply.Block;
import app.bonusbot.core.reply.ProgressBar;
import app.bonusbot.core.reply.Reply;
import java.util.List;

/** Renders the neutral reply model as plain text for a terminal. */
public final class TextRenderer {

    private static final int WIDTH = 78;

    public String render(Reply reply) {
        StringBuilder out = new StringBuilder();
        for (Block block : reply.blocks()) {
            if (block instanceof Block.Header h) {
                out.append(h.text()).append('\n').append("=".repeat(Math.min(WIDTH, h.text().length()))).append('\n');
            } else if (block instanceof Block.Subheading s) {
                out.append('\n').append(s.text()).append('\n');
            } else if (block instanceof Block.Text t) {
                out.append(t.text()).append('\n');
            } else if (block instanceof Block.Fields f) {
                fields(out, f.fields());
            } else if (block instanceof Block.Progress p) {
                out.append("  ").append(ProgressBar.of(p.ratio())).append("  ").append(p.caption()).append('\n');
            } else if (block instanceof Block.Calculation c) {
                calculation(out, c);
            } else if (block instanceof Block.Context c) {
                out.append("  · ").append(c.text()).append('\n');
            } else if (block instanceof Block.Divider) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static void fields(StringBuilder out, List<Block.Field> fields) {
        int labelWidth = fields.stream().mapToInt(f -> f.label().length()).max().orElse(0);
        for (Block.Field f : fields) {
            out.append("  ").append(f.label()).append(": ").append(" ".repeat(labelWidth - f.label().length())).append(f.value()).append('\n');
        }
    }

    private static void calculation(StringBuilder out, Block.Calculation c) {
        String left = "  " + c.description();
        if (c.result().isEmpty()) {
            out.append(left).append('\n');
            return;
        }
        int dots = WIDTH - left.length() - c.result().length() - 2;
        if (dots < 2) {
            out.append(left).append('\n').append(" ".repeat(Math.max(2, WIDTH - c.result().length()))).append(c.result()).append('\n');
        } else {
            out.append(left).append(' ').append(".".repeat(dots)).append(' ').append(c.result()).append('\n');
        }
    }
}
