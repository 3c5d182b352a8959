package app.bonusbot.chat.slack;

import app.bonusbot.chat.RecentIds;
import app.bonusbot.chat.SurveyOutcome;
import app.bonusbot.chat.SurveyTurn;
import app.bonusbot.core.company.Company;
import app.bonusbot.core.i18n.Texts;
import app.bonusbot.core.survey.Question;
import app.bonusbot.core.survey.SurveyCommands;
import app.bonusbot.core.survey.SurveyForm;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.InputBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.PlainTextInputElement;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import com.slack.api.model.view.ViewSubmit;
import com.slack.api.model.view.ViewTitle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Free-text survey questions in Slack: the question's "write your answer" button opens a modal with a text box
 * (pre-filled with the current answer); submitting it stores the text exactly as {@code /bonus feedback ID TEXT}
 * would, and the form in the direct message is replaced with the form as it now stands. An answer that does not fit
 * is refused inside the modal, next to the text box, so nothing typed is lost. Logs never say who wrote what.
 */
final class SurveyTextModal {

    static final Pattern WRITE_ACTIONS = Pattern.compile("^" + Pattern.quote(SlackSurveyMessage.WRITE_PREFIX) + ".*");
    static final String CALLBACK_ID = "survey_text";
    static final String BLOCK_ID = "answer_block";
    static final String ACTION_ID = "answer";
    static final String VIEWS_OPEN = "views.open";
    /** Slack's limits: a modal's title and submit label. */
    private static final int TITLE_TEXT = 24;

    private static final Logger log = LoggerFactory.getLogger(SurveyTextModal.class);

    private final SlackApi api;
    private final SurveyCommands surveys;
    private final SurveyTurn turn;
    private final SlackPeople people;
    private final RecentIds deliveries;
    private final Executor executor;

    SurveyTextModal(SlackApi api, SurveyCommands surveys, Supplier<Company> company, SlackPeople people, RecentIds deliveries, Executor executor) {
        this.api = api;
        this.surveys = surveys;
        this.turn = new SurveyTurn(surveys, company);
        this.people = people;
        this.deliveries = deliveries;
        this.executor = executor;
    }

    /** The button: acknowledged at once; the modal opens from the executor while the trigger id is still valid. */
    Response open(BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload payload = request.getPayload();
        if (payload.getActions() == null || payload.getActions().isEmpty() || payload.getTriggerId() == null
                || !deliveries.firstTime("survey write", payload.getTriggerId())) {
            return ctx.ack();
        }
        String userId = payload.getUser().getId();
        String value = payload.getActions().get(0).getValue();
        try {
            executor.execute(() -> openModal(userId, value, payload.getTriggerId(), payload.getResponseUrl()));
        } catch (RejectedExecutionException e) {
            log.warn("survey text button: no worker free");
        }
        return ctx.ack();
    }

    private void openModal(String userId, String value, String triggerId, String responseUrl) {
        try {
            Optional<SlackSurveyMessage.Click> click = SlackSurveyMessage.Click.parse(value);
            SurveyOutcome outcome = turn.question(() -> surveys.person(people.personId(userId)),
                    click.map(c -> new SurveyTurn.At(c.runId(), c.questionId())));
            if (outcome instanceof SurveyOutcome.Failed failed) {
                throw failed.cause();
            }
            if (!(outcome instanceof SurveyOutcome.AtQuestion at)) {
                respond(responseUrl, ButtonClicks.replacing(new BlockKitRenderer().message(outcome.reply(), outcome.texts())));
                return;
            }
            View view = modal(at.form(), at.question(), metadata(click.get(), responseUrl), at.texts());
            api.requireOk(VIEWS_OPEN, api.call(VIEWS_OPEN, c -> c.viewsOpen(r -> r.triggerId(triggerId).view(view))));
        } catch (RuntimeException e) {
            log.error("survey text button failed ({})", e instanceof SlackCallException ? e.getMessage() : e.getClass().getSimpleName());
        }
    }

