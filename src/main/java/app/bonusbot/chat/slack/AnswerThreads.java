package app.bonusbot.chat.slack;

import com.slack.api.util.thread.DaemonThreadExecutorServiceFactory;
import com.slack.api.util.thread.ExecutorServiceProvider;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads the work after each ack runs on, as Bolt's {@code App.executorService()}. Bolt's own is 10 threads with
 * a queue without end: a flood of commands would wait in memory however long it got, each one already acked. Here
 * the answers (mostly CPU: working out the reply, then one post to the response URL) run on a few threads per core,
 * and at most {@value #QUEUE} wait; past that the handler's {@code execute} is refused, and the command is acked with
 * the polite "too many questions" notice instead.
 */
final class AnswerThreads implements ExecutorServiceProvider {

    /** Answers waiting for a thread; at 1,000 answers a second a fraction of a second of work. */
    static final int QUEUE = 1000;

    /** Two per core, so one thread's wait for the response URL or the database leaves the core to another; four at least. */
    static int forCores(int cores) {
        return Math.max(4, 2 * cores);
    }

    @Override
    public ExecutorService createThreadPoolExecutor(String threadGroupName, int poolSize) {
        AtomicInteger number = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(poolSize, poolSize, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE), runnable -> {
            Thread thread = new Thread(runnable, "slack-answer-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        pool.allowCoreThreadTimeOut(true); // an idle bot holds no threads
        return pool;
    }

    @Override
    public ScheduledExecutorService createThreadScheduledExecutor(String threadGroupName) {
        return DaemonThreadExecutorServiceFactory.createDaemonThreadScheduledExecutor(threadGroupName);
    }
}
