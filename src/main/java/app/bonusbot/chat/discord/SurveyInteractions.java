package app.bonusbot.chat.discord;

import app.bonusbot.chat.ChatFailure;
import app.bonusbot.chat.RecentIds;
import app.bonusbot.chat.SurveyOutcome;
import app.bonusbot.chat.SurveyTurn;
import app.bonusbot.core.company.Company;
import app.bonusbot.core.i18n.Texts;
import app.bonusbot.core.people.ChatPlatform;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.survey.QuestionType;
import app.bonusbot.core.survey.SurveyCommands;
import app.bonusbot.core.survey.SurveyForm;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Clicks on the survey buttons of a direct message, and the modals they open. Discord wants an answer within three
 * seconds, so a click is acknowledged at once ({@code deferEdit}); the answer is stored on the executor exactly as
 * if it had been typed ({@code /bonus feedback ID VALUE}), and the message is replaced with the form as it now stands,
 * at the next question not yet answered. "Write your answer" opens its modal as the immediate response. An answer
 * that does not fit its question is explained in an ephemeral follow-up and the form stays; a click after the round
 * closed replaces the form with a note saying so. Logs never say who answered what.
 */
public final class SurveyInteractions extends ListenerAdapter {

    private static final Logger log = LoggerFactory.getLogger(SurveyInteractions.class);

    private final SurveyTurn turn;
    private final Supplier<Company> company;
    private final Executor executor;
    private final RecentIds seen;

    /**
     * @param company finds the person by their discord_id
     * @param executor stores answers and edits the message, off JDA's event thread
     * @param clock how long an interaction id is remembered, so that one delivered twice counts once
     */
    public SurveyInteractions(SurveyCommands surveys, Supplier<Company> company, Executor executor, Clock clock) {
        this(surveys, company, executor, new RecentIds(clock));
    }

    /** @param seen the interactions had lately, by every process on the store */
    public SurveyInteractions(SurveyCommands surveys, Supplier<Company> company, Executor executor, RecentIds seen) {
        this.turn = new SurveyTurn(surveys, company);
        this.company = company;
        this.executor = executor;
        this.seen = seen;
    }

    /** What the interaction gets: the message replaced, or a note only the person sees with the message as it was. */
    private sealed interface Answer {
        record Replace(DiscordSurveyMessage.Form form) implements Answer {}

        record Aside(String text) implements Answer {}
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        if (!SurveyComponentId.isSurvey(event.getComponentId()) || !seen.firstTime("interaction", event.getId())) {
            return;
        }
        Optional<SurveyComponentId> id = SurveyComponentId.parse(event.getComponentId())
                .filter(i -> i.action() != SurveyComponentId.Action.TEXT);
        String userId = event.getUser().getId();
        if (id.isPresent() && id.get().action() == SurveyComponentId.Action.WRITE) {
            openModal(event, userId, id.get());
            return;
        }
        event.deferEdit().queue();
        // A step to another question shows it; anything else (an unreadable id included) is an answer.
        boolean step = id.isPresent() && id.get().action() != SurveyComponentId.Action.ANSWER;
        later(event.getHook(), id, () -> step ? turn.question(() -> person(userId), at(id))
                : turn.answer(() -> person(userId), at(id), id.flatMap(SurveyComponentId::value).orElse("")));
    }

    @Override
    public void onModalInteraction(ModalInteractionEvent event) {
        if (!SurveyComponentId.isSurvey(event.getModalId()) || !seen.firstTime("interaction", event.getId())) {
            return;
        }
        Optional<SurveyComponentId> id = SurveyComponentId.parse(event.getModalId()).filter(i -> i.action() == SurveyComponentId.Action.TEXT);
        ModalMapping written = event.getValue(DiscordSurveyMessage.TEXT_INPUT);
        String text = written == null ? "" : written.getAsString();
        String userId = event.getUser().getId();
        event.deferEdit().queue();
        later(event.getHook(), id, () -> turn.answer(() -> person(userId), at(id), text));
    }

