package app.bonusbot.core.announce;

import java.util.Optional;

/** A team's post written for the channel and maybe for the manager, before its charts are drawn. */
record PostDraft(TeamPost content, String week, TeamPostTarget channelTarget, RenderedPost channel, Optional<TeamPostTarget> dmTarget,
        Optional<RenderedPost> dm) {

    /** The post with its charts: drawing is what takes time, so it may happen on another thread. */
    PreparedPost drawn(PostChartRenderer chart) {
        PreparedPost.Copy channelCopy = new PreparedPost.Copy(channelTarget, channel, chart.png(channel.chart()));
        Optional<PreparedPost.Copy> managerDm = dm.map(post -> new PreparedPost.Copy(dmTarget.orElseThrow(), post, chart.png(post.chart())));
        return new PreparedPost(content, week, channelCopy, managerDm);
    }
}
