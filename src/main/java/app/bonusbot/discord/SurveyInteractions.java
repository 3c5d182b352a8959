package app.bonusbot.discord;

import app.bonusbot.chat.ChatFailure;
import app.bonusbot.chat.ChatLanguage;
import app.bonusbot.chat.RecentIds;
import app.bonusbot.core.company.Company;
import app.bonusbot.core.i18n.Texts;
import app.bonusbot.core.people.ChatPlatform;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.survey.FeedbackView;
import app.bonusbot.core.survey.QuestionType;
import app.bonusbot.core.survey.SurveyAnswering;
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

    private final SurveyCommands surveys;
    private final Supplier<Company> company;
    private final Executor executor;
    private final RecentIds seen;

    /**
     * @param company finds the person by their discord_id
     * @param executor stores answers and edits the message, off JDA's event thread
     * @param clock how long an interaction id is remembered, so that one delivered twice counts once
     */
    public SurveyInteractions(SurveyCommands surveys, Supplier<Company> company, Executor executor, Clock clock) {
        this.surveys = surveys;
        this.company = company;
        this.executor = executor;
        this.seen = new RecentIds(clock);
    }

    /** What the interaction gets: the message replaced, or a note only the person sees with the message as it was. */
    private sealed interface Answer {
        record Replace(DiscordSurveyMessage.Form form) implements Answer {}

        record Aside(String text) implements Answer {}
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        if (!SurveyComponentId.isSurvey(event.getComponentId()) || !seen.firstTime(event.getId())) {
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
        later(event.getHook(), () -> id.map(i -> handle(userId, i, i.value().orElse(""))).orElseGet(this::nothingOpen));
    }

    @Override
    public void onModalInteraction(ModalInteractionEvent event) {
        if (!SurveyComponentId.isSurvey(event.getModalId()) || !seen.firstTime(event.getId())) {
            return;
        }
        Optional<SurveyComponentId> id = SurveyComponentId.parse(event.getModalId()).filter(i -> i.action() == SurveyComponentId.Action.TEXT);
        ModalMapping written = event.getValue(DiscordSurveyMessage.TEXT_INPUT);
        String text = written == null ? "" : written.getAsString();
        String userId = event.getUser().getId();
        event.deferEdit().queue();
        later(event.getHook(), () -> id.map(i -> handle(userId, i, text)).orElseGet(this::nothingOpen));
    }

    /** The modal must be the first response, so the form it needs is read at once (one small query). */
    private void openModal(ButtonInteractionEvent event, String userId, SurveyComponentId id) {
        Answer answer;
        try {
            Optional<Person> person = person(userId);
            if (person.isEmpty()) {
                answer = nothingOpen();
            } else {
                SurveyAnswering.Outcome outcome = formInRun(person.get(), id);
                if (outcome instanceof SurveyAnswering.Outcome.Refused at && at.question().type() == QuestionType.FREE_TEXT) {
                    event.replyModal(DiscordSurveyMessage.modal(at.form(), at.question(), texts(person.get()))).queue();
                    return;
                }
                answer = answer(person.get(), id, outcome);
            }
        } catch (RuntimeException e) {
            log.error("survey modal could not be opened ({})", e.getMessage(), ChatFailure.isBusy(e) ? null : e);
            answer = new Answer.Aside(ChatLanguage.fallback(company).get(ChatFailure.textKey(e)));
        }
        if (answer instanceof Answer.Replace replace) {
            event.editMessage(replace.form().edit()).queue();
        } else {
            event.reply(((Answer.Aside) answer).text()).setEphemeral(true).queue();
        }
    }

    private void later(InteractionHook hook, Supplier<Answer> work) {
        try {
            executor.execute(() -> {
                Answer answer;
                try {
                    answer = work.get();
                } catch (RuntimeException e) {
                    log.error("survey click failed ({})", e.getMessage(), ChatFailure.isBusy(e) ? null : e);
                    answer = new Answer.Aside(ChatLanguage.fallback(company).get(ChatFailure.textKey(e)));
                }
                send(hook, answer);
            });
        } catch (RejectedExecutionException e) {
            log.warn("survey click: no worker free, asked to try again");
            send(hook, new Answer.Aside(ChatLanguage.fallback(company).get("chat.busy")));
        }
    }

    private static void send(InteractionHook hook, Answer answer) {
        if (answer instanceof Answer.Replace replace) {
            hook.editOriginal(replace.form().edit()).queue();
        } else {
            hook.sendMessage(((Answer.Aside) answer).text()).setEphemeral(true).queue();
        }
    }

    /** An answer stored (or refused), or a step to another question. */
    private Answer handle(String userId, SurveyComponentId id, String value) {
        Optional<Person> person = person(userId);
        if (person.isEmpty()) {
            return nothingOpen();
        }
        SurveyAnswering.Outcome outcome = id.action() == SurveyComponentId.Action.ANSWER || id.action() == SurveyComponentId.Action.TEXT
                ? surveys.answering().answerInRun(person.get(), id.runId(), id.question(), value)
                : formInRun(person.get(), id);
        return answer(person.get(), id, outcome);
    }

    private Answer answer(Person person, SurveyComponentId id, SurveyAnswering.Outcome outcome) {
        Texts texts = texts(person);
        FeedbackView view = new FeedbackView(surveys.wording(person));
        if (outcome instanceof SurveyAnswering.Outcome.Saved saved) {
            SurveyForm form = saved.form();
            if (form.complete()) {
                return replace(form, Optional.of(texts.get("feedback.done", form.closes())), saved.question(), texts);
            }
            String lead = texts.get("feedback.saved", saved.question().answerText().orElse(""));
            return replace(form, Optional.of(lead), form.nextUnansweredAfter(saved.question().id()).orElseThrow(), texts);
        }
        if (outcome instanceof SurveyAnswering.Outcome.Refused refused) {
            if (id.action() == SurveyComponentId.Action.ANSWER || id.action() == SurveyComponentId.Action.TEXT) {
                return new Answer.Aside(refused.problem());
            }
            return replace(refused.form(), Optional.empty(), step(refused.form(), refused.question(), id.action()), texts);
        }
        if (outcome instanceof SurveyAnswering.Outcome.UnknownQuestion unknown) {
            String lead = texts.get("feedback.unknown_question", unknown.given(), unknown.form().items().size());
            return replace(unknown.form(), Optional.of(lead), DiscordSurveyMessage.opening(unknown.form()), texts);
        }
        if (outcome instanceof SurveyAnswering.Outcome.Over over) {
            return new Answer.Replace(DiscordSurveyMessage.note(view.over(over), texts));
        }
        return new Answer.Replace(DiscordSurveyMessage.note(view.nothingOpen(), texts));
    }

    private SurveyAnswering.Outcome formInRun(Person person, SurveyComponentId id) {
        return surveys.answering().questionInRun(person, id.runId(), id.question());
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

    private Answer nothingOpen() {
        return new Answer.Replace(DiscordSurveyMessage.note(new FeedbackView(surveys.companyWording()).nothingOpen(), ChatLanguage.fallback(company)));
    }

    private Optional<Person> person(String discordUserId) {
        return company.get().directory().byChatId(ChatPlatform.DISCORD, discordUserId);
    }

    private Texts texts(Person person) {
        return Texts.of(surveys.wording(person).language());
    }
}
