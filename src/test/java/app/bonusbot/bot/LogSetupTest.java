package app.bonusbot.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The process's logging, set up in code instead of an XML file that every start would parse. */
class LogSetupTest {

    @Test
    void logs_go_to_standard_error_as_time_level_logger_and_message_and_no_chat_sdk_logs_below_info() {
        // given a logger context set up as the process's is
        LoggerContext context = new LoggerContext();
        // As logback's SLF4J provider does for the process's context.
        context.setMDCAdapter(new LogbackMDCAdapter());
        LogSetup setup = new LogSetup();
        setup.setContext(context);
        PrintStream real = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();

        // when it is set up, and something is logged at WARN and at INFO
        assertEquals(Configurator.ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY, setup.configure(context));
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            context.getLogger("app.bonusbot.store.Database").warn("the database is busy");
            context.getLogger("app.bonusbot.store.Database").info("not shown at WARN");
        } finally {
            System.setErr(real);
        }

        // then the warning is one line on standard error, and the levels that keep secrets out of the log hold
        String logged = captured.toString(StandardCharsets.UTF_8);
        assertTrue(logged.matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} WARN  a\\.b\\.store\\.Database - the database is busy\\R"), logged);
        assertEquals(Level.INFO, context.getLogger("com.slack.api").getLevel());
        assertEquals(Level.INFO, context.getLogger("net.dv8tion").getLevel());
        assertEquals(Level.WARN, context.getLogger("org.jdbi").getLevel());
    }

    @Test
    void bonusbot_log_level_sets_the_level_and_a_mistyped_one_keeps_warn() {
        assertEquals(Level.DEBUG, LogSetup.rootLevel("debug"));
        assertEquals(Level.INFO, LogSetup.rootLevel(" INFO "));
        assertEquals(Level.WARN, LogSetup.rootLevel(null));
        assertEquals(Level.WARN, LogSetup.rootLevel("verbose"));
    }
}
