package app.bonusbot.chat.slack;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/**
 * A reply as Slack takes it.
 *
 * @param text the fallback text for notifications and clients that cannot show blocks, already escaped
 * @param blocks the Block Kit blocks, within Slack's limits
 */
public record SlackMessage(String text, List<LayoutBlock> blocks) {
    public SlackMessage {
        blocks = List.copyOf(blocks);
    }
}
