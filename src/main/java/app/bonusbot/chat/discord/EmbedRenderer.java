package app.bonusbot.chat.discord;

import app.bonusbot.core.i18n.Texts;
import app.bonusbot.core.reply.Block;
import app.bonusbot.core.reply.ProgressBar;
import app.bonusbot.core.reply.Reply;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;

/**
 * Renders the neutral reply model as Discord embeds. The header is the first embed's title; each subheading (a plan,
 * a team) opens an embed of its own with its lines (text, progress bars as text, calculation lines) as the description
 * and its fields as inline fields; a divider closes an embed; small print at the very end becomes the last embed's
 * footer and elsewhere a subtext line. Every text is markdown-escaped and cut to Discord's limits; an answer longer
 * than one message allows keeps its first embeds and ends with a note saying the rest is left out.
 */
public final class EmbedRenderer {

    /** Bonusbot's colour down the side of every embed. */
    static final int COLOUR = 0x2E7D5B;
    static final int TITLE = MessageEmbed.TITLE_MAX_LENGTH;
    static final int DESCRIPTION = MessageEmbed.DESCRIPTION_MAX_LENGTH;
    static final int FIELD_NAME = MessageEmbed.TITLE_MAX_LENGTH;
    static final int FIELD_VALUE = MessageEmbed.VALUE_MAX_LENGTH;
    static final int FIELDS = MessageEmbed.MAX_FIELD_AMOUNT;
    static final int FOOTER = MessageEmbed.TEXT_MAX_LENGTH;
    static final int MESSAGE_TOTAL = MessageEmbed.EMBED_MAX_LENGTH_BOT;
    static final int MESSAGE_EMBEDS = Message.MAX_EMBED_COUNT;

    private static final String INDENT = "\u2003\u2003";
    private static final String ALWAYS_ESCAPED = "\\*_`~|[";
    private static final String LINE_START_ESCAPED = "#>-+";

