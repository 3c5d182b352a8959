package app.bonusbot.chat.discord;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.events.StatusChangeEvent;
import net.dv8tion.jda.api.hooks.EventListener;

/**
 * {@link JDA#awaitReady()} with a timeout, so a broken login fails a test instead of hanging it. JDA fires ReadyEvent
 * and then sets the status CONNECTED; waiting for CONNECTED means ReadyEvent's listeners have run too.
 */
final class ConnectedJda {

    private ConnectedJda() {}

    static JDA build(JDABuilder builder, Duration timeout, Supplier<String> diagnostics) {
        CountDownLatch connected = new CountDownLatch(1);
        EventListener onConnected = event -> {
            if (event instanceof StatusChangeEvent && ((StatusChangeEvent) event).getNewStatus() == JDA.Status.CONNECTED) {
                connected.countDown();
            }
        };
        JDA jda = builder.addEventListeners(onConnected).build();
        try {
            if (!connected.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                JDA.Status status = jda.getStatus();
                jda.shutdownNow();
                throw new AssertionError("JDA was not CONNECTED within " + timeout + " (status " + status + "); " + diagnostics.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            jda.shutdownNow();
            throw new AssertionError("interrupted while JDA logged in", e);
        }
        jda.removeEventListener(onConnected);
        return jda;
    }
}
