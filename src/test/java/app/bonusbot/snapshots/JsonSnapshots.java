package app.bonusbot.snapshots;

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
 * Committed JSON of what a chat adapter sends, under src/test/resources/snapshots/PLATFORM/, compared pretty-printed.
 * A missing snapshot is written and the test fails, so that a new one is read by eye before it is committed;
 * {@code -Dsnapshots.update=true} rewrites them all after an intended change. Any other difference fails.
 */
public final class JsonSnapshots {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path dir;

    /** @param platform the folder under src/test/resources/snapshots/, e.g. {@code slack} */
    public JsonSnapshots(String platform) {
        this.dir = Path.of("src/test/resources/snapshots", platform);
    }

    public JsonNode read(String name) {
        try {
            return JSON.readTree(Files.readString(dir.resolve(name + ".json"), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void assertMatches(String name, String actualJson) {
        Path file = dir.resolve(name + ".json");
        String actual = pretty(actualJson);
        try {
            if (!Files.exists(file) || Boolean.getBoolean("snapshots.update")) {
                Files.createDirectories(dir);
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                fail("wrote the snapshot " + file + ": read it, and commit it if it is right");
            }
            assertEquals(pretty(Files.readString(file, StandardCharsets.UTF_8)), actual, "JSON differs from " + file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String pretty(String json) {
        try {
            return JSON.writeValueAsString(JSON.readTree(json)).replace("\r\n", "\n") + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
