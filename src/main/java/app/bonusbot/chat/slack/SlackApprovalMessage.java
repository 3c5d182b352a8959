package app.bonusbot.chat.slack;

import app.bonusbot.core.approval.ApprovalMessage;
import app.bonusbot.core.i18n.Texts;
import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.ButtonElement;
import java.util.ArrayList;
import java.util.List;

/**
 * An approval ask as a Slack direct message: the team's statements summed up, rendered like any answer, and under
 * them the Approve button, whose value names the figures it approves.
 */
final class SlackApprovalMessage {

    /** The Approve button's action id: Bolt routes its clicks to {@link ApprovalButtons}. */
    static final String ACTION = "approval_approve";

    private SlackApprovalMessage() {}

    static SlackMessage of(ApprovalMessage message, BlockKitRenderer renderer) {
        Texts texts = Texts.of(message.language());
        SlackMessage summary = renderer.message(message.summary(), texts);
        List<LayoutBlock> blocks = new ArrayList<>(summary.blocks().subList(0, Math.min(summary.blocks().size(), BlockKitRenderer.MESSAGE_BLOCKS - 1)));
        blocks.add(ActionsBlock.builder()
                .blockId("approval:" + message.button().periodKey() + ":" + message.button().teamId())
                .elements(List.of(ButtonElement.builder()
                        .actionId(ACTION)
                        .text(PlainTextObject.builder().text(SlackText.escapeWithin(message.buttonLabel(), SlackSurveyMessage.BUTTON_TEXT)).build())
                        .value(message.button().encoded())
                        .style("primary")
                        .build()))
                .build());
        return new SlackMessage(summary.text(), blocks);
    }
}
