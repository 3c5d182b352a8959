package app.bonusbot.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a whole CLI run (its standard output and standard error) is in one language: it holds no word that only
 * the other language has. The markers are short everyday words a sentence can hardly do without, and none of them
 * is part of a name in the demo company (Anna Holm, Nordics new business, DACH, Customer success &amp; renewals).
 */
final class OneLanguage {

    private static final List<String> ENGLISH = List.of("the", "is", "was", "not", "and", "has", "with", "until", "week", "posted",
            "error", "rows", "inserted", "updated", "unchanged", "rejected", "nothing", "would", "direct", "message", "channel", "dry",
            "did", "you", "mean", "round", "opened", "closed", "problem", "problems", "chart", "no", "manages", "more", "than", "written");
    private static final List<String> DANISH = List.of("og", "af", "ikke", "er", "blev", "uge", "fejl", "runde", "indsat", "opdateret",
            "uændret", "afvist", "kanal", "besked", "prøvekørsel", "mente", "du", "intet", "ingen", "til", "med", "lukket", "åbnet", "indtil",
            "diagram", "hold", "rækker", "skrevet", "mere", "end");

    private OneLanguage() {}

    static void assertDanish(InProcessCli.Run run) {
        assertNone(ENGLISH, "English", run.out() + run.err(), run);
    }

    static void assertEnglish(InProcessCli.Run run) {
        assertNone(DANISH, "Danish", run.out() + run.err(), run);
    }

    static void assertDanish(String text) {
        assertNone(ENGLISH, "English", text, text);
    }

    static void assertEnglish(String text) {
        assertNone(DANISH, "Danish", text, text);
    }

    private static void assertNone(List<String> markers, String language, String text, Object shown) {
        Pattern words = Pattern.compile("(?iU)\\b(" + String.join("|", markers) + ")\\b");
        Matcher found = words.matcher(text);
        if (found.find()) {
            int from = text.lastIndexOf('\n', found.start()) + 1;
            int to = text.indexOf('\n', found.end());
            fail(language + " word '" + found.group() + "' in: " + text.substring(from, to < 0 ? text.length() : to) + "\n" + shown);
        }
    }
}
