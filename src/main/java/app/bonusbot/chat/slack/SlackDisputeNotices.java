package app.bonusbot.chat.slack;

import app.bonusbot.core.dispute.DisputeNotices;
import app.bonusbot.core.dispute.SalesOpsNotice;
import app.bonusbot.core.dispute.SellerNotice;
import app.bonusbot.core.i18n.Texts;
import app.bonusbot.core.people.Person;
import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.ButtonElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Dispute notices in Slack: sales ops' notice of a new case, with Accept and Reject buttons ({@link DisputeModal}),
 * in the private channel of settings.yaml {@code disputes.slack_channel} or else as a direct message to each admin;
 * the seller's answer as a direct message. Someone without a Slack user cannot be reached: that throws.
 */
public final class SlackDisputeNotices implements DisputeNotices {

    static final String ACCEPT = "dispute_accept";
    static final String REJECT = "dispute_reject";

    private final SlackApi api;
    private final SlackPeople people;
    private final Optional<String> channel;
    private final BlockKitRenderer renderer = new BlockKitRenderer();

    /** @param channel the private channel for sales ops' notices; empty to send them to each admin */
    public SlackDisputeNotices(SlackApi api, SlackPeople people, Optional<String> channel) {
        this.api = api;
        this.people = people;
        this.channel = channel;
    }

    @Override
    public boolean reaches(Person person) {
        return SlackPeople.reachable(person);
    }

    @Override
    public boolean hasChannel() {
        return channel.isPresent();
    }

    @Override
    public void toChannel(SalesOpsNotice notice) {
        api.postMessage(channel.orElseThrow(), withButtons(notice));
    }

    @Override
    public void toAdmin(Person admin, SalesOpsNotice notice) {
        api.postMessage(people.userToMessage(admin), withButtons(notice));
    }

    @Override
    public void toSeller(Person seller, SellerNotice notice) {
        api.postMessage(people.userToMessage(seller), renderer.message(notice.body(), notice.texts()));
    }

    /** The notice with its buttons last, within Slack's blocks per message. */
    private SlackMessage withButtons(SalesOpsNotice notice) {
        Texts texts = notice.texts();
        List<LayoutBlock> blocks = new ArrayList<>(renderer.blocks(notice.body().blocks(), BlockKitRenderer.MESSAGE_BLOCKS - 1, texts));
        String number = Long.toString(notice.dispute().number());
        blocks.add(ActionsBlock.builder().blockId("dispute:" + number).elements(List.of(
                button(ACCEPT, texts.get("dispute.button.accept"), number, "primary"),
                button(REJECT, texts.get("dispute.button.reject"), number, "danger"))).build());
        return new SlackMessage(SlackText.escapeWithin(notice.body().summary(), BlockKitRenderer.FALLBACK_TEXT), blocks);
    }

    private static ButtonElement button(String actionId, String label, String number, String style) {
        return ButtonElement.builder().actionId(actionId).value(number).style(style)
                .text(PlainTextObject.builder().text(label).emoji(false).build()).build();
    }
}
