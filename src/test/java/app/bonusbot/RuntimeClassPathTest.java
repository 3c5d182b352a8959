package app.bonusbot;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * What the jar carries: one WebSocket client stack for Slack's Socket Mode (Java-WebSocket, no Tyrus and no
 * javax.websocket API beside it) and none of JDA's voice encryption (tink, protobuf), which Bonusbot never uses.
 * The test class path is the runtime one plus test libraries that bring none of these.
 */
class RuntimeClassPathTest {

    private static boolean present(String className) {
        try {
            Class.forName(className, false, RuntimeClassPathTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    @Test
    void socket_mode_runs_on_java_websocket_alone() {
        // given / when / then
        assertTrue(present("org.java_websocket.client.WebSocketClient"), "Java-WebSocket");
        assertTrue(present("com.slack.api.socket_mode.impl.SocketModeClientJavaWSImpl"), "the Slack SDK's Java-WebSocket backend");
        assertFalse(present("org.glassfish.tyrus.client.ClientManager"), "Tyrus");
        assertFalse(present("javax.websocket.WebSocketContainer"), "javax.websocket API");
    }

    @Test
    void jdas_voice_encryption_is_left_out() {
        // given / when / then
        assertTrue(present("net.dv8tion.jda.api.JDABuilder"), "JDA");
        assertFalse(present("com.google.crypto.tink.Aead"), "tink");
        assertFalse(present("com.google.protobuf.Message"), "protobuf-java");
        assertFalse(present("com.sun.jna.Native"), "opus-java's JNA");
    }
}
