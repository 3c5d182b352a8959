package app.bonusbot.slack;

import app.bonusbot.chat.ChatFailure;
import app.bonusbot.chat.ChatLanguage;
import app.bonusbot.chat.RecentIds;
import app.bonusbot.core.company.Company;
import app.bonusbot.core.i18n.Texts;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.reply.Reply;
import app.bonusbot.core.survey.FeedbackView;
import app.bonusbot.core.survey.SurveyAnswering;
import app.bonusbot.core.survey.SurveyCommands;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A click on a survey button in a direct message: acknowledged at once; the answer is stored on the executor exactly
 * as if it had been typed ({@code /bonus feedback ID VALUE}), and the message is replaced with the form as it now
 * stands. A click after the round closed replaces the form with a note saying so. Logs never say who answered what.
 */
final class SurveyButtons implements BlockActionHandler {

    static final Pattern ACTIONS = Pattern.compile("^" + Pattern.quote(SlackSurveyMessage.ACTION_PREFIX) + ".*");

    private static final Logger log = LoggerFactory.getLogger(SurveyButtons.class);

    private final SlackApi api;
    private final SurveyCommands surveys;
    private final Supplier<Company> company;
    private final SlackPeople people;
    private final BlockKitRenderer renderer = new BlockKitRenderer();
    private final RecentIds deliveries;
    private final Executor executor;

    SurveyButtons(SlackApi api, SurveyCommands surveys, Supplier<Company> company, SlackPeople people, RecentIds deliveries, Executor executor) {
        this.api = api;
        this.surveys = surveys;
        this.company = company;
        this.people = people;
        this.deliveries = deliveries;
        this.executor = executor;
    }

    @Override
    public Response apply(BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload payload = request.getPayload();
        if (payload.getActions() == null || payload.getActions().isEmpty() || payload.getResponseUrl() == null) {
            return ctx.ack();
        }
        if (payload.getTriggerId() != null && !deliveries.firstTime("survey " + payload.getTriggerId())) {
            return ctx.ack();
        }
        String userId = payload.getUser().getId();
        String value = payload.getActions().get(0).getValue();
        try {
            executor.execute(() -> answer(userId, value, payload.getResponseUrl()));
        } catch (RejectedExecutionException e) {
            log.warn("survey button: no worker free, asked to try again");
            respond(payload.getResponseUrl(), note(ChatLanguage.fallback(company), "chat.busy"));
        }
        return ctx.ack();
    }

    private void answer(String userId, String value, String responseUrl) {
        ActionResponse response;
        try {
            Optional<Person> person = surveys.person(people.personId(userId));
            Optional<SlackSurveyMessage.Click> click = SlackSurveyMessage.Click.parse(value);
            if (person.isEmpty() || click.isEmpty()) {
                response = replacing(new FeedbackView(surveys.companyWording()).nothingOpen(), ChatLanguage.fallback(company));
            } else {
                response = response(person.get(), click.get());
            }
        } catch (RuntimeException e) {
            log.error("survey button failed ({})", e.getMessage(), ChatFailure.isBusy(e) ? null : e);
            response = note(ChatLanguage.fallback(company), ChatFailure.textKey(e));
        }
        respond(responseUrl, response);
    }

    private void respond(String responseUrl, ActionResponse response) {
        try {
            api.respond(responseUrl, response);
        } catch (SlackCallException e) {
            log.warn("survey button: the response URL did not take the answer ({})", e.error());
        }
    }

    /** A note under the form, which stays as it was. */
    private static ActionResponse note(Texts texts, String key) {
        return ActionResponse.builder().responseType("ephemeral").replaceOriginal(false).text(texts.get(key)).build();
    }

    private ActionResponse response(Person person, SlackSurveyMessage.Click click) {
        Texts texts = Texts.of(surveys.wording(person).language());
        FeedbackView view = new FeedbackView(surveys.wording(person));
        SurveyAnswering.Outcome outcome = surveys.answering().answerInRun(person, click.runId(), click.questionId(), click.value());
        if (outcome instanceof SurveyAnswering.Outcome.Saved saved) {
            String lead = saved.form().complete() ? texts.get("feedback.done", saved.form().closes())
                    : texts.get("feedback.saved", saved.question().answerText().orElse(""));
            return replacing(SlackSurveyMessage.of(saved.form(), Optional.of(lead), texts));
        }
        if (outcome instanceof SurveyAnswering.Outcome.Refused refused) {
            SlackMessage message = renderer.message(view.refused(refused), texts);
            return ActionResponse.builder().responseType("ephemeral").replaceOriginal(false).text(message.text()).blocks(message.blocks()).build();
        }
        return replacing(view.outcome(outcome), texts);
    }

    /** The form's message replaced by a note: the round is over, or there is nothing to answer. */
    private ActionResponse replacing(Reply note, Texts texts) {
        return replacing(renderer.message(note, texts));
    }

    /** The message the button was on, replaced by this one. */
    static ActionResponse replacing(SlackMessage message) {
        return ActionResponse.builder().replaceOriginal(true).text(message.text()).blocks(message.blocks()).build();
    }
}
