package app.bonusbot.chat.slack;

import app.bonusbot.chat.ChatFailure;
import app.bonusbot.chat.ChatInput;
import app.bonusbot.chat.ChatOutcome;
import app.bonusbot.chat.ChatRequest;
import app.bonusbot.chat.ChatSource;
import app.bonusbot.chat.ChatTurn;
import app.bonusbot.core.command.BonusCommand;
import app.bonusbot.core.command.CommandHandler;
import app.bonusbot.core.command.OptionKind;
import app.bonusbot.core.company.Company;
import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.i18n.Texts;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.InputBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.PlainTextInputElement;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import com.slack.api.model.view.ViewSubmit;
import com.slack.api.model.view.ViewTitle;
import java.util.ArrayList;
import java.util.HashMap;
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
 * The Accept and Reject buttons of sales ops' dispute notice: a button opens a modal for the answer (and, to accept,
 * an optional amount); submitting it resolves the case exactly as {@code /bonus dispute resolve N [accept AMOUNT]
 * ANSWER} would, through the one chat turn, so only an admin may, and the seller is told by direct message. An answer
 * or amount that does not fit is refused in the modal, next to its box; the outcome is then shown to the admin under
 * the notice.
 */
final class DisputeModal {

    static final Pattern BUTTONS = Pattern.compile("^(" + SlackDisputeNotices.ACCEPT + "|" + SlackDisputeNotices.REJECT + ")$");
    static final String CALLBACK_ID = "dispute_resolve";
    static final String ANSWER_BLOCK = "dispute_answer";
    static final String AMOUNT_BLOCK = "dispute_amount";
    static final String INPUT = "value";
    private static final int TITLE_TEXT = 24;

    private static final Logger log = LoggerFactory.getLogger(DisputeModal.class);

    private final SlackApi api;
    private final ChatTurn turn;
    private final Supplier<Company> company;
    private final SlackPeople people;
    private final Executor executor;

    DisputeModal(SlackApi api, CommandHandler commands, Supplier<Company> company, SlackPeople people, Executor executor) {
        this.api = api;
        this.turn = new ChatTurn(commands, company);
        this.company = company;
        this.people = people;
        this.executor = executor;
    }

    /** A button: acknowledged at once; the modal opens from the executor while the trigger id is still valid. */
    Response open(BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload payload = request.getPayload();
        if (payload.getActions() == null || payload.getActions().isEmpty() || payload.getTriggerId() == null) {
            return ctx.ack();
        }
        BlockActionPayload.Action action = payload.getActions().get(0);
        Optional<Metadata> metadata = Metadata.of(action.getValue(), SlackDisputeNotices.ACCEPT.equals(action.getActionId()), payload.getResponseUrl());
        String userId = payload.getUser().getId();
        if (metadata.isEmpty()) {
            return ctx.ack();
        }
        try {
            executor.execute(() -> openModal(userId, payload.getTriggerId(), metadata.get()));
        } catch (RejectedExecutionException e) {
            log.warn("dispute button: no worker free");
        }
        return ctx.ack();
    }

    private void openModal(String userId, String triggerId, Metadata metadata) {
        try {
            Texts texts = Texts.of(language(userId));
            api.requireOk(SurveyTextModal.VIEWS_OPEN, api.call(SurveyTextModal.VIEWS_OPEN, c -> c.viewsOpen(r -> r.triggerId(triggerId).view(modal(metadata, texts)))));
        } catch (RuntimeException e) {
            log.error("dispute button failed ({})", e instanceof SlackCallException ? e.getMessage() : e.getClass().getSimpleName());
        }
    }

    /**
     * The submission: an answer or amount that does not read is refused in the modal while Slack waits; a readable one
     * is acknowledged, and resolved on the executor (a write, and the seller's direct message).
     */
    Response submit(ViewSubmissionRequest request, ViewSubmissionContext ctx) {
        Optional<Metadata> metadata = Metadata.parse(request.getPayload().getView().getPrivateMetadata());
        String userId = request.getPayload().getUser().getId();
        if (metadata.isEmpty()) {
            return ctx.ack();
        }
        Map<String, String> options = new HashMap<>();
        options.put(OptionKind.CASE.optionName(), Long.toString(metadata.get().number()));
        options.put(OptionKind.DECISION.optionName(), metadata.get().accept() ? "accept" : "reject");
        options.put(OptionKind.ANSWER.optionName(), typed(request.getPayload().getView(), ANSWER_BLOCK));
        options.put(OptionKind.AMOUNT.optionName(), typed(request.getPayload().getView(), AMOUNT_BLOCK));
        ChatInput.Options input = new ChatInput.Options("dispute resolve", options);
        try {
            if (input.command() instanceof BonusCommand.Malformed bad) {
                String block = bad.reasonKey().equals("error.dispute_needs_answer") || bad.reasonKey().equals("error.dispute_too_long")
                        ? ANSWER_BLOCK : AMOUNT_BLOCK;
                return ctx.ackWithErrors(Map.of(block, Texts.of(language(userId)).get(bad.reasonKey(), bad.detail())));
            }
            executor.execute(() -> resolve(userId, input, metadata.get().responseUrl()));
        } catch (RuntimeException e) {
            log.error("dispute modal failed ({})", e.getClass().getSimpleName());
            return ctx.ackWithErrors(Map.of(ANSWER_BLOCK, turn.busy().notice().summary()));
        }
        return ctx.ack();
    }

