package app.bonusbot.imports;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A temporary file of numbers and strings written once and then read back in order. Strings are stored without
 * loss (one byte per character when all are below 256, else two), unlike UTF-8, which cannot carry an unpaired
 * surrogate. Buffered by hand: a data stream's every read of a number takes a lock.
 */
final class SpillFile implements Closeable {

    private static final int BUFFER = 1 << 16;
    private static final byte NULL = 0;
    private static final byte LATIN1 = 1;
    private static final byte UTF16 = 2;

    private final Path path;
    private final FileChannel out;
    private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER);

    private SpillFile(Path path, FileChannel out) {
        this.path = path;
        this.out = out;
    }

    /** A new file in the directory, readable by this user only (as the system's temporary files are). */
    static SpillFile create(Path directory) throws IOException {
        Path path = Files.createTempFile(directory, "bonusbot-import-", ".spill");
        try {
            return new SpillFile(path, FileChannel.open(path, StandardOpenOption.WRITE));
        } catch (IOException e) {
            Files.deleteIfExists(path);
            throw e;
        }
    }

    void putByte(int value) throws IOException {
        room(1);
        buffer.put((byte) value);
    }

    void putInt(int value) throws IOException {
        room(4);
        buffer.putInt(value);
    }

    void putLong(long value) throws IOException {
        room(8);
        buffer.putLong(value);
    }

    void putString(String s) throws IOException {
        if (s == null) {
            putByte(NULL);
            return;
        }
        int n = s.length();
        boolean latin1 = true;
        for (int i = 0; i < n && latin1; i++) {
            latin1 = s.charAt(i) < 0x100;
        }
        putByte(latin1 ? LATIN1 : UTF16);
        putInt(n);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (latin1) {
                room(1);
                buffer.put((byte) c);
            } else {
                room(2);
                buffer.putChar(c);
            }
        }
    }

    private void room(int bytes) throws IOException {
        if (buffer.remaining() < bytes) {
            drain();
        }
    }

    private void drain() throws IOException {
        buffer.flip();
        while (buffer.hasRemaining()) {
            out.write(buffer);
        }
        buffer.clear();
    }

    /** Ends the writing; the file can then be read, as often as needed. */
    void finishWriting() throws IOException {
        drain();
        out.close();
    }

    Reading read() throws IOException {
        return new Reading(FileChannel.open(path, StandardOpenOption.READ));
    }

    /** Deletes the file. */
    @Override
    public void close() throws IOException {
        try {
            out.close();
        } finally {
            Files.deleteIfExists(path);
        }
    }

    /** One pass over the file from its start. */
    static final class Reading implements Closeable {

        private final FileChannel in;
        private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER).flip();
        private char[] chars = new char[64];

        private Reading(FileChannel in) {
            this.in = in;
        }

        /** False once every byte has been read. */
        boolean hasMore() throws IOException {
            return buffer.hasRemaining() || fill(1, false);
        }

        int getByte() throws IOException {
            need(1);
            return buffer.get();
        }

        int getInt() throws IOException {
            need(4);
            return buffer.getInt();
        }

        long getLong() throws IOException {
            need(8);
            return buffer.getLong();
        }

        String getString() throws IOException {
            int kind = getByte();
            if (kind == NULL) {
                return null;
            }
            int n = getInt();
            if (kind == LATIN1 && buffer.remaining() >= n) {
                String s = new String(buffer.array(), buffer.arrayOffset() + buffer.position(), n, StandardCharsets.ISO_8859_1);
                buffer.position(buffer.position() + n);
                return s;
            }
            if (chars.length < n) {
                chars = new char[Math.max(n, chars.length * 2)];
            }
            for (int i = 0; i < n; i++) {
                if (kind == LATIN1) {
                    need(1);
                    chars[i] = (char) (buffer.get() & 0xFF);
                } else {
                    need(2);
                    chars[i] = buffer.getChar();
                }
            }
            return new String(chars, 0, n);
        }

        private void need(int bytes) throws IOException {
            if (buffer.remaining() < bytes) {
                fill(bytes, true);
            }
        }

        private boolean fill(int bytes, boolean required) throws IOException {
            buffer.compact();
            try {
                while (buffer.position() < bytes) {
                    if (in.read(buffer) < 0) {
                        if (required) {
                            throw new EOFException("the import's temporary file ends early");
                        }
                        return false;
                    }
                }
                return true;
            } finally {
                buffer.flip();
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
