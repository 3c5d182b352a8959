package app.bonusbot.core.text;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the name someone probably meant, for "did you mean" hints on typos in configuration, commands and chat. */
public final class NearestName {

    private NearestName() {}

    public static Optional<String> among(String typed, Collection<String> names) {
        String t = typed.toLowerCase(Locale.ROOT);
        // Short words need a closer match, or every three-letter typo would "mean" every other three-letter word.
        int allowed = Math.min(2, Math.max(1, t.length() / 3));
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String name : names) {
            int d = distance(t, name.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = name;
                bestDistance = d;
            }
        }
        return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /** " (did you mean 'x'?)", or nothing. */
    public static String hint(String typed, Collection<String> names) {
        return among(typed, names).map(n -> " (did you mean '" + n + "'?)").orElse("");
    }

    /** Levenshtein distance. */
    public static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
