package app.bonusbot.bot;

import app.bonusbot.core.announce.EveryPlatform;
import app.bonusbot.core.announce.PostDelivery;
import app.bonusbot.core.approval.ApprovalDelivery;
import app.bonusbot.core.approval.EveryReachingPlatform;
import app.bonusbot.core.dispute.DisputeNotices;
import app.bonusbot.core.survey.FirstReachingPlatform;
import app.bonusbot.core.survey.SurveyDelivery;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The chat platforms a process is connected to, each with its deliveries of team posts, survey rounds and approval asks: the bot
 * process's answering platforms, or {@code announce}'s posting-only ones. They are stopped in the reverse order of
 * connecting.
 */
public final class Platforms implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Platforms.class);

    /**
     * One connected platform.
     *
     * @param name the platform's name in a sentence: "Slack", "Discord"
     * @param connection what stops it: the Slack transport, the Discord session
     * @param disputes its dispute notices; null for a platform that only posts
     */
    public record Platform(String name, AutoCloseable connection, PostDelivery posts, SurveyDelivery surveys, ApprovalDelivery approvals,
            DisputeNotices disputes) {

        /** A platform that delivers no approval asks and no dispute notices (one that only posts, or a test's). */
        public Platform(String name, AutoCloseable connection, PostDelivery posts, SurveyDelivery surveys) {
            this(name, connection, posts, surveys, ApprovalDelivery.NONE, null);
        }
    }

    private final List<Platform> connected = new ArrayList<>();
    private final List<AutoCloseable> shared = new ArrayList<>();

    /** Adds a platform that has connected; it is stopped with the others. */
    public void add(Platform platform) {
        connected.add(platform);
    }

    /**
     * Adds something the platforms share, stopped after all of them: the answers they owe, handed over to other bot
     * processes once no platform of this one can give them any more.
     */
    public void addShared(AutoCloseable service) {
        shared.add(service);
    }

    public boolean isEmpty() {
        return connected.isEmpty();
    }

    /** The platforms' names in the order they connected. */
    public List<String> names() {
        return connected.stream().map(Platform::name).toList();
    }

    /**
     * Team posts on every platform: one platform's own delivery, or {@link EveryPlatform} over several (one refusing
     * a post another took is a failed part of it).
     */
    public PostDelivery posts() {
        List<PostDelivery> posts = connected.stream().map(Platform::posts).toList();
        requireOne();
        return posts.size() == 1 ? posts.get(0) : new EveryPlatform(posts);
    }

    /** Survey rounds on the first platform that reaches each person. */
    public SurveyDelivery surveys() {
        List<SurveyDelivery> surveys = connected.stream().map(Platform::surveys).toList();
        requireOne();
        return surveys.size() == 1 ? surveys.get(0) : new FirstReachingPlatform(surveys);
    }

    /** Approval asks and reminders on every platform that reaches each manager. */
    public ApprovalDelivery approvals() {
        List<ApprovalDelivery> approvals = connected.stream().map(Platform::approvals).toList();
        requireOne();
        return approvals.size() == 1 ? approvals.get(0) : new EveryReachingPlatform(approvals);
    }

    /** The dispute notices of the platforms that have them, in the order they connected. */
    public List<DisputeNotices> disputes() {
        return connected.stream().map(Platform::disputes).filter(Objects::nonNull).toList();
    }

    private void requireOne() {
        if (connected.isEmpty()) {
            throw new IllegalStateException("no chat platform is connected");
        }
    }

    /**
     * Stops the platforms, the last connected first, then what they share; one that fails to stop does not keep the
     * others running.
     */
    @Override
    public void close() {
        List<AutoCloseable> all = new ArrayList<>(shared);
        connected.forEach(platform -> all.add(platform.connection()));
        for (int i = all.size() - 1; i >= 0; i--) {
            AutoCloseable next = all.get(i);
            try {
                next.close();
            } catch (Exception e) {
                log.warn("stopping {} failed", next.getClass().getSimpleName(), e);
            }
        }
        connected.clear();
        shared.clear();
    }
}
