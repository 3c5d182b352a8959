package app.bonusbot.config;

/**
 * One thing wrong in bot-config/, located precisely enough for an admin to fix it without guessing.
 *
 * @param file the file name relative to the config directory (or the directory itself when it is missing)
 * @param line 1-based line of the offending node; 0 when the problem is about the whole file
 * @param path the field, written like {@code plans[2].bands[1].from} with 0-based indexes; empty for the whole file
 */
public record ConfigProblem(String file, int line, String path, String message) {

    /** {@code plans.yaml:14 plans[2].bands[1].from: must be ≥ the previous band's to}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) {
            s.append(':').append(line);
        }
        if (!path.isEmpty()) {
            s.append(' ').append(path);
        }
        return s.append(": ").append(message).toString();
    }
}
