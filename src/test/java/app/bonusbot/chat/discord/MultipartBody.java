package app.bonusbot.chat.discord;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Splits a {@code multipart/form-data} body, as JDA sends messages with files, into its parts. */
final class MultipartBody {

    private MultipartBody() {}

    static boolean isMultipart(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    /** Every part, payload_json included (with a null file name). */
    static List<UploadedFile> parts(String contentType, byte[] body) {
        String delimiter = "--" + parameter(contentType, "boundary");
        // ISO-8859-1 maps each byte to one char, so indexes in the text are indexes in the bytes
        String text = new String(body, StandardCharsets.ISO_8859_1);
        List<UploadedFile> parts = new ArrayList<>();
        int at = text.indexOf(delimiter);
        while (at >= 0 && !text.startsWith("--", at + delimiter.length())) {
            int headersStart = text.indexOf("\r\n", at) + 2;
            int headersEnd = text.indexOf("\r\n\r\n", headersStart);
            int next = text.indexOf("\r\n" + delimiter, headersEnd + 4);
            if (headersEnd < 0 || next < 0) {
                throw new IllegalArgumentException("truncated multipart body: " + text);
            }
            String name = null;
            String filename = null;
            String partType = null;
            for (String header : text.substring(headersStart, headersEnd).split("\r\n")) {
                String lower = header.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-disposition:")) {
                    name = parameter(header, "name");
                    filename = parameter(header, "filename");
                } else if (lower.startsWith("content-type:")) {
                    partType = header.substring(header.indexOf(':') + 1).trim();
                }
            }
            parts.add(new UploadedFile(name, filename, partType, Arrays.copyOfRange(body, headersEnd + 4, next)));
            at = next + 2;
        }
        return parts;
    }

    private static String parameter(String header, String name) {
        for (String piece : header.split(";")) {
            String trimmed = piece.trim();
            if (trimmed.toLowerCase(Locale.ROOT).startsWith(name + "=")) {
                String value = trimmed.substring(name.length() + 1);
                return value.startsWith("\"") ? value.substring(1, value.length() - 1) : value;
            }
        }
        return null;
    }
}
