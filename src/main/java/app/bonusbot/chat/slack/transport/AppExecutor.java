package app.bonusbot.chat.slack.transport;

import com.slack.api.bolt.App;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Bolt's App offers handlers an executor for work after the ack (answering through the response_url). A stop waits
 * for that work, briefly, so that an answer being sent is not cut off.
 */
final class AppExecutor {

    private AppExecutor() {}

    static void drain(App app, Duration timeout) {
        ExecutorService executor = app.executorService();
        if (executor == null) {
            return;
        }
        executor.shutdown();
        try {
            executor.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
