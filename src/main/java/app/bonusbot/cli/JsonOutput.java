package app.bonusbot.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The mapper behind every {@code --json} output. A class of its own so that the JVM builds it only when a command
 * prints JSON: picocli instantiates every command at start, and a mapper in a command's static field would load and
 * initialise several hundred Jackson classes on the way to every console answer.
 */
final class JsonOutput {

    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonOutput() {}

    /** The documented JSON form as printed; a failure to write it is one line, never a stack trace. */
    static String text(Object json) {
        try {
            return MAPPER.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            // Only --json gets here, whose output is English field names whatever the language of the run.
            throw new UserError("could not write JSON: " + e.getOriginalMessage());
        }
    }
}
