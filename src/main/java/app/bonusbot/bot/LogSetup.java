package app.bonusbot.bot;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * The process's logging, set up in code: logback finds it through {@code META-INF/services} before it looks for an XML
 * file (its rank puts it first), and parsing one costs every start about as much as everything else logback does. Logs go to standard error
 * so that standard output carries only answers (console chat, JSON output); {@code BONUSBOT_LOG_LEVEL} sets the level
 * (default WARN). A {@code -Dlogback.configurationFile} given on the command line is left to logback.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_NORMAL_PRIORITY)
public final class LogSetup extends ContextAwareBase implements Configurator {

    static final String LEVEL_VARIABLE = "BONUSBOT_LOG_LEVEL";
    static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{20} - %msg%n";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        // Written to whatever System.err is at the time, as a test that captures it expects.
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();
        context.getLogger("org.jdbi").setLevel(Level.WARN);
        // The Slack SDK logs a token prefix at DEBUG, and JDA what it sends to Discord's gateway at TRACE, the IDENTIFY
        // with the bot token among it: secrets never reach a log, whatever BONUSBOT_LOG_LEVEL says.
        context.getLogger("com.slack.api").setLevel(Level.INFO);
        context.getLogger("net.dv8tion").setLevel(Level.INFO);
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(rootLevel(System.getenv(LEVEL_VARIABLE)));
        root.addAppender(stderr);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** The level named (any case), else WARN: a mistyped level must not silence the warnings. */
    static Level rootLevel(String named) {
        return Level.toLevel(named == null ? null : named.trim(), Level.WARN);
    }
}
