package app.bonusbot.chat.slack;

/**
 * Text as Slack shows it. Slack reads {@code &}, {@code <} and {@code >} as the start of links, mentions and
 * entities, so text from people and plans is escaped before it goes into any text object; and every text object has a
 * length limit, so long text is cut with an ellipsis, never inside an entity or a character.
 */
final class SlackText {

    private static final String ELLIPSIS = "…";

    private SlackText() {}

    static String escape(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(raw.length() + 8);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '&') {
                out.append("&amp;");
            } else if (c == '<') {
                out.append("&lt;");
            } else if (c == '>') {
                out.append("&gt;");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static String escapeWithin(String raw, int max) {
        return cut(escape(raw), max);
    }

    /** Already escaped text, at most {@code max} characters long. */
    static String cut(String escaped, int max) {
        if (escaped.length() <= max) {
            return escaped;
        }
        int end = max - ELLIPSIS.length();
        int amp = escaped.lastIndexOf('&', end - 1);
        if (amp >= 0 && amp > end - "&amp;".length()) {
            int semicolon = escaped.indexOf(';', amp);
            if (semicolon >= end) {
                end = amp;
            }
        }
        if (end > 0 && Character.isHighSurrogate(escaped.charAt(end - 1))) {
            end--;
        }
        return escaped.substring(0, end) + ELLIPSIS;
    }
}
