package app.bonusbot.chat.discord;

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
import app.bonusbot.chat.SharedDeliveries;
import app.bonusbot.core.command.CommandHandler;
import app.bonusbot.core.company.Company;
import app.bonusbot.core.i18n.Texts;
import app.bonusbot.core.report.HealthReport;
import app.bonusbot.reporthtml.ReportPage;
import app.bonusbot.core.survey.SurveyChart;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;
import java.util.function.Supplier;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.entities.WebhookClient;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /bonus} on Discord. Discord wants an interaction answered within three seconds, so it is deferred at once,
 * ephemerally (Discord shows the caller alone that Bonusbot is thinking); the answer is worked out on the executor by
 * the core's command layer from the same text a Slack or console user would type, rendered as embeds in the caller's
 * language, and replaces the deferred reply, which stays visible to the caller alone. {@code /bonus feedback} alone
 * answers with the open survey and its buttons, {@code /bonus survey results} with its chart attached, and
 * {@code /bonus report} with its main chart and the full report as an HTML file. Logs name the Discord user and
 * the sub-command, never an option's value, an answer or an interaction token.
 *
 * <p>Before the deferral the interaction id is claimed and the answer recorded as owed ({@link OwedAnswers}, a
 * {@link DeferredReply}) in one store step, and forgotten once Discord took the answer: an interaction delivered again,
 * to this or another bot process, is left alone, and when this process dies between the deferral and the answer,
 * another bot process on the store fills the deferred reply in through the interaction's webhook, within Discord's
 * 15 minutes.
 */
public final class BonusSlashCommand extends ListenerAdapter {

    private static final Logger log = LoggerFactory.getLogger(BonusSlashCommand.class);
    /** The file name of the survey results' chart, which the answer's last embed shows. */
    static final String RESULTS_CHART = "survey-results.png";

    private final ChatTurn turn;
    private final DiscordPeople people;
    private final Executor executor;
    private final RecentIds deliveries;
    private final OwedAnswers owed;
    private final EmbedRenderer renderer = new EmbedRenderer();
    private final Supplier<Company> company;

    /**
     * A {@code /bonus} of a process alone with its interactions: this process's memory decides what is a repeat, and
     * no answer is recorded as owed.
     *
     * @param company the company as of now, for the language of Discord's own texts
     * @param executor where the answers are worked out; owned by the caller, who drains it at a stop
     */
    public BonusSlashCommand(CommandHandler commands, Supplier<Company> company, DiscordPeople people, Executor executor) {
        this(commands, company, people, executor, new RecentIds(Clock.systemUTC()), OwedAnswers.inThisProcessOnly(SharedDeliveries.THIS_PROCESS_ONLY));
    }

    /**
     * @param deliveries the interaction ids had lately, by every bot process on the store
     * @param owed where the answer is recorded as owed with the interaction id's claim, and forgotten once given
     */
    public BonusSlashCommand(CommandHandler commands, Supplier<Company> company, DiscordPeople people, Executor executor, RecentIds deliveries,
            OwedAnswers owed) {
        this.turn = new ChatTurn(commands, company);
        this.people = people;
        this.executor = executor;
        this.deliveries = deliveries;
        this.owed = owed;
        this.company = company;
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        if (!BonusCommandData.NAME.equals(event.getName())) {
            return;
        }
        String userId = event.getUser().getId();
        String group = event.getSubcommandGroup();
        String subcommand = event.getSubcommandName();
        String name = name(group, subcommand);
        DeferredReply reply = new DeferredReply(event.getJDA().getSelfUser().getApplicationId(), event.getToken(), group, subcommand,
                options(event.getOptions()));
        OwedAnswers.Owed command = reply.owed(event.getId(), userId);
        if (!deliveries.firstTime("command", event.getId(), keepUntil -> owed.claim(command, "command", keepUntil))) {
            log.info("{} from Discord user {} delivered again: already being answered", name, userId);
            return;
        }
        event.deferReply(true).queue(null, failure -> log.warn("{} from Discord user {} could not be deferred ({}); Discord shows the"
                + " command as failed", name, userId, describe(failure)));
        InteractionHook hook = event.getHook();
        try {
            executor.execute(() -> answer(command, reply, name, hook::editOriginal));
        } catch (RejectedExecutionException e) {
            log.warn("{} from Discord user {}: no worker free, asked to try again", name, userId);
            deliver(command, name, hook::editOriginal, message(turn.busy()));
        }
    }

