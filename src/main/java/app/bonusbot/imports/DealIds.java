package app.bonusbot.imports;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The deal ids of one file with the line each first appeared on, to name the line a repeated id repeats. Held
 * compactly (the ids' bytes end to end, an open-addressing table of ints): a map of a million strings to boxed
 * line numbers took more heap than the rest of the import together.
 */
final class DealIds {

    private byte[] bytes = new byte[1 << 12];
    private int used;
    private int[] starts = new int[1 << 8];
    private int[] hashes = new int[1 << 8];
    private long[] lines = new long[1 << 8];
    private int size;
    /** Entry number + 1 per slot, 0 for a free slot; never more than half full. */
    private int[] table = new int[1 << 9];

    /** Remembers the id on this line; returns the line it was first seen on when it was seen before, else -1. */
    long firstLineOf(String id, long line) {
        byte[] key = keyOf(id);
        int hash = Arrays.hashCode(key);
        int mask = table.length - 1;
        for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
            int entry = table[slot] - 1;
            if (entry < 0) {
                add(key, hash, line);
                table[slot] = size;
                if (size * 2 > table.length) {
                    rehash();
                }
                return -1;
            }
            if (hashes[entry] == hash && sameBytes(entry, key)) {
                return lines[entry];
            }
        }
    }

    /**
     * The id's characters as bytes, without loss: one byte each for ASCII, else a marker byte (never ASCII) and two
     * bytes per UTF-16 unit, so that even ids with unpaired surrogates stay apart.
     */
    private static byte[] keyOf(String id) {
        int n = id.length();
        for (int i = 0; i < n; i++) {
            if (id.charAt(i) >= 0x80) {
                byte[] key = new byte[1 + 2 * n];
                key[0] = (byte) 0xFF;
                for (int j = 0; j < n; j++) {
                    char c = id.charAt(j);
                    key[1 + 2 * j] = (byte) (c >>> 8);
                    key[2 + 2 * j] = (byte) c;
                }
                return key;
            }
        }
        return id.getBytes(StandardCharsets.US_ASCII);
    }

    int size() {
        return size;
    }

    private void add(byte[] key, int hash, long line) {
        if (size == starts.length) {
            int grown = Math.multiplyExact(size, 2);
            starts = Arrays.copyOf(starts, grown);
            hashes = Arrays.copyOf(hashes, grown);
            lines = Arrays.copyOf(lines, grown);
        }
        if (used + key.length > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(Math.multiplyExact(bytes.length, 2), Math.addExact(used, key.length)));
        }
        System.arraycopy(key, 0, bytes, used, key.length);
        starts[size] = used;
        hashes[size] = hash;
        lines[size] = line;
        used += key.length;
        size++;
    }

    private boolean sameBytes(int entry, byte[] key) {
        int from = starts[entry];
        int to = entry + 1 < size ? starts[entry + 1] : used;
        return Arrays.equals(bytes, from, to, key, 0, key.length);
    }

    private void rehash() {
        int[] grown = new int[Math.multiplyExact(table.length, 2)];
        int mask = grown.length - 1;
        for (int entry = 0; entry < size; entry++) {
            int slot = spread(hashes[entry]) & mask;
            while (grown[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            grown[slot] = entry + 1;
        }
        table = grown;
    }

    /** Mixes the high bits in, as ids often differ only in their last characters. */
    private static int spread(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
