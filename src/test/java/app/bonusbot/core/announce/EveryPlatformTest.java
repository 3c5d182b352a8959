package app.bonusbot.core.announce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.bonusbot.core.people.ChatPlatform;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.reply.Reply;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class EveryPlatformTest {

    private static final Reply POST = Reply.builder("Nordics: 55 %").text("Nordics: 55 %").build();
    private static final byte[] PNG = {1, 2, 3};
    private static final Person MIA_ON_BOTH = new Person("mia", "Mia Berg", "mia@example.com", null, null, null, null,
            Map.of(ChatPlatform.SLACK, "U0MIA", ChatPlatform.DISCORD, "700000000000000001"));

    /**
     * A platform that reaches what its predicate accepts, records what it got, and fails when told to: before it takes
     * the message ({@code failure}), or after ({@code failureAfterPosting}).
     */
    private static final class Platform implements PostDelivery {
        final String name;
        final Predicate<TeamPostTarget> reaches;
        final List<TeamPostTarget> delivered = new ArrayList<>();
        RuntimeException failure;
        RuntimeException failureAfterPosting;

        Platform(String name, Predicate<TeamPostTarget> reaches) {
            this.name = name;
            this.reaches = reaches;
        }

        @Override
        public void deliver(TeamPostTarget target, Reply post, byte[] chartPng, Receipt receipt) {
            if (failure != null) {
                throw failure;
            }
            delivered.add(target);
            receipt.posted();
            if (failureAfterPosting != null) {
                throw failureAfterPosting;
            }
        }

        @Override
        public String platform() {
            return name;
        }

        @Override
        public boolean reaches(TeamPostTarget target) {
            return reaches.test(target);
        }
    }

    private final Platform slack = new Platform("slack", t -> !(t instanceof TeamPostTarget.Channel c) || c.channel(ChatPlatform.SLACK).isPresent());
    private final Platform discord = new Platform("discord", t -> !(t instanceof TeamPostTarget.Channel c) || c.channel(ChatPlatform.DISCORD).isPresent());
    private final EveryPlatform both = new EveryPlatform(List.of(slack, discord));
    /** What the post's routine heard: "posted" each time a platform took the message, and each failed part. */
    private final List<String> heard = new ArrayList<>();
    private final PostDelivery.Receipt receipt = new PostDelivery.Receipt() {
        @Override
        public void posted() {
            heard.add("posted");
        }

        @Override
        public void partFailed(String part, RuntimeException error) {
            heard.add(part + ": " + error.getMessage());
        }
    };

    private static TeamPostTarget.Channel channel(String slackChannel, String discordChannel) {
        Map<ChatPlatform, String> channels = new EnumMap<>(ChatPlatform.class);
        channels.put(ChatPlatform.SLACK, slackChannel);
        channels.put(ChatPlatform.DISCORD, discordChannel);
        return new TeamPostTarget.Channel(PostCompany.NORDICS, "2026-W50", channels);
    }

    @Test
    void a_team_with_a_channel_on_both_platforms_is_posted_on_both() {
        // given
        TeamPostTarget target = channel("C0NORDICS01", "800000000000000201");
        // when
        both.deliver(target, POST, PNG);
        // then
        assertEquals(List.of(target), slack.delivered);
        assertEquals(List.of(target), discord.delivered);
    }

    @Test
    void a_team_with_a_discord_channel_only_is_posted_on_discord_only() {
        // when
        both.deliver(channel(null, "800000000000000201"), POST, PNG);
        // then
        assertEquals(List.of(), slack.delivered);
        assertEquals(1, discord.delivered.size());
    }

    @Test
    void a_manager_known_on_both_platforms_gets_one_direct_message_on_the_first() {
        // when
        both.deliver(new TeamPostTarget.ManagerDm(PostCompany.NORDICS, "2026-W50", MIA_ON_BOTH), POST, PNG);
        // then
        assertEquals(1, slack.delivered.size());
        assertEquals(List.of(), discord.delivered);
    }

    @Test
    void a_manager_whose_first_platform_fails_gets_the_message_on_the_next() {
        // given
        slack.failure = new IllegalStateException("Slack is down");
        // when
        both.deliver(new TeamPostTarget.ManagerDm(PostCompany.NORDICS, "2026-W50", MIA_ON_BOTH), POST, PNG, receipt);
        // then
        assertEquals(1, discord.delivered.size());
        assertEquals(List.of("posted", "the direct message in slack: Slack is down"), heard);
    }

    @Test
    void one_platform_failing_while_the_other_posts_counts_the_week_as_posted_and_reports_the_failure() {
        // given
        discord.failure = new IllegalStateException("Missing Access");
        // when
        both.deliver(channel("C0NORDICS01", "800000000000000201"), POST, PNG, receipt);
        // then
        assertEquals(1, slack.delivered.size());
        assertEquals(List.of("posted", "the post in discord: Missing Access"), heard);
    }

    @Test
    void the_post_counts_as_posted_the_moment_the_first_platform_takes_it_even_when_the_second_fails_first() {
        // given Discord is down, and Slack throws a NullPointerException after taking the message
        slack.failureAfterPosting = new NullPointerException("upload_url");
        discord.failure = new IllegalStateException("Discord is down");
        // when
        both.deliver(channel("C0NORDICS01", "800000000000000201"), POST, PNG, receipt);
        // then the routine heard of the post at once, then of both failed parts, and nothing was thrown
        assertEquals(List.of("posted", "a step after the message in slack: upload_url", "the post in discord: Discord is down"), heard);
    }

    @Test
    void both_platforms_failing_after_taking_the_message_is_one_post_with_two_failed_parts() {
        // given
        slack.failureAfterPosting = new IllegalStateException("chart refused");
        discord.failureAfterPosting = new IllegalStateException("gateway gone");
        // when
        both.deliver(channel("C0NORDICS01", "800000000000000201"), POST, PNG, receipt);
        // then
        assertEquals(List.of("posted", "a step after the message in slack: chart refused", "a step after the message in discord: gateway gone"), heard);
    }

    @Test
    void every_platform_failing_fails_the_delivery_so_the_week_is_tried_again() {
        // given
        slack.failure = new IllegalStateException("Slack is down");
        discord.failure = new IllegalStateException("Discord is down");
        // when
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> both.deliver(channel("C0NORDICS01", "800000000000000201"), POST, PNG, receipt));
        // then
        assertSame(slack.failure, thrown);
        assertEquals(List.of(discord.failure), List.of(thrown.getSuppressed()));
        assertEquals(List.of(), heard, "nothing was posted");
    }

    @Test
    void a_team_no_platform_has_a_channel_for_is_not_reached() {
        // when
        TeamPostTarget nowhere = channel(null, null);
        // then
        assertEquals(false, both.reaches(nowhere));
        assertThrows(IllegalStateException.class, () -> both.deliver(nowhere, POST, PNG));
    }
}