    /**
     * From now on the {@code /bonus} answers owed by bot processes that stopped are given through the session
     * {@code jda} supplies while it runs; once it stops, an answer handed over stays owed, for another process.
     */
    void answerForTheDeadThrough(Supplier<Optional<JDA>> jda) {
        owed.takeOverWith(DeferredReply.PLATFORM, DeferredReply.ANSWERABLE_FOR, command -> answerForTheDead(jda, command));
    }

    /**
     * Fills in the deferred reply of a command another bot process deferred and died before answering, by editing it
     * through the interaction's webhook, then forgets it. On the executor when it has room, else at once on the caller's
     * thread: the answer is this process's now, nobody else takes it.
     */
    private void answerForTheDead(Supplier<Optional<JDA>> session, OwedAnswers.Owed command) {
        DeferredReply reply;
        try {
            reply = DeferredReply.of(command);
        } catch (IllegalArgumentException e) {
            log.warn("/bonus from Discord user {} is not answered: {}", command.userId(), e.getMessage());
            owed.answered(command);
            return;
        }
        String name = name(reply.group(), reply.subcommand());
        Optional<JDA> jda = session.get();
        if (jda.isEmpty()) {
            log.info("{} from Discord user {}: the Discord session is stopping; left for another bot process to answer", name, command.userId());
            return;
        }
        log.info("{} from Discord user {}: answering it for a bot process that stopped before it could", name, command.userId());
        Function<MessageEditData, RestAction<Message>> edit = message -> WebhookClient.createClient(jda.get(), reply.applicationId(), reply.token())
                .editMessageById("@original", message);
        try {
            executor.execute(() -> answer(command, reply, name, edit));
        } catch (RejectedExecutionException e) {
            answer(command, reply, name, edit);
        }
    }

    private void answer(OwedAnswers.Owed command, DeferredReply reply, String name, Function<MessageEditData, RestAction<Message>> edit) {
        String userId = command.userId();
        ChatOutcome outcome = turn.take(() -> new ChatRequest(ChatSource.DISCORD, userId, people.personId(userId),
                new ChatInput.Options(BonusCommandData.path(reply.group(), reply.subcommand()), withPersonIds(reply.options()))));
        if (outcome instanceof ChatOutcome.Failed failed) {
            ChatFailure.log(log, name + " from Discord user " + userId, failed.cause());
        }
        deliver(command, name, edit, message(outcome));
    }

    /**
     * The outcome as Discord shows it. {@code /bonus feedback} without an answer is the survey as on a direct message,
     * privately, with the buttons of the question named (or of the first open one).
     */
    private MessageEditData message(ChatOutcome outcome) {
        Texts texts = outcome.texts();
        if (outcome instanceof ChatOutcome.Answered answered && answered.report().isPresent()) {
            return withReport(renderer.message(answered.reply().withContext(texts.get("discord.report_attached")), texts), answered.report().get(), texts);
        }
        if (outcome instanceof ChatOutcome.Answered answered) {
            return withCharts(renderer.message(answered.reply(), texts), answered.charts());
        }
        if (outcome instanceof ChatOutcome.SurveyFormToOpen open) {
            return DiscordSurveyMessage.of(open.form(), Optional.empty(), open.at().orElseGet(() -> DiscordSurveyMessage.opening(open.form())), texts)
                    .edit();
        }
        if (outcome instanceof ChatOutcome.NotEnrolled notEnrolled) {
            return embedsOnly(renderer.message(notEnrolled.reply(), texts));
        }
        if (outcome instanceof ChatOutcome.Busy busy) {
            return embedsOnly(renderer.message(busy.notice(), texts));
        }
        return embedsOnly(renderer.message(((ChatOutcome.Failed) outcome).notice(), texts));
    }

