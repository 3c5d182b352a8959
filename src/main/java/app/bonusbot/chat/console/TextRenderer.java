package app.bonusbot.chat.console;

import app.bonusbot.core.reply.Block;
import app.bonusbot.core.reply.ProgressBar;
import app.bonusbot.core.reply.Reply;
import java.util.List;

/** Renders the neutral reply model as plain text for a terminal. */
public final class TextRenderer {

    private static final int WIDTH = 78;

    public String render(Reply reply) {
        StringBuilder out = new StringBuilder();
        List<Block> blocks = reply.blocks();
        String heading = "";
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block instanceof Block.Header h) {
                heading = h.text();
                out.append(h.text()).append('\n').append("=".repeat(Math.min(WIDTH, h.text().length()))).append('\n');
            } else if (block instanceof Block.Subheading s) {
                heading = s.text();
                out.append('\n').append(s.text()).append('\n');
            } else if (block instanceof Block.Text t) {
                out.append(t.text()).append('\n');
            } else if (block instanceof Block.Fields f) {
                fields(out, f.fields());
            } else if (block instanceof Block.Progress p) {
                String label = shownLabel(p, heading);
                out.append("  ");
                if (!label.isEmpty()) {
                    out.append(label).append(" ".repeat(labelWidth(blocks, i, heading) - label.length())).append("  ");
                }
                out.append(ProgressBar.of(p.ratio())).append("  ").append(p.caption()).append('\n');
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

    /**
     * A bar's label unless the heading above already names it (a plan's status), so that several bars under one
     * heading (a team member's plans) say which is which.
     */
    private static String shownLabel(Block.Progress p, String heading) {
        return p.label() == null || p.label().isBlank() || heading.contains(p.label()) ? "" : p.label();
    }

    /** The widest shown label among the run of bars this one belongs to, so their bars line up. */
    private static int labelWidth(List<Block> blocks, int index, String heading) {
        int first = index;
        while (first > 0 && blocks.get(first - 1) instanceof Block.Progress) {
            first--;
        }
        int width = 0;
        for (int i = first; i < blocks.size() && blocks.get(i) instanceof Block.Progress p; i++) {
            width = Math.max(width, shownLabel(p, heading).length());
        }
        return width;
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