    public DiscordMessage message(Reply reply, Texts texts) {
        Layout layout = new Layout();
        List<Block> blocks = reply.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block instanceof Block.Context c && i == blocks.size() - 1) {
                layout.footer(c.text());
            } else {
                layout.add(block);
            }
        }
        layout.close();
        return new DiscordMessage(reply.summary(), fit(layout.embeds, texts));
    }

    /**
     * Within ten embeds and 6,000 characters. More than ten embeds that are short enough together (someone on many
     * plans) are laid out again as text, so everything still shows; only an answer too long for one message keeps its
     * first embeds and ends with a note. The footer stays last.
     */
    private static List<MessageEmbed> fit(List<EmbedBuilder> embeds, Texts texts) {
        int total = embeds.stream().mapToInt(EmbedBuilder::length).sum();
        if (embeds.size() <= MESSAGE_EMBEDS && total <= MESSAGE_TOTAL) {
            return embeds.stream().map(EmbedBuilder::build).toList();
        }
        if (total <= MESSAGE_TOTAL) {
            List<EmbedBuilder> asText = asText(embeds);
            if (asText.size() <= MESSAGE_EMBEDS && asText.stream().mapToInt(EmbedBuilder::length).sum() <= MESSAGE_TOTAL) {
                return asText.stream().map(EmbedBuilder::build).toList();
            }
        }
        EmbedBuilder last = embeds.get(embeds.size() - 1);
        String footer = last.build().getFooter() == null ? null : last.build().getFooter().getText();
        EmbedBuilder note = new EmbedBuilder().setColor(COLOUR).setDescription(cut(escape(texts.get("discord.truncated")), DESCRIPTION));
        if (footer != null) {
            note.setFooter(footer);
        }
        List<MessageEmbed> kept = new ArrayList<>();
        int used = note.length();
        for (EmbedBuilder embed : embeds) {
            if (kept.size() == MESSAGE_EMBEDS - 1 || used + embed.length() > MESSAGE_TOTAL) {
                break;
            }
            if (embed == last && footer != null) {
                embed.setFooter(null);
            }
            kept.add(embed.build());
            used += embed.length();
        }
        kept.add(note.build());
        return kept;
    }

    /**
     * The same content in as few embeds as descriptions allow: the first title stays a title, later titles become bold
     * lines and fields "name: value" lines, in the order Discord showed them.
     */
    private static List<EmbedBuilder> asText(List<EmbedBuilder> embeds) {
        List<String> lines = new ArrayList<>();
        String title = null;
        String footer = null;
        for (int i = 0; i < embeds.size(); i++) {
            MessageEmbed embed = embeds.get(i).build();
            if (embed.getTitle() != null) {
                if (i == 0) {
                    title = embed.getTitle();
                } else {
                    lines.add("**" + embed.getTitle() + "**");
                }
            }
            if (embed.getDescription() != null && !embed.getDescription().isEmpty()) {
                lines.addAll(List.of(embed.getDescription().split("\n")));
            }
            for (MessageEmbed.Field field : embed.getFields()) {
                boolean named = field.getName() != null && !field.getName().isBlank() && !field.getName().equals("\u200b");
                lines.add(named ? field.getName() + ": " + field.getValue() : field.getValue());
            }
            if (embed.getFooter() != null) {
                footer = embed.getFooter().getText();
            }
        }
        List<EmbedBuilder> packed = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            if (text.length() > 0 && text.length() + 1 + line.length() > DESCRIPTION) {
                packed.add(new EmbedBuilder().setColor(COLOUR).setDescription(text.toString()));
                text.setLength(0);
            }
            text.append(text.length() > 0 ? "\n" : "").append(line);
        }
        packed.add(new EmbedBuilder().setColor(COLOUR).setDescription(text.toString()));
        if (title != null) {
            packed.get(0).setTitle(title);
        }
        if (footer != null) {
            packed.get(packed.size() - 1).setFooter(footer);
        }
        return packed;
    }

    /** Collects embeds; lines wait in {@code lines} until the embed they belong to is closed. */
    private static final class Layout {
        private final List<EmbedBuilder> embeds = new ArrayList<>();
        private final List<String> lines = new ArrayList<>();
        private final List<Block.Field> fields = new ArrayList<>();
        private String title;
        private String heading = "";

        void add(Block block) {
            if (block instanceof Block.Header h) {
                close();
                title = h.text();
                heading = h.text();
            } else if (block instanceof Block.Subheading s) {
                close();
                title = s.text();
                heading = s.text();
            } else if (block instanceof Block.Text t) {
                line(escape(t.text()));
            } else if (block instanceof Block.Progress p) {
                line(progress(p));
            } else if (block instanceof Block.Calculation c) {
                line(calculation(c));
            } else if (block instanceof Block.Fields f) {
                fields.addAll(f.fields());
            } else if (block instanceof Block.Context c) {
                line("-# " + escape(c.text()));
            } else if (block instanceof Block.Divider) {
                close();
            }
        }

        void footer(String text) {
            close();
            if (embeds.isEmpty()) {
                embeds.add(new EmbedBuilder().setColor(COLOUR));
            }
            embeds.get(embeds.size() - 1).setFooter(cut(text, FOOTER));
        }

        /** A line after fields opens an embed of its own, so that it still reads after them, as on every other platform. */
        private void line(String line) {
            if (!fields.isEmpty()) {
                close();
            }
            lines.add(line);
        }

        /** The waiting title, lines and fields as embeds: a description over 4,096 characters or over 25 fields continues in the next. */
        void close() {
            if (title == null && lines.isEmpty() && fields.isEmpty()) {
                return;
            }
            List<String> descriptions = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            for (String line : lines) {
                String l = cut(line, DESCRIPTION);
                if (text.length() > 0 && text.length() + 1 + l.length() > DESCRIPTION) {
                    descriptions.add(text.toString());
                    text.setLength(0);
                }
                text.append(text.length() > 0 ? "\n" : "").append(l);
            }
            if (text.length() > 0 || descriptions.isEmpty()) {
                descriptions.add(text.toString());
            }
            int fieldsPlaced = 0;
            for (int i = 0; i < descriptions.size(); i++) {
                EmbedBuilder embed = new EmbedBuilder().setColor(COLOUR);
                if (i == 0 && title != null) {
                    embed.setTitle(cut(escape(title), TITLE));
                }
                if (!descriptions.get(i).isEmpty()) {
                    embed.setDescription(descriptions.get(i));
                }
                if (i == descriptions.size() - 1) {
                    fieldsPlaced = addFields(embed, 0);
                }
                embeds.add(embed);
            }
            while (fieldsPlaced < fields.size()) {
                EmbedBuilder more = new EmbedBuilder().setColor(COLOUR);
                fieldsPlaced = addFields(more, fieldsPlaced);
                embeds.add(more);
            }
            title = null;
            lines.clear();
            fields.clear();
        }

        private int addFields(EmbedBuilder embed, int from) {
            int to = Math.min(fields.size(), from + FIELDS);
            for (Block.Field f : fields.subList(from, to)) {
                String name = f.label() == null || f.label().isBlank() ? "\u200b" : cut(escape(f.label()), FIELD_NAME);
                embed.addField(name, cut(escape(f.value()), FIELD_VALUE), true);
            }
            return to;
        }

        /** "**Plan**" over "`▰▰▰▱▱` caption"; without the label when the title above already names it. */
        private String progress(Block.Progress p) {
            String bar = "`" + ProgressBar.of(p.ratio()) + "`  " + escape(p.caption());
            boolean named = p.label() == null || p.label().isBlank() || heading.contains(p.label());
            return named ? bar : "**" + escape(p.label()) + "**\n" + bar;
        }
    }

    /** "description — **result**"; lines the core indents (the deals behind a sum) keep their indent. */
    private static String calculation(Block.Calculation c) {
        String description = c.description();
        int spaces = 0;
        while (spaces < description.length() && description.charAt(spaces) == ' ') {
            spaces++;
        }
        String line = (spaces > 0 ? INDENT : "") + escape(description.substring(spaces));
        return c.result() == null || c.result().isBlank() ? line : line + " — **" + escape(c.result()) + "**";
    }

    /**
     * Text as Discord shows it, not as markdown: a backslash before every character that starts formatting (bold,
     * italics, code, strike, spoilers, masked links, escapes themselves) and before a heading, quote or list marker
     * at the start of a line. Names and deal names come from a CRM and survey comments from anyone, so none of them
     * may turn into a link or a heading. Discord drops a backslash before any punctuation, so nothing shows twice.
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        boolean lineStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (ALWAYS_ESCAPED.indexOf(c) >= 0 || (lineStart && LINE_START_ESCAPED.indexOf(c) >= 0)) {
                out.append('\\');
            }
            out.append(c);
            lineStart = c == '\n' || (lineStart && (c == ' ' || c == '\t'));
        }
        return out.toString();
    }

    /** At most {@code max} characters, ending in "…" when cut. */
    static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }
}
