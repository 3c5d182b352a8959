package app.bonusbot.chat.slack;

import app.bonusbot.chart.ReportChart;
import app.bonusbot.chart.SurveyResultsChart;
import app.bonusbot.chat.ChatFailure;
import app.bonusbot.chat.ChatInput;
import app.bonusbot.chat.ChatOutcome;
import app.bonusbot.chat.ChatSource;
import app.bonusbot.chat.ChatRequest;
import app.bonusbot.chat.ChatTurn;
import app.bonusbot.chat.OwedAnswers;
import app.bonusbot.chat.RecentIds;
import app.bonusbot.core.command.CommandHandler;
import app.bonusbot.core.company.Company;
import app.bonusbot.core.i18n.Texts;
import app.bonusbot.core.reply.Reply;
import app.bonusbot.core.report.HealthReport;
import app.bonusbot.reporthtml.ReportPage;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /bonus}: acknowledged at once with an empty body, so Slack shows nothing until the answer; the answer is
 * worked out on the executor and posted to the command's response URL as an ephemeral message (only the caller sees
 * it). If the response URL no longer takes it (it expires after 30 minutes), the answer goes to the caller as a direct
 * message from the bot, which is just as private. The chart of {@code survey results}, and the main chart and HTML file
 * of {@code report}, follow in that direct message.
 * A trigger id seen before is a retry: acknowledged, not answered again.
 *
 * <p>Before the ack the answer is recorded as owed ({@link OwedAnswers}), in the same store step as the trigger id's
 * claim, and forgotten once delivered: when this process dies in between, another bot process on the store answers it
 * through the response URL.
 */
final class BonusSlashCommand implements SlashCommandHandler {

    private static final Logger log = LoggerFactory.getLogger(BonusSlashCommand.class);
    /** The platform's name for deliveries and answers owed in the store. */
    static final String PLATFORM = "slack";
    /** A response URL takes answers for 30 minutes after the command; an answer owed longer is not given. */
    static final Duration ANSWERABLE_FOR = Duration.ofMinutes(30);
    /** A Slack mention as a command's text carries it with "escape users" on: {@code <@U0ANNA01|anna>}. */
    private static final Pattern MENTION = Pattern.compile("<@([UW][A-Z0-9]+)(?:\\|[^>]*)?>");

    private final SlackApi api;
    private final ChatTurn turn;
    private final SlackPeople people;
    private final BlockKitRenderer renderer = new BlockKitRenderer();
    private final RecentIds deliveries;
    private final Executor executor;
    private final SlackFiles files;
    private final OwedAnswers owed;
    private final Supplier<Company> company;

    BonusSlashCommand(SlackApi api, CommandHandler commands, Supplier<Company> company, SlackPeople people,
            RecentIds deliveries, Executor executor, OwedAnswers owed) {
        this.api = api;
        this.turn = new ChatTurn(commands, company);
        this.people = people;
        this.deliveries = deliveries;
        this.executor = executor;
        this.files = new SlackFiles(api);
        this.owed = owed;
        this.company = company;
    }

    /**
     * Answers a command another bot process acknowledged and died before answering, then forgets it. On the executor
     * when it has room, else at once on the caller's thread: the answer is this process's now, nobody else takes it.
     */
    void answerForTheDead(OwedAnswers.Owed command) {
        log.info("/bonus from {}: answering it for a bot process that stopped before it could", command.userId());
        try {
            executor.execute(() -> answerOwed(command));
        } catch (RejectedExecutionException e) {
            answerOwed(command);
        }
    }

    private void answerOwed(OwedAnswers.Owed command) {
        try {
            answer(command.userId(), command.text(), command.responseUrl());
        } finally {
            owed.answered(command);
        }
    }

    @Override
    public Response apply(SlashCommandRequest request, SlashCommandContext ctx) {
        SlashCommandPayload payload = request.getPayload();
        String userId = payload.getUserId();
        String text = payload.getText() == null ? "" : payload.getText();
        String responseUrl = payload.getResponseUrl();
        OwedAnswers.Owed command = payload.getTriggerId() == null || responseUrl == null || responseUrl.isBlank() ? null
                : new OwedAnswers.Owed(PLATFORM, payload.getTriggerId(), userId, text, responseUrl);
        if (payload.getTriggerId() != null && !firstTime(payload.getTriggerId(), command)) {
            String retry = request.getHeaders() == null ? null : request.getHeaders().getFirstValue("X-Slack-Retry-Num");
            log.info("/bonus from {} delivered again (retry {}): already being answered", userId, retry == null ? "?" : retry);
            return ctx.ack();
        }
        try {
            executor.execute(command == null ? () -> answer(userId, text, responseUrl) : () -> answerOwed(command));
        } catch (RejectedExecutionException e) {
            log.warn("/bonus from {}: no worker free, asked to try again", userId);
            if (command != null) {
                owed.answered(command);
            }
            return ctx.ack(ephemeral(message(turn.busy())));
        }
        return ctx.ack();
    }

    /** The trigger id's claim, recording the answer as owed in the same store step when there is a response URL to answer at. */
    private boolean firstTime(String triggerId, OwedAnswers.Owed command) {
        if (command == null) {
            return deliveries.firstTime("command", triggerId);
        }
        return deliveries.firstTime("command", triggerId, keepUntil -> owed.claim(command, "command", keepUntil));
    }