    /**
     * The submission: stored while Slack waits (a single quick write), so a refusal can still be shown in the modal;
     * the form in the direct message is then replaced from the executor.
     */
    Response submit(ViewSubmissionRequest request, ViewSubmissionContext ctx) {
        try {
            return store(request.getPayload(), ctx);
        } catch (RuntimeException e) {
            // Inside Slack's three seconds: a busy database or Slack's users.info failing shows as a note in the modal,
            // where the text is still there to submit again.
            log.error("survey text: the answer could not be stored ({})", e.getClass().getSimpleName());
            return ctx.ackWithErrors(Map.of(BLOCK_ID, turn.failed(e).reply().summary()));
        }
    }

    private Response store(ViewSubmissionPayload payload, ViewSubmissionContext ctx) {
        Optional<Metadata> metadata = Metadata.parse(payload.getView().getPrivateMetadata());
        SurveyOutcome outcome = turn.answer(() -> surveys.person(people.personId(payload.getUser().getId())),
                metadata.map(m -> new SurveyTurn.At(m.runId(), m.questionId())), typed(payload.getView()));
        if (outcome instanceof SurveyOutcome.Failed failed) {
            throw failed.cause();
        }
        if (outcome instanceof SurveyOutcome.Refused refused) {
            return ctx.ackWithErrors(Map.of(BLOCK_ID, refused.problem()));
        }
        if (!(outcome instanceof SurveyOutcome.Recorded recorded)) {
            return ctx.ackWithErrors(Map.of(BLOCK_ID, outcome.reply().summary()));
        }
        SlackMessage message = SlackSurveyMessage.of(recorded.form(), Optional.of(recorded.lead()), recorded.texts());
        try {
            executor.execute(() -> respond(metadata.get().responseUrl(), ButtonClicks.replacing(message)));
        } catch (RejectedExecutionException e) {
            log.warn("survey text: saved, but no worker free to update the form");
        }
        return ctx.ack();
    }

    private static String typed(View view) {
        ViewState state = view.getState();
        Map<String, ViewState.Value> block = state == null || state.getValues() == null ? null : state.getValues().get(BLOCK_ID);
        ViewState.Value value = block == null ? null : block.get(ACTION_ID);
        return value == null || value.getValue() == null ? "" : value.getValue();
    }

    private static View modal(SurveyForm form, SurveyForm.Item item, String metadata, Texts texts) {
        List<LayoutBlock> blocks = List.of(
                SectionBlock.builder().text(MarkdownTextObject.builder().text(SlackText.cut("*" + SlackText.escape(texts.get("feedback.question",
                        item.number(), item.text())) + "*\n_" + SlackText.escape(item.hint()) + "_", BlockKitRenderer.SECTION_TEXT)).build()).build(),
                InputBlock.builder().blockId(BLOCK_ID)
                        .label(PlainTextObject.builder().text(SlackText.escapeWithin(texts.get("feedback.modal_title"), 2000)).build())
                        .element(PlainTextInputElement.builder().actionId(ACTION_ID).multiline(true).maxLength(Question.MAX_FREE_TEXT)
                                .initialValue(item.answer().orElse(null)).build())
                        .build());
        return View.builder().type("modal").callbackId(CALLBACK_ID).privateMetadata(metadata)
                .title(ViewTitle.builder().type("plain_text").text(SlackText.escapeWithin(form.title(), TITLE_TEXT)).build())
                .submit(ViewSubmit.builder().type("plain_text").text(SlackText.escapeWithin(texts.get("feedback.modal_submit"), TITLE_TEXT)).build())
                .blocks(blocks)
                .build();
    }

    /** Which round and question the modal answers, and the message to replace afterwards. */
    record Metadata(long runId, String questionId, String responseUrl) {
        static Optional<Metadata> parse(String text) {
            String[] parts = text == null ? new String[0] : text.split("\\|", 3);
            if (parts.length != 3 || !parts[0].matches("\\d{1,18}")) {
                return Optional.empty();
            }
            return Optional.of(new Metadata(Long.parseLong(parts[0]), parts[1], parts[2]));
        }
    }

    private static String metadata(SlackSurveyMessage.Click click, String responseUrl) {
        return click.runId() + "|" + click.questionId() + "|" + (responseUrl == null ? "" : responseUrl);
    }

    private void respond(String responseUrl, com.slack.api.app_backend.interactive_components.response.ActionResponse response) {
        if (responseUrl == null || responseUrl.isBlank()) {
            return;
        }
        try {
            api.respond(responseUrl, response);
        } catch (SlackCallException e) {
            log.warn("survey text: the form could not be updated ({})", e.error());
        }
    }
}
