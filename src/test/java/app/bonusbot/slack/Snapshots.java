package app.bonusbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Committed Block Kit JSON under src/test/resources/snapshots/slack/. A missing snapshot is written and the test
 * fails, so that a new one is read by eye before it is committed; {@code -Dsnapshots.update=true} rewrites them all
 * after an intended change. Any other difference fails.
 */
final class Snapshots {

    private static final Path DIR = Path.of("src/test/resources/snapshots/slack");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Snapshots() {}

    static JsonNode read(String name) {
        try {
            return JSON.readTree(Files.readString(DIR.resolve(name + ".json"), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void assertMatches(String name, String actualJson) {
        Path file = DIR.resolve(name + ".json");
        String actual = pretty(actualJson);
        try {
            if (!Files.exists(file) || Boolean.getBoolean("snapshots.update")) {
                Files.createDirectories(DIR);
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                fail("wrote the snapshot " + file + ": read it, and commit it if it is right");
            }
            assertEquals(pretty(Files.readString(file, StandardCharsets.UTF_8)), actual, "Block Kit JSON differs from " + file);
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
