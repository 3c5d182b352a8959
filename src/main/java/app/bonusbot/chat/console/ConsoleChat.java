package app.bonusbot.chat.console;

import app.bonusbot.chat.ChatInput;
import app.bonusbot.chat.ChatOutcome;
import app.bonusbot.chat.ChatSource;
import app.bonusbot.chat.ChatRequest;
import app.bonusbot.chat.ChatTurn;
import app.bonusbot.core.i18n.Texts;
import app.bonusbot.core.command.CommandHandler;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The chat in a terminal: type {@code /bonus status} and read the answer, as a seller would in Slack. The person is
 * fixed when the chat starts, exactly as a chat platform fixes who is typing.
 */
public final class ConsoleChat {

    private final CommandHandler handler;
    private final ChatTurn turn;
    private final ConsoleInbox inbox;
    private final ConsoleFeedback feedback;
    private final ConsoleSurveyResults surveyResults;
    private final ConsoleReport report;
    private final TextRenderer renderer = new TextRenderer();

    public ConsoleChat(CommandHandler handler) {
        this(handler, new ConsoleInbox());
    }

    /** @param inbox scheduled posts and other news, shown after each answer and whenever an empty line is typed */
    public ConsoleChat(CommandHandler handler, ConsoleInbox inbox) {
        this(handler, inbox, null);
    }

    /** @param chartDirectory where charts of survey results and the plan health report's files are written; null to write none */
    public ConsoleChat(CommandHandler handler, ConsoleInbox inbox, Path chartDirectory) {
        this.handler = handler;
        this.turn = new ChatTurn(handler, handler::company);
        this.inbox = inbox;
        this.feedback = new ConsoleFeedback(handler.surveys(), handler::company);
        this.surveyResults = new ConsoleSurveyResults(chartDirectory);
        this.report = new ConsoleReport(chartDirectory);
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
            out.print(feedback.walking(text).orElseGet(() -> respond(personId, text)));
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

    /**
     * A command's outcome as text: {@code /bonus feedback} starts walking through the survey, and the chart of
     * {@code survey results} is written to a file whose path follows the results, as are the full plan health report
     * and its chart after {@code report}. The console has no one to apologise
     * to, so a failure ends the chat with its error as any command of the CLI does.
     */
    private String respond(String personId, String text) {
        ChatOutcome outcome = turn.take(new ChatRequest(ChatSource.CONSOLE, personId, Optional.of(personId), new ChatInput.Typed(text)));
        if (outcome instanceof ChatOutcome.Failed failed) {
            throw failed.cause();
        }
        if (outcome instanceof ChatOutcome.SurveyFormToOpen open) {
            return feedback.start(personId, open.form());
        }
        if (outcome instanceof ChatOutcome.Answered answered) {
            return renderer.render(answered.reply()) + surveyResults.chart(personId, answered.charts())
                    + report.files(answered.report(), handler.company().settings().companyName(), answered.texts());
        }
        if (outcome instanceof ChatOutcome.NotEnrolled notEnrolled) {
            return renderer.render(notEnrolled.reply());
        }
        return renderer.render(((ChatOutcome.Busy) outcome).notice());
    }
}
