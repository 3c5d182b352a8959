package app.bonusbot.core.announce;

import app.bonusbot.core.reply.Reply;
import java.util.ArrayList;
import java.util.List;

/**
 * Team posts on every chat platform the bot runs on, as one delivery. {@link TeamPosts} claims, posts and records each
 * platform's week on its own ({@link #platforms()}); delivered as a whole (an announce's copy, a manager's direct
 * message), the channel copy goes to every platform with a channel for the team; the manager's copy goes to the
 * first platform that knows the manager (in the order given), so a manager on both gets it once.
 *
 * <p>The post counts as posted as soon as the first platform takes the message. When every platform fails before
 * that, the delivery throws: nothing was posted, and the week is tried again. When one took the post and another
 * failed, the week stays posted and the other platform's failure is a failed part of it (trying the week again would
 * post it twice where it worked).
 */
public final class EveryPlatform implements PostDelivery {

    private final List<PostDelivery> platforms;

    public EveryPlatform(List<PostDelivery> platforms) {
        if (platforms.isEmpty()) {
            throw new IllegalArgumentException("at least one platform");
        }
        this.platforms = List.copyOf(platforms);
    }

    @Override
    public boolean reaches(TeamPostTarget target) {
        return platforms.stream().anyMatch(p -> p.reaches(target));
    }

    @Override
    public List<PostDelivery> platforms() {
        return platforms;
    }

    @Override
    public String platform() {
        return String.join(" and ", platforms.stream().map(PostDelivery::platform).toList());
    }

    @Override
    public void deliver(TeamPostTarget target, Reply post, byte[] chartPng, Receipt receipt) {
        List<PostDelivery> reaching = platforms.stream().filter(p -> p.reaches(target)).toList();
        if (reaching.isEmpty()) {
            throw new IllegalStateException("no chat platform reaches " + describe(target));
        }
        boolean once = target instanceof TeamPostTarget.ManagerDm;
        List<RuntimeException> errors = new ArrayList<>();
        List<PostDelivery> failed = new ArrayList<>();
        boolean delivered = false;
        // The routine hears of the post once, when the first platform takes it.
        Took anyPlatform = new Took(receipt);
        for (PostDelivery platform : reaching) {
            Took took = new Took(anyPlatform);
            try {
                platform.deliver(target, post, chartPng, took);
                took.posted();
            } catch (RuntimeException e) {
                if (took.posted) {
                    receipt.partFailed("a step after the message in " + platform.platform(), e);
                } else {
                    errors.add(e);
                    failed.add(platform);
                }
            }
            delivered |= took.posted;
            if (once && took.posted) {
                break;
            }
        }
        if (!delivered) {
            RuntimeException first = errors.get(0);
            errors.subList(1, errors.size()).forEach(first::addSuppressed);
            throw first;
        }
        for (int i = 0; i < failed.size(); i++) {
            receipt.partFailed("the " + (once ? "direct message" : "post") + " in " + failed.get(i).platform(), errors.get(i));
        }
    }

    /** Passes on the first {@link #posted()} the moment it comes, so the week is recorded at once; remembers it. */
    private static final class Took implements Receipt {
        private final Receipt post;
        private boolean posted;

        Took(Receipt post) {
            this.post = post;
        }

        @Override
        public void posted() {
            if (!posted) {
                posted = true;
                post.posted();
            }
        }

        @Override
        public void partFailed(String part, RuntimeException error) {
            post.partFailed(part, error);
        }
    }

    private static String describe(TeamPostTarget target) {
        if (target instanceof TeamPostTarget.ManagerDm dm) {
            return "manager " + dm.manager().id() + " of team " + dm.team().id();
        }
        return "a channel of team " + target.team().id();
    }
}