    private void resolve(String userId, ChatInput.Options input, String responseUrl) {
        ChatOutcome outcome = turn.take(() -> new ChatRequest(ChatSource.SLACK, userId, Optional.ofNullable(people.personId(userId)), input));
        if (outcome instanceof ChatOutcome.Failed failed) {
            ChatFailure.log(log, "dispute modal from " + userId, failed.cause());
        }
        SlackMessage message = new BlockKitRenderer().message(reply(outcome), outcome.texts());
        try {
            if (responseUrl.isBlank()) {
                api.postMessage(userId, message);
            } else {
                api.respond(responseUrl, ActionResponse.builder().responseType("ephemeral").replaceOriginal(false).text(message.text())
                        .blocks(message.blocks()).build());
            }
        } catch (SlackCallException e) {
            log.warn("dispute modal: the outcome could not be shown ({})", e.error());
        }
    }

    private static app.bonusbot.core.reply.Reply reply(ChatOutcome outcome) {
        if (outcome instanceof ChatOutcome.Answered answered) {
            return answered.reply();
        }
        if (outcome instanceof ChatOutcome.NotEnrolled notEnrolled) {
            return notEnrolled.reply();
        }
        if (outcome instanceof ChatOutcome.Busy busy) {
            return busy.notice();
        }
        return ((ChatOutcome.Failed) outcome).notice();
    }

    private Language language(String userId) {
        Company c = company.get();
        String personId = people.personId(userId);
        return Optional.ofNullable(personId).flatMap(id -> c.directory().person(id)).map(p -> p.language())
                .filter(l -> l != null).orElse(c.settings().language());
    }

    private static View modal(Metadata metadata, Texts texts) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(InputBlock.builder().blockId(ANSWER_BLOCK)
                .label(PlainTextObject.builder().text(texts.get("dispute.modal.answer")).build())
                .element(PlainTextInputElement.builder().actionId(INPUT).multiline(true).maxLength(2000).build()).build());
        if (metadata.accept()) {
            blocks.add(InputBlock.builder().blockId(AMOUNT_BLOCK).optional(true)
                    .label(PlainTextObject.builder().text(texts.get("dispute.modal.amount")).build())
                    .element(PlainTextInputElement.builder().actionId(INPUT).build()).build());
        }
        String title = texts.get(metadata.accept() ? "dispute.modal.title.accept" : "dispute.modal.title.reject", metadata.number());
        return View.builder().type("modal").callbackId(CALLBACK_ID).privateMetadata(metadata.text())
                .title(ViewTitle.builder().type("plain_text").text(SlackText.escapeWithin(title, TITLE_TEXT)).build())
                .submit(ViewSubmit.builder().type("plain_text").text(SlackText.escapeWithin(texts.get("dispute.modal.submit"), TITLE_TEXT)).build())
                .blocks(blocks)
                .build();
    }

    private static String typed(View view, String block) {
        ViewState state = view.getState();
        Map<String, ViewState.Value> values = state == null || state.getValues() == null ? null : state.getValues().get(block);
        ViewState.Value value = values == null ? null : values.get(INPUT);
        return value == null || value.getValue() == null ? "" : value.getValue();
    }

    /** Which case the modal resolves, how, and the notice's response URL to show the outcome under. */
    record Metadata(long number, boolean accept, String responseUrl) {

        static Optional<Metadata> of(String number, boolean accept, String responseUrl) {
            return number != null && number.matches("\\d{1,18}")
                    ? Optional.of(new Metadata(Long.parseLong(number), accept, responseUrl == null ? "" : responseUrl))
                    : Optional.empty();
        }

        static Optional<Metadata> parse(String text) {
            String[] parts = text == null ? new String[0] : text.split("\\|", 3);
            if (parts.length != 3 || !parts[1].matches("accept|reject")) {
                return Optional.empty();
            }
            return of(parts[0], parts[1].equals("accept"), parts[2]);
        }

        String text() {
            return number + "|" + (accept ? "accept" : "reject") + "|" + responseUrl;
        }
    }
}
