package app.bonusbot.chat.discord;

import app.bonusbot.chat.ChatFailure;
import app.bonusbot.chat.ChatInput;
import app.bonusbot.chat.ChatOutcome;
import app.bonusbot.chat.ChatRequest;
import app.bonusbot.chat.ChatSource;
import app.bonusbot.chat.ChatTurn;
import app.bonusbot.chat.RecentIds;
import app.bonusbot.core.command.CommandHandler;
import app.bonusbot.core.command.OptionKind;
import app.bonusbot.core.company.Company;
import app.bonusbot.core.i18n.Texts;
import app.bonusbot.core.people.ChatPlatform;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.reply.Reply;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.components.text.TextInput;
import net.dv8tion.jda.api.interactions.components.text.TextInputStyle;
import net.dv8tion.jda.api.interactions.modals.Modal;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Accept and Reject buttons of sales ops' dispute notice in Discord: a button opens a modal for the answer (and,
 * to accept, an optional amount) as its immediate response; submitting it resolves the case exactly as {@code /bonus
 * dispute resolve} would, through the one chat turn (so only an admin may, and the seller is told by direct
 * message), and the outcome is shown to the admin alone.
 */
public final class DisputeInteractions extends ListenerAdapter {

    static final String ACCEPT = "accept";
    static final String REJECT = "reject";
    static final String ANSWER_INPUT = "answer";
    static final String AMOUNT_INPUT = "amount";
    private static final Pattern ID = Pattern.compile("^dispute:(accept|reject):(\\d{1,18})$");

    private static final Logger log = LoggerFactory.getLogger(DisputeInteractions.class);

    private final ChatTurn turn;
    private final Supplier<Company> company;
    private final Executor executor;
    private final RecentIds seen;
    private final EmbedRenderer renderer = new EmbedRenderer();

    public DisputeInteractions(CommandHandler commands, Supplier<Company> company, Executor executor, Clock clock) {
        this(commands, company, executor, new RecentIds(clock));
    }

    /** @param seen the interactions had lately, by every process on the store */
    public DisputeInteractions(CommandHandler commands, Supplier<Company> company, Executor executor, RecentIds seen) {
        this.turn = new ChatTurn(commands, company);
        this.company = company;
        this.executor = executor;
        this.seen = seen;
    }

    /** A button's or modal's id: {@code dispute:accept:12}. */
    static String id(String decision, long number) {
        return "dispute:" + decision + ":" + number;
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        Matcher id = ID.matcher(event.getComponentId());
        if (!id.matches() || !seen.firstTime("interaction", event.getId())) {
            return;
        }
        boolean accept = id.group(1).equals(ACCEPT);
        Texts texts = texts(event.getUser().getId());
        TextInput answer = TextInput.create(ANSWER_INPUT, texts.get("dispute.modal.answer"), TextInputStyle.PARAGRAPH)
                .setRequired(true).setMaxLength(2000).build();
        Modal.Builder modal = Modal.create(event.getComponentId(), EmbedRenderer.cut(texts.get(accept ? "dispute.modal.title.accept"
                : "dispute.modal.title.reject", id.group(2)), Modal.MAX_TITLE_LENGTH)).addActionRow(answer);
        if (accept) {
            modal.addActionRow(TextInput.create(AMOUNT_INPUT, EmbedRenderer.cut(texts.get("dispute.modal.amount"), TextInput.MAX_LABEL_LENGTH),
                    TextInputStyle.SHORT).setRequired(false).setMaxLength(30).build());
        }
        event.replyModal(modal.build()).queue();
    }

    @Override
    public void onModalInteraction(ModalInteractionEvent event) {
        Matcher id = ID.matcher(event.getModalId());
        if (!id.matches() || !seen.firstTime("interaction", event.getId())) {
            return;
        }
        Map<String, String> options = new HashMap<>();
        options.put(OptionKind.CASE.optionName(), id.group(2));
        options.put(OptionKind.DECISION.optionName(), id.group(1));
        options.put(OptionKind.ANSWER.optionName(), value(event.getValue(ANSWER_INPUT)));
        options.put(OptionKind.AMOUNT.optionName(), value(event.getValue(AMOUNT_INPUT)));
        String userId = event.getUser().getId();
        event.deferReply(true).queue();
        InteractionHook hook = event.getHook();
        try {
            executor.execute(() -> resolve(userId, options, hook));
        } catch (RejectedExecutionException e) {
            log.warn("dispute modal: no worker free, asked to try again");
            send(hook, turn.busy());
        }
    }

    private void resolve(String userId, Map<String, String> options, InteractionHook hook) {
        ChatOutcome outcome = turn.take(() -> new ChatRequest(ChatSource.DISCORD, userId, person(userId).map(Person::id),
                new ChatInput.Options("dispute resolve", options)));
        if (outcome instanceof ChatOutcome.Failed failed) {
            ChatFailure.log(log, "dispute modal from Discord user " + userId, failed.cause());
        }
        send(hook, outcome);
    }

    private void send(InteractionHook hook, ChatOutcome outcome) {
        Reply reply;
        if (outcome instanceof ChatOutcome.Answered answered) {
            reply = answered.reply();
        } else if (outcome instanceof ChatOutcome.NotEnrolled notEnrolled) {
            reply = notEnrolled.reply();
        } else if (outcome instanceof ChatOutcome.Busy busy) {
            reply = busy.notice();
        } else {
            reply = ((ChatOutcome.Failed) outcome).notice();
        }
        hook.sendMessageEmbeds(renderer.message(reply, outcome.texts()).embeds()).setEphemeral(true).queue();
    }

    private static String value(ModalMapping mapping) {
        return mapping == null ? "" : mapping.getAsString();
    }

    private Optional<Person> person(String discordUserId) {
        return company.get().directory().byChatId(ChatPlatform.DISCORD, discordUserId);
    }

    private Texts texts(String discordUserId) {
        Company c = company.get();
        return Texts.of(person(discordUserId).map(Person::language).filter(l -> l != null).orElse(c.settings().language()));
    }
}
