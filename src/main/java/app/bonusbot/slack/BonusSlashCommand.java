package app.bonusbot.slack;

import app.bonusbot.chart.SurveyResultsChart;
import app.bonusbot.chat.ChatFailure;
import app.bonusbot.chat.ChatLanguage;
import app.bonusbot.chat.RecentIds;
import app.bonusbot.core.command.Answer;
import app.bonusbot.core.command.BonusCommand;
import app.bonusbot.core.command.CommandHandler;
import app.bonusbot.core.command.CommandParser;
import app.bonusbot.core.company.Company;
import app.bonusbot.core.i18n.Texts;
import app.bonusbot.core.reply.Block;
import app.bonusbot.core.reply.Reply;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import java.util.ArrayList;
import java.util.List;
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
 * message from the bot, which is just as private. The chart of {@code survey results} follows in that direct message.
 * A trigger id seen before is a retry: acknowledged, not answered again.
 */
final class BonusSlashCommand implements SlashCommandHandler {

    private static final Logger log = LoggerFactory.getLogger(BonusSlashCommand.class);
    /** {@code /bonus feedback} without a question: the open survey's form. */
    private static final BonusCommand OPEN_FORM = new BonusCommand.Feedback(Optional.empty(), Optional.empty());
    /** A Slack mention as a command's text carries it with "escape users" on: {@code <@U0ANNA01|anna>}. */
    private static final Pattern MENTION = Pattern.compile("<@([UW][A-Z0-9]+)(?:\\|[^>]*)?>");

    private final SlackApi api;
    private final CommandHandler commands;
    private final Supplier<Company> company;
    private final SlackPeople people;
    private final BlockKitRenderer renderer = new BlockKitRenderer();
    private final RecentIds deliveries;
    private final Executor executor;
    private final SlackFiles files;

    BonusSlashCommand(SlackApi api, CommandHandler commands, Supplier<Company> company, SlackPeople people,
            RecentIds deliveries, Executor executor) {
        this.api = api;
        this.commands = commands;
        this.company = company;
        this.people = people;
        this.deliveries = deliveries;
        this.executor = executor;
        this.files = new SlackFiles(api);
    }

    @Override
    public Response apply(SlashCommandRequest request, SlashCommandContext ctx) {
        SlashCommandPayload payload = request.getPayload();
        String userId = payload.getUserId();
        if (payload.getTriggerId() != null && !deliveries.firstTime("command " + payload.getTriggerId())) {
            String retry = request.getHeaders() == null ? null : request.getHeaders().getFirstValue("X-Slack-Retry-Num");
            log.info("/bonus from {} delivered again (retry {}): already being answered", userId, retry == null ? "?" : retry);
            return ctx.ack();
        }
        try {
            executor.execute(() -> answer(userId, payload.getText(), payload.getResponseUrl()));
        } catch (RejectedExecutionException e) {
            log.warn("/bonus from {}: no worker free, asked to try again", userId);
            return ctx.ack(ephemeral(message(ChatLanguage.fallback(company), "chat.busy")));
        }
        return ctx.ack();
    }

    private void answer(String userId, String text, String responseUrl) {
        SlackMessage message;
        Texts texts = null;
        Answer answer = null;
        try {
            String personId = people.personId(userId);
            texts = ChatLanguage.texts(company.get(), personId);
            BonusCommand command = CommandParser.parse(withPersonIds(text == null ? "" : text));
            Optional<SlackMessage> form = command.equals(OPEN_FORM) ? surveyForm(personId, texts) : Optional.empty();
            if (form.isPresent()) {
                message = form.get();
            } else {
                answer = commands.answer(personId, command);
                Reply reply = answer.charts().isEmpty() ? answer.reply() : withContext(answer.reply(), texts.get("slack.chart_in_dm"));
                message = renderer.message(personId == null ? withContext(reply, texts.get("slack.member_id", userId)) : reply, texts);
            }
        } catch (RuntimeException e) {
            logFailure(userId, e);
            message = message(texts != null ? texts : ChatLanguage.fallback(company), ChatFailure.textKey(e));
        }
        try {
            deliver(userId, responseUrl, message);
        } catch (RuntimeException e) {
            // Only our own exception's message is known to hold no response URL (a secret).
            log.error("/bonus from {}: the answer could not be delivered ({})", userId,
                    e instanceof SlackCallException ? e.getMessage() : e.getClass().getSimpleName());
            return;
        }
        if (answer != null && !answer.charts().isEmpty()) {
            shareCharts(userId, answer, texts);
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
     * {@code /bonus feedback} alone: the open survey with its answer buttons, privately, as the direct message has it;
     * a click replaces this ephemeral message like the direct message's. Empty when nothing is open for the person.
     */
    private Optional<SlackMessage> surveyForm(String personId, Texts texts) {
        return commands.surveys().openForm(personId)
                .map(form -> SlackSurveyMessage.of(form, Optional.empty(), texts));
    }

    /**
     * Files cannot be ephemeral, so the chart goes where only the caller reads it: their direct messages with the bot,
     * introduced by the reply's summary line.
     */
    private void shareCharts(String userId, Answer answer, Texts texts) {
        try {
            byte[] png = new SurveyResultsChart().png(answer.charts());
            String title = answer.reply().summary();
            ChatPostMessageResponse dm = api.postMessage(userId, renderer.message(Reply.builder(title).text(title).build(), texts));
            files.sharePng(dm.getChannel(), "survey-results.png", title, title, png);
        } catch (RuntimeException e) {
            log.warn("/bonus from {}: the survey results went out, their chart did not ({})", userId,
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

    /** A line of small print under the reply: the member id sales ops needs, or where the chart went. */
    private static Reply withContext(Reply reply, String text) {
        List<Block> blocks = new ArrayList<>(reply.blocks());
        blocks.add(new Block.Context(text));
        return new Reply(reply.summary(), blocks);
    }

    private SlackMessage message(Texts texts, String key) {
        String text = texts.get(key);
        return renderer.message(Reply.builder(text).text(text).build(), texts);
    }

    static SlashCommandResponse ephemeral(SlackMessage message) {
        return SlashCommandResponse.builder().responseType("ephemeral").text(message.text()).blocks(message.blocks()).build();
    }
}
