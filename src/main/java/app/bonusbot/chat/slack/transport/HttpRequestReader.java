package app.bonusbot.chat.slack.transport;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads one HTTP/1.1 request off a connection, headers and body, so that work starts only on a complete request.
 * The stream given ends at the connection's deadline ({@link DeadlineInputStream}). Bodies come with a
 * {@code Content-Length} or chunked; one over the limit is read on and discarded up to a few times the limit, so
 * that a client still sending gets to read the 413, and refused at once past that.
 */
final class HttpRequestReader {

    /** Request line and headers together; Slack's are well under 2 KiB. */
    static final int MAX_HEAD_BYTES = 64 * 1024;
    private static final int MAX_CHUNK_LINE_BYTES = 1024;
    private static final byte[] CONTINUE = "HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    private final InputStream in;
    private final OutputStream out;
    private final int maxBodyBytes;
    private final long drainLimit;
    private int headBytesLeft = MAX_HEAD_BYTES;

    HttpRequestReader(InputStream in, OutputStream out, int maxBodyBytes) {
        this.in = in;
        this.out = out;
        this.maxBodyBytes = maxBodyBytes;
        this.drainLimit = 8L * maxBodyBytes;
    }

    /** The request, or null when the client closed the connection without sending one. */
    IncomingRequest read(String remoteAddress) throws IOException, RefusedHttpRequest {
        int first = in.read();
        // RFC 9112 2.2: empty lines before the request line are ignored (within the head's size).
        while ((first == '\r' || first == '\n') && --headBytesLeft > 0) {
            first = in.read();
        }
        if (first == -1) {
            return null;
        }
        String requestLine = (char) first + headLine();
        String[] parts = requestLine.split(" ", -1);
        if (parts.length != 3 || parts[0].isEmpty() || !parts[2].startsWith("HTTP/1.")) {
            throw new RefusedHttpRequest(400, "Not an HTTP/1.1 request line");
        }
        URI uri;
        try {
            uri = new URI(parts[1]);
        } catch (URISyntaxException e) {
            throw new RefusedHttpRequest(400, "Not a valid request target");
        }
        Map<String, List<String>> headers = headers();
        byte[] body = body(headers, "HTTP/1.1".equals(parts[2]));
        return new IncomingRequest(parts[0], uri, Collections.unmodifiableMap(headers), body, remoteAddress);
    }

    private Map<String, List<String>> headers() throws IOException, RefusedHttpRequest {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String line = headLine(); !line.isEmpty(); line = headLine()) {
            int colon = line.indexOf(':');
            // Whitespace before the colon or a folded line is refused (RFC 9112 5.1, 5.2): proxies may read them otherwise.
            if (colon <= 0 || Character.isWhitespace(line.charAt(colon - 1)) || Character.isWhitespace(line.charAt(0))) {
                throw new RefusedHttpRequest(400, "Malformed header line");
            }
            headers.computeIfAbsent(line.substring(0, colon), name -> new ArrayList<>()).add(line.substring(colon + 1).trim());
        }
        return headers;
    }

    private byte[] body(Map<String, List<String>> headers, boolean http11) throws IOException, RefusedHttpRequest {
        List<String> transferEncoding = headers.get("Transfer-Encoding");
        List<String> contentLength = headers.get("Content-Length");
        if (transferEncoding != null) {
            if (contentLength != null) {
                throw new RefusedHttpRequest(400, "Both Content-Length and Transfer-Encoding");
            }
            if (!"chunked".equals(String.join(",", transferEncoding).trim().toLowerCase(Locale.ROOT))) {
                throw new RefusedHttpRequest(501, "Only the chunked transfer coding is understood");
            }
            continueIfExpected(headers, http11);
            return chunked();
        }
        if (contentLength == null) {
            return new byte[0];
        }
        long length = length(contentLength);
        if (length > drainLimit) {
            throw tooLarge();
        }
        continueIfExpected(headers, http11);
        if (length > maxBodyBytes) {
            discard(length);
            throw tooLarge();
        }
        byte[] body = in.readNBytes((int) length);
        if (body.length < length) {
            throw new EOFException("the client closed the connection in the body");
        }
        return body;
    }

    private static long length(List<String> values) throws RefusedHttpRequest {
        String first = values.get(0).trim();
        for (String value : values) {
            if (!value.trim().matches("\\d{1,18}") || !value.trim().equals(first)) {
                throw new RefusedHttpRequest(400, "Not a valid Content-Length");
            }
        }
        return Long.parseLong(first);
    }

    private byte[] chunked() throws IOException, RefusedHttpRequest {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        long total = 0;
        while (true) {
            long size = chunkSize(chunkLine());
            if (size == 0) {
                break;
            }
            total += size;
            if (total > drainLimit) {
                throw tooLarge();
            }
            if (total > maxBodyBytes) {
                discard(size);
            } else {
                byte[] chunk = in.readNBytes((int) size);
                if (chunk.length < size) {
                    throw new EOFException("the client closed the connection in a chunk");
                }
                body.write(chunk);
            }
            if (!"".equals(line(2))) {
                throw new RefusedHttpRequest(400, "Malformed chunked body");
            }
        }
        String trailer = chunkLine();
        while (!trailer.isEmpty()) {
            trailer = chunkLine(); // trailer fields carry nothing Slack sends; they are read past
        }
        if (total > maxBodyBytes) {
            throw tooLarge();
        }
        return body.toByteArray();
    }

    private String chunkLine() throws IOException, RefusedHttpRequest {
        String line = line(MAX_CHUNK_LINE_BYTES);
        if (line == null) {
            throw new RefusedHttpRequest(400, "Malformed chunked body");
        }
        return line;
    }

    private static long chunkSize(String line) throws RefusedHttpRequest {
        String hex = (line.indexOf(';') >= 0 ? line.substring(0, line.indexOf(';')) : line).trim();
        if (!hex.matches("[0-9a-fA-F]{1,15}")) {
            throw new RefusedHttpRequest(400, "Malformed chunked body");
        }
        return Long.parseLong(hex, 16);
    }

    /** A client that sent {@code Expect: 100-continue} waits for this before the body. */
    private void continueIfExpected(Map<String, List<String>> headers, boolean http11) throws IOException {
        List<String> expect = headers.get("Expect");
        if (http11 && expect != null && expect.stream().anyMatch("100-continue"::equalsIgnoreCase)) {
            out.write(CONTINUE);
            out.flush();
        }
    }

    private void discard(long bytes) throws IOException {
        in.skipNBytes(bytes);
    }

    private RefusedHttpRequest tooLarge() {
        return new RefusedHttpRequest(413, "The request body is larger than " + maxBodyBytes + " bytes");
    }

    /** A line of the head, counted against the head's size. */
    private String headLine() throws IOException, RefusedHttpRequest {
        String line = line(headBytesLeft);
        if (line == null) {
            throw new RefusedHttpRequest(431, "The request line and headers are larger than " + MAX_HEAD_BYTES + " bytes");
        }
        headBytesLeft -= line.length() + 2;
        return line;
    }

    /** A line without its CRLF (a bare LF ends one too), or null when it is longer than {@code max} bytes. */
    private String line(int max) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (true) {
            int b = in.read();
            if (b == -1) {
                throw new EOFException("the client closed the connection in the middle of a request");
            }
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
            }
            if (line.size() >= max) {
                return null;
            }
            line.write(b);
        }
    }
}
