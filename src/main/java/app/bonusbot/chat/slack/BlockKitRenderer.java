package app.bonusbot.chat.slack;

import app.bonusbot.core.i18n.Texts;
import app.bonusbot.core.reply.Block;
import app.bonusbot.core.reply.ProgressBar;
import app.bonusbot.core.reply.Reply;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.DividerBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.composition.TextObject;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders the neutral reply model as Block Kit. A plan's title, its progress bars and calculation lines share one
 * section, with the plan's fields beside them, so that a long answer still fits Slack's block limits; a header stays
 * a header and small print (the "figures as of" line) a context block. Every text is escaped and cut to Slack's
 * limits; an answer with too many blocks keeps its first blocks and its closing context line, with a note between.
 */
public final class BlockKitRenderer {

    /** Slack's limits: blocks in a message and in a view, and characters in each kind of text. */
    public static final int MESSAGE_BLOCKS = 50;
    public static final int VIEW_BLOCKS = 100;
    static final int HEADER_TEXT = 150;
    static final int SECTION_TEXT = 3000;
    static final int FIELD_TEXT = 2000;
    static final int FIELDS_PER_SECTION = 10;
    static final int CONTEXT_TEXT = 2000;
    static final int FALLBACK_TEXT = 3000;

    private static final String INDENT = "\u2003\u2003";

    /** A message: the reply's blocks within {@link #MESSAGE_BLOCKS}, and its summary as the fallback text. */
    public SlackMessage message(Reply reply, Texts texts) {
        return new SlackMessage(SlackText.escapeWithin(reply.summary(), FALLBACK_TEXT), blocks(reply.blocks(), MESSAGE_BLOCKS, texts));
    }

    /** The blocks of a reply (or of several, e.g. for the Home tab), at most {@code limit}. */
    public List<LayoutBlock> blocks(List<Block> reply, int limit, Texts texts) {
        Layout layout = new Layout();
        for (Block block : reply) {
            layout.add(block);
        }
        layout.flush(List.of());
        return fit(layout.blocks, limit, texts);
    }

    private static List<LayoutBlock> fit(List<LayoutBlock> blocks, int limit, Texts texts) {
        if (blocks.size() <= limit) {
            return blocks;
        }
        LayoutBlock last = blocks.get(blocks.size() - 1);
        boolean keepLast = last instanceof ContextBlock;
        List<LayoutBlock> kept = new ArrayList<>(blocks.subList(0, limit - (keepLast ? 2 : 1)));
        while (!kept.isEmpty() && kept.get(kept.size() - 1) instanceof DividerBlock) {
            kept.remove(kept.size() - 1);
        }
        kept.add(context(SlackText.escapeWithin(texts.get("slack.truncated"), CONTEXT_TEXT)));
        if (keepLast) {
            kept.add(last);
        }
        return kept;
    }

    /** Collects blocks; lines wait in {@code lines} until something that cannot join their section comes. */
    private static final class Layout {
        private final List<LayoutBlock> blocks = new ArrayList<>();
        private final List<String> lines = new ArrayList<>();
        private String heading = "";

        void add(Block block) {
            if (block instanceof Block.Header h) {
                flush(List.of());
                heading = h.text();
                blocks.add(HeaderBlock.builder()
                        .text(PlainTextObject.builder().text(SlackText.escapeWithin(h.text(), HEADER_TEXT)).build())
                        .build());
            } else if (block instanceof Block.Subheading s) {
                flush(List.of());
                heading = s.text();
                line("*" + SlackText.escape(s.text()) + "*");
            } else if (block instanceof Block.Text t) {
                line(SlackText.escape(t.text()));
            } else if (block instanceof Block.Progress p) {
                line(progress(p));
            } else if (block instanceof Block.Calculation c) {
                line(calculation(c));
            } else if (block instanceof Block.Fields f) {
                flush(f.fields().stream().map(BlockKitRenderer::field).toList());
            } else if (block instanceof Block.Context c) {
                flush(List.of());
                blocks.add(context(SlackText.escapeWithin(c.text(), CONTEXT_TEXT)));
            } else if (block instanceof Block.Divider) {
                flush(List.of());
                blocks.add(DividerBlock.builder().build());
            }
        }

        private void line(String line) {
            lines.add(SlackText.cut(line, SECTION_TEXT));
        }

        /** The waiting lines as sections of at most 3,000 characters; the fields go with the last of them. */
        void flush(List<TextObject> fields) {
            List<String> texts = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            for (String line : lines) {
                if (text.length() > 0 && text.length() + 1 + line.length() > SECTION_TEXT) {
                    texts.add(text.toString());
                    text.setLength(0);
                }
                if (text.length() > 0) {
                    text.append('\n');
                }
                text.append(line);
            }
            if (text.length() > 0) {
                texts.add(text.toString());
            }
            lines.clear();
            for (int i = 0; i < texts.size() - 1; i++) {
                blocks.add(SectionBlock.builder().text(mrkdwn(texts.get(i))).build());
            }
            String last = texts.isEmpty() ? null : texts.get(texts.size() - 1);
            if (fields.isEmpty()) {
                if (last != null) {
                    blocks.add(SectionBlock.builder().text(mrkdwn(last)).build());
                }
                return;
            }
            for (int from = 0; from < fields.size(); from += FIELDS_PER_SECTION) {
                SectionBlock.SectionBlockBuilder section = SectionBlock.builder()
                        .fields(new ArrayList<>(fields.subList(from, Math.min(fields.size(), from + FIELDS_PER_SECTION))));
                if (from == 0 && last != null) {
                    section.text(mrkdwn(last));
                }
                blocks.add(section.build());
            }
        }

        /** "*Plan*" over "`▰▰▰▱▱` caption"; without the label when the heading above already names it. */
        private String progress(Block.Progress p) {
            String bar = "`" + ProgressBar.of(p.ratio()) + "`  " + SlackText.escape(p.caption());
            boolean named = p.label() == null || p.label().isBlank() || heading.contains(p.label());
            return named ? bar : "*" + SlackText.escape(p.label()) + "*\n" + bar;
        }
    }

    /** "description — *result*"; lines the core indents (the deals behind a sum) keep their indent. */
    private static String calculation(Block.Calculation c) {
        String description = c.description();
        int spaces = 0;
        while (spaces < description.length() && description.charAt(spaces) == ' ') {
            spaces++;
        }
        String line = (spaces > 0 ? INDENT : "") + SlackText.escape(description.substring(spaces));
        return c.result() == null || c.result().isBlank() ? line : line + " — *" + SlackText.escape(c.result()) + "*";
    }

    private static TextObject field(Block.Field f) {
        String label = f.label() == null || f.label().isBlank() ? "" : "*" + SlackText.escape(f.label()) + "*\n";
        return mrkdwn(SlackText.cut(label + SlackText.escape(f.value()), FIELD_TEXT));
    }

    private static ContextBlock context(String escaped) {
        return ContextBlock.builder().elements(List.of(mrkdwn(escaped))).build();
    }

    private static MarkdownTextObject mrkdwn(String escaped) {
        return MarkdownTextObject.builder().text(escaped).build();
    }
}
