package app.bonusbot.console;

import app.bonusbot.core.i18n.Texts;
import app.bonusbot.core.command.CommandHandler;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * The chat in a terminal: type {@code /bonus status} and read the answer, as a seller would in Slack. The person is
 * fixed when the chat starts, exactly as a chat platform fixes who is typing.
 */
public final class ConsoleChat {

    private final CommandHandler handler;
    private final ConsoleInbox inbox;
    private final ConsoleFeedback feedback;
    private final ConsoleSurveyResults surveyResults;
    private final TextRenderer renderer = new TextRenderer();

    public ConsoleChat(CommandHandler handler) {
        this(handler, new ConsoleInbox());
    }

    /** @param inbox scheduled posts and other news, shown after each answer and whenever an empty line is typed */
    public ConsoleChat(CommandHandler handler, ConsoleInbox inbox) {
        this(handler, inbox, null);
    }

    /** @param chartDirectory where charts of survey results are written; null to write none */
    public ConsoleChat(CommandHandler handler, ConsoleInbox inbox, Path chartDirectory) {
        this.handler = handler;
        this.inbox = inbox;
        this.feedback = new ConsoleFeedback(handler.surveys());
        this.surveyResults = new ConsoleSurveyResults(handler.surveys(), chartDirectory);
    }

    /** Reads commands until end of input or {@code /quit}. */
    public void run(String personId, String personName, BufferedReader in, PrintStream out) throws IOException {
        // The chat is the person's: its first line is in their language, like every answer after it.
        out.println(Texts.of(handler.languageOf(personId)).get("cli.console.banner", personName, personId));
        while (true) {
            out.print("> ");
            out.flush();
            String line = in.readLine();
            if (line == null) {
                out.println();
                return;
            }
            String text = line.trim();
            if (text.isEmpty()) {
                showWaiting(out);
                continue;
            }
            if (text.equalsIgnoreCase("/quit") || text.equalsIgnoreCase("/exit") || text.equalsIgnoreCase("quit") || text.equalsIgnoreCase("exit")) {
                return;
            }
            // /bonus feedback asks one question per line until the survey is done; other lines are commands.
            out.print(feedback.handle(personId, text).or(() -> surveyResults.handle(personId, text)).orElseGet(() -> answer(personId, text)));
            out.println();
            showWaiting(out);
        }
    }

    private void showWaiting(PrintStream out) {
        String waiting = inbox.drain();
        if (!waiting.isEmpty()) {
            out.print(waiting);
            out.println();
        }
    }

    /** One command's answer as text. */
    public String answer(String personId, String text) {
        return renderer.render(handler.handle(personId, text));
    }
}
