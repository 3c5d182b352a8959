package app.bonusbot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text a person reads in an answer, line by line, without the platform's markup: what Slack shows of a Block
 * Kit message (headers, sections' texts and fields, context elements) and what Discord shows of embeds (titles,
 * descriptions, fields, footers). Lines are trimmed, runs of spaces (and the em spaces of indented lines) become one
 * space, and empty lines go, so that the same answer reads the same whichever platform it came from.
 */
final class VisibleText {

    /**
     * Dates (27 Nov 2026, 27. nov. 2026, 2026-11-27), quarters (Q4 2026) and numbers with their grouping, decimals and
     * per cent sign (441,000.00, 2.543.500,00, 58.8 %, 1.5), in the order they are read.
     */
    private static final Pattern FIGURE = Pattern.compile("\\d{1,2}\\.? \\p{L}{3,9}\\.? \\d{4}|\\d{4}-\\d{2}-\\d{2}|Q[1-4] \\d{4}"
            + "|\\d+(?:[.,]\\d+)*(?: ?%)?");
    private static final Pattern SLACK_BOLD = Pattern.compile("\\*([^*\\n]+)\\*");
    private static final Pattern CODE = Pattern.compile("`([^`\\n]*)`");
    private static final String SMALL_PRINT = "-# ";
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u2003]+");

    private VisibleText() {}

    /** The lines of a Slack message as posted to a response URL ({@code blocks}). */
    static List<String> ofSlack(JsonNode message) {
        List<String> texts = new ArrayList<>();
        for (JsonNode block : message.path("blocks")) {
            String type = block.path("type").asText();
            if (type.equals("header")) {
                texts.add(plain(block.path("text").path("text").asText()));
            } else if (type.equals("section")) {
                if (block.has("text")) {
                    texts.add(mrkdwn(block.path("text").path("text").asText()));
                }
                for (JsonNode field : block.path("fields")) {
                    texts.add(mrkdwn(field.path("text").asText()));
                }
            } else if (type.equals("context")) {
                for (JsonNode element : block.path("elements")) {
                    texts.add(mrkdwn(element.path("text").asText()));
                }
            } else if (!type.equals("divider")) {
                throw new AssertionError("a block this test cannot read: " + block);
            }
        }
        return lines(texts);
    }

    /**
     * The lines of a Discord message's embeds, as sent in the payload of a message or an edit, in the order Discord
     * shows them: each embed's title, description, fields, footer.
     */
    static List<String> ofDiscord(JsonNode message) {
        List<String> texts = new ArrayList<>();
        if (!message.path("content").asText("").isEmpty()) {
            texts.add(discordMarkdown(message.path("content").asText()));
        }
        for (JsonNode embed : message.path("embeds")) {
            texts.add(discordMarkdown(embed.path("title").asText("")));
            for (String line : embed.path("description").asText("").split("\n", -1)) {
                texts.add(discordMarkdown(line));
            }
            for (JsonNode field : embed.path("fields")) {
                texts.add(discordMarkdown(field.path("name").asText()));
                texts.add(discordMarkdown(field.path("value").asText()));
            }
            // Discord shows a footer as it is: no markdown there.
            texts.add(embed.path("footer").path("text").asText(""));
        }
        return lines(texts);
    }

    /** The figures of some lines in order: amounts, percentages, dates and quarters. */
    static List<String> figures(List<String> lines) {
        List<String> figures = new ArrayList<>();
        for (String line : lines) {
            Matcher m = FIGURE.matcher(line);
            while (m.find()) {
                figures.add(m.group().strip());
            }
        }
        return figures;
    }

    /** Slack's plain_text objects: only the three entities are escaped. */
    private static String plain(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    /** Slack mrkdwn as the renderer writes it: *bold* and `code` around text that is itself entity-escaped. */
    private static String mrkdwn(String text) {
        String unbolded = SLACK_BOLD.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        return plain(CODE.matcher(unbolded).replaceAll(m -> Matcher.quoteReplacement(m.group(1))));
    }

    /**
     * Discord markdown as shown: a backslash makes the next character literal; unescaped {@code **} and backticks
     * are formatting; {@code -# } at the start of a line makes it small print.
     */
    private static String discordMarkdown(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean lineStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (lineStart && text.startsWith(SMALL_PRINT, i)) {
                i += 2;
                continue;
            }
            if (c == '\\' && i + 1 < text.length() && isPunctuation(text.charAt(i + 1))) {
                out.append(text.charAt(++i));
                lineStart = false;
                continue;
            }
            if (c == '`' || (c == '*' && i + 1 < text.length() && text.charAt(i + 1) == '*')) {
                i += c == '*' ? 1 : 0;
                continue;
            }
            out.append(c);
            lineStart = c == '\n';
        }
        return out.toString();
    }

    private static boolean isPunctuation(char c) {
        return c < 128 && !Character.isLetterOrDigit(c) && !Character.isWhitespace(c);
    }

    private static List<String> lines(List<String> texts) {
        List<String> lines = new ArrayList<>();
        for (String text : texts) {
            for (String line : text.split("\n", -1)) {
                String normal = SPACES.matcher(line.replace("\u200b", "")).replaceAll(" ").strip();
                if (!normal.isEmpty()) {
                    lines.add(normal);
                }
            }
        }
        return lines;
    }
}
