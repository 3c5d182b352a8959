package app.bonusbot.chat.discord;

import java.nio.charset.StandardCharsets;

/**
 * A file part of a multipart request as it arrived, e.g. {@code files[0]} named {@code chart.png}.
 *
 * @param field the form field, {@code files[N]} for JDA's uploads
 */
public record UploadedFile(String field, String filename, String contentType, byte[] bytes) {

    public String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Whether the bytes start with PNG's signature. */
    public boolean isPng() {
        return bytes.length > 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G';
    }
}