    private void answer(String userId, String text, String responseUrl) {
        ChatOutcome outcome = turn.take(() -> new ChatRequest(ChatSource.SLACK, userId, Optional.ofNullable(people.personId(userId)),
                new ChatInput.Typed(withPersonIds(text == null ? "" : text))));
        if (outcome instanceof ChatOutcome.Failed failed) {
            ChatFailure.log(log, "/bonus from " + userId, failed.cause());
        }
        try {
            deliver(userId, responseUrl, message(outcome));
        } catch (RuntimeException e) {
            // Only our own exception's message is known to hold no response URL (a secret).
            log.error("/bonus from {}: the answer could not be delivered ({})", userId,
                    e instanceof SlackCallException ? e.getMessage() : e.getClass().getSimpleName());
            return;
        }
        if (outcome instanceof ChatOutcome.Answered answered && !answered.charts().isEmpty()) {
            shareCharts(userId, answered);
        }
        if (outcome instanceof ChatOutcome.Answered answered && answered.report().isPresent()) {
            shareReport(userId, answered, answered.report().get());
        }
    }

    private static void logFailure(String userId, RuntimeException e) {
        if (ChatFailure.isBusy(e)) {
            log.warn("/bonus from {}: the database stayed busy with another writer ({}); asked to try again", userId, e.getMessage());
        } else {
            log.error("/bonus from {} failed", userId, e);
        }
    }

    /**
     * The outcome as Slack shows it. {@code /bonus feedback} alone is the open survey with its answer buttons,
     * privately, as the direct message has it; a click replaces this ephemeral message like the direct message's.
     */
    private SlackMessage message(ChatOutcome outcome) {
        Texts texts = outcome.texts();
        if (outcome instanceof ChatOutcome.Answered answered) {
            Reply reply = answered.report().isPresent() ? answered.reply().withContext(texts.get("slack.report_in_dm"))
                    : answered.charts().isEmpty() ? answered.reply() : answered.reply().withContext(texts.get("slack.chart_in_dm"));
            return renderer.message(reply, texts);
        }
        if (outcome instanceof ChatOutcome.SurveyFormToOpen form) {
            return SlackSurveyMessage.of(form.form(), Optional.empty(), texts);
        }
        if (outcome instanceof ChatOutcome.NotEnrolled notEnrolled) {
            return renderer.message(notEnrolled.reply(), texts);
        }
        if (outcome instanceof ChatOutcome.Busy busy) {
            return renderer.message(busy.notice(), texts);
        }
        return renderer.message(((ChatOutcome.Failed) outcome).notice(), texts);
    }

    /**
     * Files cannot be ephemeral, so the chart goes where only the caller reads it: their direct messages with the bot,
     * introduced by the reply's summary line.
     */
    private void shareCharts(String userId, ChatOutcome.Answered answer) {
        try {
            byte[] png = new SurveyResultsChart().png(answer.charts());
            String title = answer.reply().summary();
            ChatPostMessageResponse dm = api.postMessage(userId, renderer.message(Reply.builder(title).text(title).build(), answer.texts()));
            files.sharePng(dm.getChannel(), "survey-results.png", title, title, png);
        } catch (RuntimeException e) {
            log.warn("/bonus from {}: the survey results went out, their chart did not ({})", userId,
                    e instanceof SlackCallException ? e.getMessage() : e.getClass().getSimpleName());
        }
    }

    /**
     * The report's main chart and the full report as an HTML file, in the admin's direct messages with the bot (files
     * cannot be ephemeral), introduced by the summary line.
     */
    private void shareReport(String userId, ChatOutcome.Answered answer, HealthReport report) {
        try {
            String title = answer.reply().summary();
            ChatPostMessageResponse dm = api.postMessage(userId, renderer.message(Reply.builder(title).text(title).build(), answer.texts()));
            String page = ReportPage.fileName(report);
            Optional<byte[]> png = new ReportChart().png(report, answer.texts().language());
            if (png.isPresent()) {
                files.sharePng(dm.getChannel(), page.replace(".html", ".png"), title, title, png.get());
            }
            byte[] html = new ReportPage(company.get().settings().companyName()).bytes(report, answer.texts().language());
            files.share(dm.getChannel(), page, title, null, html, "text/html; charset=utf-8");
        } catch (RuntimeException e) {
            log.warn("/bonus from {}: the report's summary went out, its chart or file did not ({})", userId,
                    e instanceof SlackCallException ? e.getMessage() : e.getClass().getSimpleName());
        }
    }

    private void deliver(String userId, String responseUrl, SlackMessage message) {
        if (responseUrl == null || responseUrl.isBlank()) {
            log.warn("/bonus from {} came without a response URL; sending the answer as a direct message", userId);
            api.postMessage(userId, message);
            return;
        }
        try {
            api.respond(responseUrl, ephemeral(message));
        } catch (SlackCallException e) {
            log.warn("/bonus from {}: the response URL did not take the answer ({}); sending it as a direct message", userId, e.error());
            api.postMessage(userId, message);
        }
    }

    /**
     * Mentions of people Bonusbot knows by e-mail only become their person ids, so {@code admin status @someone}
     * finds them too. Whether the caller may see them is still the command layer's decision.
     */
    private String withPersonIds(String text) {
        if (!text.contains("<@")) {
            return text;
        }
        Matcher m = MENTION.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String personId;
            try {
                personId = people.personId(m.group(1));
            } catch (SlackCallException e) {
                personId = null;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(personId == null ? m.group() : personId));
        }
        m.appendTail(out);
        return out.toString();
    }

    static SlashCommandResponse ephemeral(SlackMessage message) {
        return SlashCommandResponse.builder().responseType("ephemeral").text(message.text()).blocks(message.blocks()).build();
    }
}
