package app.bonusbot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.entities.MessageEmbed;

/**
 * Committed embed JSON under src/test/resources/snapshots/discord/: a message's embeds as a JSON array of what JDA
 * sends for each ({@code MessageEmbed.toData()}). A missing snapshot is written and the test fails, so that a new one
 * is read by eye before it is committed; {@code -Dsnapshots.update=true} rewrites them all after an intended change.
 * Any other difference fails.
 */
final class EmbedSnapshots {

    private static final Path DIR = Path.of("src/test/resources/snapshots/discord");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private EmbedSnapshots() {}

    static String json(List<MessageEmbed> embeds) {
        return pretty(embeds.stream().map(e -> e.toData().toString()).collect(Collectors.joining(",", "[", "]")));
    }

    static void assertMatches(String name, List<MessageEmbed> embeds) {
        Path file = DIR.resolve(name + ".json");
        String actual = json(embeds);
        try {
            if (!Files.exists(file) || Boolean.getBoolean("snapshots.update")) {
                Files.createDirectories(DIR);
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                fail("wrote the snapshot " + file + ": read it, and commit it if it is right");
            }
            assertEquals(pretty(Files.readString(file, StandardCharsets.UTF_8)), actual, "embed JSON differs from " + file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String pretty(String json) {
        try {
            return JSON.writeValueAsString(JSON.readTree(json)).replace("\r\n", "\n") + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