    /** The modal must be the first response, so the form it needs is read at once (one small query). */
    private void openModal(ButtonInteractionEvent event, String userId, SurveyComponentId id) {
        SurveyOutcome outcome = turn.question(() -> person(userId), at(Optional.of(id)));
        if (outcome instanceof SurveyOutcome.AtQuestion at && at.question().type() == QuestionType.FREE_TEXT) {
            event.replyModal(DiscordSurveyMessage.modal(at.form(), at.question(), at.texts())).queue();
            return;
        }
        if (outcome instanceof SurveyOutcome.Failed failed) {
            ChatFailure.log(log, "survey modal", failed.cause());
        }
        Answer answer = answer(outcome, Optional.of(id));
        if (answer instanceof Answer.Replace replace) {
            event.editMessage(replace.form().edit()).queue();
        } else {
            event.reply(((Answer.Aside) answer).text()).setEphemeral(true).queue();
        }
    }

    private void later(InteractionHook hook, Optional<SurveyComponentId> id, Supplier<SurveyOutcome> work) {
        try {
            executor.execute(() -> {
                SurveyOutcome outcome = work.get();
                if (outcome instanceof SurveyOutcome.Failed failed) {
                    ChatFailure.log(log, "survey click", failed.cause());
                }
                send(hook, answer(outcome, id));
            });
        } catch (RejectedExecutionException e) {
            log.warn("survey click: no worker free, asked to try again");
            send(hook, answer(turn.busy(), id));
        }
    }

    private static void send(InteractionHook hook, Answer answer) {
        if (answer instanceof Answer.Replace replace) {
            hook.editOriginal(replace.form().edit()).queue();
        } else {
            hook.sendMessage(((Answer.Aside) answer).text()).setEphemeral(true).queue();
        }
    }

    /**
     * The outcome as Discord shows it: an answer stored moves the form to the next question not yet answered; one that
     * does not fit is explained aside and the form stays; a step to another question shows that one.
     */
    private static Answer answer(SurveyOutcome outcome, Optional<SurveyComponentId> id) {
        Texts texts = outcome.texts();
        if (outcome instanceof SurveyOutcome.Recorded recorded) {
            return replace(recorded.form(), Optional.of(recorded.lead()), recorded.next(), texts);
        }
        if (outcome instanceof SurveyOutcome.AtQuestion at) {
            return replace(at.form(), Optional.empty(), step(at.form(), at.question(), id.orElseThrow().action()), texts);
        }
        if (outcome instanceof SurveyOutcome.UnknownQuestion unknown) {
            return replace(unknown.form(), Optional.of(unknown.lead()), DiscordSurveyMessage.opening(unknown.form()), texts);
        }
        if (outcome instanceof SurveyOutcome.RoundClosed || outcome instanceof SurveyOutcome.NothingOpen) {
            return new Answer.Replace(DiscordSurveyMessage.note(outcome.reply(), texts));
        }
        if (outcome instanceof SurveyOutcome.Refused refused) {
            return new Answer.Aside(refused.problem());
        }
        return new Answer.Aside(outcome.reply().summary());
    }

    private static Optional<SurveyTurn.At> at(Optional<SurveyComponentId> id) {
        return id.map(i -> new SurveyTurn.At(i.runId(), i.question()));
    }

    private static SurveyForm.Item step(SurveyForm form, SurveyForm.Item from, SurveyComponentId.Action action) {
        List<SurveyForm.Item> items = form.items();
        int at = items.indexOf(form.item(from.id()).orElse(from));
        if (action == SurveyComponentId.Action.PREVIOUS) {
            return items.get(Math.max(0, at - 1));
        }
        if (action == SurveyComponentId.Action.NEXT) {
            return items.get(Math.min(items.size() - 1, at + 1));
        }
        return items.get(Math.max(0, at));
    }

    private static Answer replace(SurveyForm form, Optional<String> lead, SurveyForm.Item current, Texts texts) {
        return new Answer.Replace(DiscordSurveyMessage.of(form, lead, current, texts));
    }

    private Optional<Person> person(String discordUserId) {
        return company.get().directory().byChatId(ChatPlatform.DISCORD, discordUserId);
    }
}
