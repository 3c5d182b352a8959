package app.bonusbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a start costs is mostly the classes it loads. The console chat, started as the README starts the bot, needs
 * none of the libraries of other paths: Jackson is for {@code --json}, the Slack SDK and JDA for their platforms.
 * Watched in a new JVM, the only place where what a start loads can be seen.
 */
@Timeout(120)
class StartupClassesTest {

    /**
     * Jackson's mapper (building one loads and initialises several hundred classes; a handful of Jackson's node types
     * the verifier loads to check the JSON commands' signatures cost nothing worth a rule), and every class of the
     * Slack SDK and of JDA.
     */
    private static final List<String> NOT_NEEDED_FOR_THE_CONSOLE = List.of("com.fasterxml.jackson.databind.ObjectMapper", "com.slack.api.",
            "net.dv8tion.");

    @TempDir
    Path dir;

    @Test
    void the_console_chat_answers_its_first_status_without_building_a_json_mapper_or_loading_slack_or_discord() throws Exception {
        // given the demo company, answered once already (the first start creates the database)
        InProcessCli bonusbot = InProcessCli.onCopyOfDemoConfig(dir);
        assertEquals(ExitCodes.OK, bonusbot.run("status", "--person", "anna.holm").exitCode());
        Path loaded = dir.resolve("classes.txt");

        // when a new process opens the console chat and is asked /bonus status
        String out = consoleChat(bonusbot, "-Xlog:class+load:file=" + loaded);

        // then it answers, and not one class of those libraries was loaded on the way
        assertTrue(out.contains("Bonus status · Anna Holm"), out);
        List<String> classes = Files.readAllLines(loaded).stream()
                .filter(line -> line.contains("[class,load]"))
                .map(line -> line.substring(line.indexOf("[class,load]") + "[class,load]".length()).trim().split(" ")[0])
                .toList();
        assertTrue(classes.stream().anyMatch(c -> c.equals("app.bonusbot.chat.console.ConsoleChat")), "the log lists the classes");
        List<String> unneeded = classes.stream().filter(c -> NOT_NEEDED_FOR_THE_CONSOLE.stream().anyMatch(c::startsWith)).toList();
        assertEquals(List.of(), unneeded);
    }

    /** Runs {@code bonusbot} without a sub-command and without chat tokens: the console chat, as the README starts it. */
    private String consoleChat(InProcessCli bonusbot, String jvmOption) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, jvmOption, "-cp", System.getProperty("java.class.path"), "app.bonusbot.Main",
                "--config", bonusbot.config().toString(), "--db", bonusbot.db().toString(), "--today", InProcessCli.TODAY)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("console.txt").toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("SLACK_") || k.startsWith("DISCORD_"));
        Process process = builder.start();
        try (OutputStream in = process.getOutputStream()) {
            in.write("/bonus status\n/quit\n".getBytes(StandardCharsets.UTF_8));
        }
        assertTrue(process.waitFor(100, TimeUnit.SECONDS), "the console chat ended at /quit");
        return Files.readString(dir.resolve("console.txt"));
    }
}
