package app.bonusbot.chat.slack;

import app.bonusbot.core.announce.PostDelivery;
import app.bonusbot.core.announce.TeamPostTarget;
import app.bonusbot.core.announce.TeamPostView;
import app.bonusbot.core.company.Company;
import app.bonusbot.core.i18n.Texts;
import app.bonusbot.core.people.ChatPlatform;
import app.bonusbot.core.reply.Reply;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Weekly team posts in Slack: the post as a Block Kit message in the team's channel (or as a direct message to the
 * manager), then its chart uploaded next to it with the {@code files.uploadV2} flow (files.getUploadURLExternal, the
 * upload, files.completeUploadExternal). The message is the post: when it cannot be sent the delivery fails and the
 * week is tried again; once Slack has it, the receipt hears so at once, and a chart that then fails in any way is a
 * failed part of a post that stands, so a missing chart never makes the post repeat.
 */
public final class SlackPostDelivery implements PostDelivery {

    private final SlackApi api;
    private final SlackPeople people;
    private final Supplier<Company> company;
    private final BlockKitRenderer renderer = new BlockKitRenderer();
    private final SlackFiles files;

    /**
     * @param people finds the manager's Slack user for a direct message: their slack_id, or by e-mail
     * @param company for the team's language
     */
    public SlackPostDelivery(SlackApi api, SlackPeople people, Supplier<Company> company) {
        this.api = api;
        this.people = people;
        this.company = company;
        this.files = new SlackFiles(api);
    }

    /** A team with a Slack channel; a manager with a slack_id, or an e-mail to find them by. */
    @Override
    public boolean reaches(TeamPostTarget target) {
        if (target instanceof TeamPostTarget.ManagerDm dm) {
            return SlackPeople.reachable(dm.manager());
        }
        return ((TeamPostTarget.Channel) target).channel(ChatPlatform.SLACK).isPresent();
    }

    @Override
    public String platform() {
        return "Slack";
    }

    @Override
    public void deliver(TeamPostTarget target, Reply post, byte[] chartPng, Receipt receipt) {
        String to;
        if (target instanceof TeamPostTarget.Channel channel) {
            Optional<String> slackChannel = channel.channel(ChatPlatform.SLACK);
            if (slackChannel.isEmpty()) {
                return;
            }
            to = slackChannel.get();
        } else {
            TeamPostTarget.ManagerDm dm = (TeamPostTarget.ManagerDm) target;
            to = people.userToMessage(dm.manager());
        }
        Texts texts = Texts.of(TeamPostView.languageOf(company.get(), target.team()));
        ChatPostMessageResponse sent = api.postMessage(to, renderer.message(post, texts));
        receipt.posted();
        try {
            uploadChart(sent.getChannel(), target, chartPng);
        } catch (RuntimeException e) {
            // Any exception, not only Slack's refusals: the channel has the post, and only the chart is missing.
            receipt.partFailed("the chart in Slack", e);
        }
    }

    private void uploadChart(String channelId, TeamPostTarget target, byte[] png) {
        if (channelId == null) {
            throw new SlackCallException("chat.postMessage", "answered ok without the channel's id, so the chart has no conversation to go to");
        }
        files.sharePng(channelId, target.team().id() + "-" + target.week() + ".png", target.team().name() + " · " + target.week(),
                target.team().name() + " " + target.week(), png);
    }
}
