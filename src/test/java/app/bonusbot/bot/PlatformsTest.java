package app.bonusbot.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.bonusbot.bot.Platforms.Platform;
import app.bonusbot.core.announce.EveryPlatform;
import app.bonusbot.core.announce.PostDelivery;
import app.bonusbot.core.survey.FirstReachingPlatform;
import app.bonusbot.core.survey.SurveyDelivery;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlatformsTest {

    private final List<String> stopped = new ArrayList<>();
    private final PostDelivery slackPosts = (target, post, png, receipt) -> receipt.posted();
    private final PostDelivery discordPosts = (target, post, png, receipt) -> receipt.posted();

    private Platform platform(String name, PostDelivery posts) {
        return new Platform(name, () -> stopped.add(name), posts, SurveyDelivery.NONE);
    }

    @Test
    void one_platform_delivers_posts_and_surveys_itself() {
        // given
        Platforms platforms = new Platforms();
        platforms.add(platform("Slack", slackPosts));
        // when
        PostDelivery posts = platforms.posts();
        SurveyDelivery surveys = platforms.surveys();
        // then
        assertSame(slackPosts, posts);
        assertSame(SurveyDelivery.NONE, surveys);
        assertEquals(List.of("Slack"), platforms.names());
    }

    @Test
    void two_platforms_post_on_every_platform_and_ask_on_the_first_reaching_one() {
        // given
        Platforms platforms = new Platforms();
        platforms.add(platform("Slack", slackPosts));
        platforms.add(platform("Discord", discordPosts));
        // when
        PostDelivery posts = platforms.posts();
        SurveyDelivery surveys = platforms.surveys();
        // then
        assertInstanceOf(EveryPlatform.class, posts);
        assertInstanceOf(FirstReachingPlatform.class, surveys);
        assertEquals(List.of("Slack", "Discord"), platforms.names());
    }

    @Test
    void the_last_connected_platform_stops_first_and_a_failing_stop_does_not_keep_the_others_running() {
        // given Discord fails to stop
        Platforms platforms = new Platforms();
        platforms.add(platform("Slack", slackPosts));
        platforms.add(new Platform("Discord", () -> {
            stopped.add("Discord");
            throw new IllegalStateException("the gateway is gone");
        }, discordPosts, SurveyDelivery.NONE));
        // when
        platforms.close();
        // then
        assertEquals(List.of("Discord", "Slack"), stopped);
        assertEquals(true, platforms.isEmpty());
    }

    @Test
    void without_a_platform_there_is_no_delivery_to_hand_out() {
        // given
        Platforms none = new Platforms();
        // when
        IllegalStateException e = assertThrows(IllegalStateException.class, none::posts);
        // then
        assertEquals("no chat platform is connected", e.getMessage());
    }
}
