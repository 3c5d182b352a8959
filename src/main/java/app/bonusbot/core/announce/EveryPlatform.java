package app.bonusbot.core.announce;

import app.bonusbot.core.reply.Reply;
import java.util.ArrayList;
import java.util.List;

/**
 * Team posts on every chat platform the bot runs on, as one delivery, so each team and week is still claimed and
 * recorded once. The channel copy goes to every platform with a channel for the team; the manager's copy goes to the
 * first platform that knows the manager (in the order given), so a manager on both gets it once.
 *
 * <p>When every platform fails, the delivery throws: nothing was posted, and the week is tried again. When one took
 * the post and another failed, the week counts as posted and the failure goes to {@code failures} (the log), because
 * trying the week again would post it twice where it worked.
 */
public final class EveryPlatform implements PostDelivery {

    /** Hears about a platform that failed while another one took the post. */
    public interface Failures {
        void failed(PostDelivery platform, TeamPostTarget target, RuntimeException error);
    }

    private final List<PostDelivery> platforms;
    private final Failures failures;

    public EveryPlatform(List<PostDelivery> platforms, Failures failures) {
        if (platforms.isEmpty()) {
            throw new IllegalArgumentException("at least one platform");
        }
        this.platforms = List.copyOf(platforms);
        this.failures = failures;
    }

    @Override
    public boolean reaches(TeamPostTarget target) {
        return platforms.stream().anyMatch(p -> p.reaches(target));
    }

    @Override
    public void deliver(TeamPostTarget target, Reply post, byte[] chartPng) {
        List<PostDelivery> reaching = platforms.stream().filter(p -> p.reaches(target)).toList();
        if (reaching.isEmpty()) {
            throw new IllegalStateException("no chat platform reaches " + describe(target));
        }
        boolean once = target instanceof TeamPostTarget.ManagerDm;
        List<RuntimeException> errors = new ArrayList<>();
        List<PostDelivery> failed = new ArrayList<>();
        boolean delivered = false;
        for (PostDelivery platform : reaching) {
            try {
                platform.deliver(target, post, chartPng);
                delivered = true;
                if (once) {
                    break;
                }
            } catch (RuntimeException e) {
                errors.add(e);
                failed.add(platform);
            }
        }
        if (!delivered) {
            RuntimeException first = errors.get(0);
            errors.subList(1, errors.size()).forEach(first::addSuppressed);
            throw first;
        }
        for (int i = 0; i < failed.size(); i++) {
            failures.failed(failed.get(i), target, errors.get(i));
        }
    }

    private static String describe(TeamPostTarget target) {
        if (target instanceof TeamPostTarget.ManagerDm dm) {
            return "manager " + dm.manager().id() + " of team " + dm.team().id();
        }
        return "a channel of team " + target.team().id();
    }
}
