package app.bonusbot.chat.console;

import java.util.ArrayList;
import java.util.List;

/**
 * What arrived for the console chat while the person was typing, such as a scheduled team post. The chat shows it
 * after its next answer, so that nothing is printed into the middle of a line being typed.
 */
public final class ConsoleInbox {

    private final List<String> waiting = new ArrayList<>();

    public synchronized void add(String text) {
        waiting.add(text);
    }

    /** Everything that arrived since the last call, in order; empty when nothing did. */
    public synchronized String drain() {
        String all = String.join("\n", waiting);
        waiting.clear();
        return all;
    }
}
