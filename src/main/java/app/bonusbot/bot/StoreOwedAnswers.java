package app.bonusbot.bot;

import app.bonusbot.chat.OwedAnswers;
import app.bonusbot.chat.SharedDeliveries;
import app.bonusbot.store.PendingAnswers;
import app.bonusbot.store.PendingAnswers.PendingAnswer;
import app.bonusbot.store.PendingAnswers.TakeOver;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The answers this bot process owes, kept in the store every process shares ({@link PendingAnswers}), and the
 * process's watch over them: every {@link #LOOK_EVERY} it renews its lease on being alive ({@link #ALIVE_FOR}) and
 * takes over, answering them itself, the answers owed by processes whose lease ran out. So an answer acknowledged by a
 * process that dies is given by another within about {@code ALIVE_FOR + LOOK_EVERY}, well inside the 30 minutes a
 * Slack response URL takes answers and the 15 minutes a Discord interaction token does. One instance serves every
 * platform of the process, so the process has one lease on being alive.
 */
final class StoreOwedAnswers implements OwedAnswers, AutoCloseable {

    static final Duration ALIVE_FOR = Duration.ofSeconds(15);
    static final Duration LOOK_EVERY = Duration.ofSeconds(3);

    private static final Logger log = LoggerFactory.getLogger(StoreOwedAnswers.class);

    private final PendingAnswers store;
    private final StoreDeliveries deliveries;
    /** How a platform answers what it took over, and for how long after the command its answer is still taken. */
    private record Answerer(Duration answerableFor, Consumer<Owed> answer) {}

    private final Map<String, Answerer> answerers = new ConcurrentHashMap<>();
    /** Answers given whose row could not be deleted yet (SQLite's write lock was held by an import); deleted on the next look. */
    private final Queue<Owed> toForget = new ConcurrentLinkedQueue<>();
    private ScheduledExecutorService watch;

    StoreOwedAnswers(PendingAnswers store, StoreDeliveries deliveries) {
        this.store = store;
        this.deliveries = deliveries;
    }

    /** Takes the lease on being alive before the first command can be owed, then looks every {@link #LOOK_EVERY}. */
    synchronized void start() {
        store.stayAlive(ALIVE_FOR);
        watch = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "bonusbot-owed-answers");
            thread.setDaemon(true);
            return thread;
        });
        watch.scheduleWithFixedDelay(this::look, LOOK_EVERY.toMillis(), LOOK_EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public SharedDeliveries.Verdict claim(Owed owed, String kind, Instant keepUntil) {
        return deliveries.claimOwing(store, owed, kind, keepUntil);
    }

    @Override
    public void answered(Owed owed) {
        if (!store.answered(owed.platform(), owed.deliveryId())) {
            toForget.add(owed);
        }
    }

    @Override
    public void takeOverWith(String platform, Duration answerableFor, Consumer<Owed> answer) {
        answerers.put(platform, new Answerer(answerableFor, answer));
    }

    /** Renews the lease, forgets what was answered meanwhile, and answers what dead processes owed. Never throws: it runs again. */
    void look() {
        try {
            store.stayAlive(ALIVE_FOR);
            forgetAnswered();
            answerers.forEach(this::takeOver);
        } catch (RuntimeException e) {
            log.warn("looking for answers owed by stopped bot processes failed; looking again in {} s ({})", LOOK_EVERY.toSeconds(), e.getMessage());
        }
    }

    private void forgetAnswered() {
        for (int n = toForget.size(); n > 0; n--) {
            Owed owed = toForget.poll();
            if (owed != null) {
                answered(owed);
            }
        }
    }

    private void takeOver(String platform, Answerer answerer) {
        TakeOver found = store.takeOverFromTheDead(platform, answerer.answerableFor());
        for (PendingAnswer given : found.givenUp()) {
            log.warn("{} command of {} from {} was acknowledged by a bot process that stopped, and is not answered: {}", platform, given.createdAt(),
                    given.userId(), given.takenOver() >= PendingAnswers.MOST_TAKEOVERS ? "answering it stopped " + given.takenOver() + " processes"
                            : "older than the " + answerer.answerableFor().toMinutes() + " minutes " + platform + " takes an answer");
        }
        for (PendingAnswer taken : found.taken()) {
            answerer.answer().accept(new Owed(taken.platform(), taken.deliveryId(), taken.userId(), taken.text(), taken.responseUrl()));
        }
    }

    /**
     * Stops looking and gives the lease back, so what this process still owes is taken over at once by another. Called
     * once the platforms stopped: nothing is taken over any more, as the platforms could not answer it.
     */
    @Override
    public synchronized void close() {
        if (watch != null) {
            watch.shutdownNow();
            watch = null;
        }
        try {
            forgetAnswered();
        } catch (RuntimeException e) {
            log.warn("answers given were not all forgotten in the store; others may repeat them ({})", e.getMessage());
        }
        try {
            store.leave();
        } catch (RuntimeException e) {
            log.warn("the lease on being alive was not given back; others take over this process's answers when it runs out ({})", e.getMessage());
        }
    }
}