    /** Survey results' chart, attached to the private answer and shown in its last embed. */
    private static MessageEditData withCharts(DiscordMessage message, List<SurveyChart> charts) {
        if (charts.isEmpty()) {
            return embedsOnly(message);
        }
        List<MessageEmbed> embeds = new ArrayList<>(message.embeds());
        int last = embeds.size() - 1;
        embeds.set(last, new EmbedBuilder(embeds.get(last)).setImage("attachment://" + RESULTS_CHART).build());
        return new MessageEditBuilder().setEmbeds(embeds)
                .setFiles(FileUpload.fromData(new SurveyResultsChart().png(charts), RESULTS_CHART))
                .build();
    }

    /**
     * The plan health report's summary with its main chart shown in the last embed and the full report attached as an
     * HTML file, on the private answer like any other.
     */
    private MessageEditData withReport(DiscordMessage message, HealthReport report, Texts texts) {
        List<MessageEmbed> embeds = new ArrayList<>(message.embeds());
        List<FileUpload> files = new ArrayList<>();
        String page = ReportPage.fileName(report);
        Optional<byte[]> png = new ReportChart().png(report, texts.language());
        if (png.isPresent()) {
            String chart = page.replace(".html", ".png");
            int last = embeds.size() - 1;
            embeds.set(last, new EmbedBuilder(embeds.get(last)).setImage("attachment://" + chart).build());
            files.add(FileUpload.fromData(png.get(), chart));
        }
        files.add(FileUpload.fromData(new ReportPage(company.get().settings().companyName()).bytes(report, texts.language()), page));
        return new MessageEditBuilder().setEmbeds(embeds).setFiles(files).build();
    }

    private static MessageEditData embedsOnly(DiscordMessage message) {
        return new MessageEditBuilder().setEmbeds(message.embeds()).build();
    }

    /**
     * Replaces the deferred reply with the answer; once Discord took it (or refused it for good), nobody owes it any
     * more. A process dying before that leaves it owed, for another to give.
     */
    private void deliver(OwedAnswers.Owed command, String name, Function<MessageEditData, RestAction<Message>> edit, MessageEditData message) {
        RestAction<Message> action;
        try {
            action = edit.apply(message);
        } catch (RuntimeException e) {
            log.error("{} from Discord user {}: the answer could not be delivered ({})", name, command.userId(), e.getClass().getSimpleName());
            owed.answered(command);
            return;
        }
        action.queue(sent -> owed.answered(command), failure -> {
            log.error("{} from Discord user {}: the answer could not be delivered ({})", name, command.userId(), describe(failure));
            owed.answered(command);
        });
    }

    private static Map<String, String> options(List<OptionMapping> mappings) {
        Map<String, String> options = new LinkedHashMap<>();
        for (OptionMapping option : mappings) {
            options.put(option.getName(), option.getAsString());
        }
        return options;
    }

    /**
     * A person typed as a mention, e-mail or full name goes to the core as their person id, so a name with a space
     * in it stays one word; whether the caller may see them is still the core's decision.
     */
    private Map<String, String> withPersonIds(Map<String, String> options) {
        String reference = options.get(BonusCommandData.PERSON);
        if (reference == null) {
            return options;
        }
        Map<String, String> resolved = new LinkedHashMap<>(options);
        resolved.put(BonusCommandData.PERSON, people.referencedPersonId(reference).orElse(reference));
        return resolved;
    }

    private static String name(String group, String subcommand) {
        StringBuilder name = new StringBuilder("/").append(BonusCommandData.NAME);
        if (group != null) {
            name.append(' ').append(group);
        }
        if (subcommand != null) {
            name.append(' ').append(subcommand);
        }
        return name.toString();
    }

    /** Discord's error code, or the kind of failure: never a message that might carry an interaction token. */
    private static String describe(Throwable failure) {
        if (failure instanceof ErrorResponseException e) {
            return e.getErrorCode() + " " + e.getErrorResponse();
        }
        return failure.getClass().getSimpleName();
    }
}
