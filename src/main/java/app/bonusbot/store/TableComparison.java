package app.bonusbot.store;

/**
 * One table after a copy of the store: its rows and checksum as read from the source and, within the copy's own
 * transaction, from the target. The checksums are made the same way on both sides ({@link TableDigest}).
 */
public record TableComparison(String table, long sourceRows, long targetRows, String sourceChecksum, String targetChecksum) {

    public boolean matches() {
        return sourceRows == targetRows && sourceChecksum.equals(targetChecksum);
    }
}
