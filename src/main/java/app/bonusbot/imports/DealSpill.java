package app.bonusbot.imports;

import app.bonusbot.core.deal.Deal;
import app.bonusbot.core.deal.ForeignAmount;
import app.bonusbot.core.deal.Outcome;
import app.bonusbot.store.LedgerDeal;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The validated deals of one import, between reading the file and writing the ledger. A file is read and checked
 * whole before the write lock is taken, so its deals must wait somewhere: the first few thousand in memory, the
 * rest of a large file in a temporary file, so that a million rows fit in a small heap. Deleted on close.
 */
final class DealSpill implements Closeable, Iterable<LedgerDeal> {

    /** About the deals of a large company's quarter: files this size never touch the disk. */
    static final int HELD_IN_MEMORY = 20_000;

    private static final Outcome[] OUTCOMES = Outcome.values();
    private static final long NO_DATE = Long.MIN_VALUE;

    private final Path directory;
    private final List<LedgerDeal> held = new ArrayList<>();
    private final List<SpillFile.Reading> readings = new ArrayList<>();
    private SpillFile file;
    private long size;

    /** @param directory where a large import's temporary file goes */
    DealSpill(Path directory) {
        this.directory = directory;
    }

    void add(LedgerDeal deal) throws IOException {
        if (file == null && held.size() == HELD_IN_MEMORY) {
            file = SpillFile.create(directory);
            for (LedgerDeal d : held) {
                write(d);
            }
            held.clear();
        }
        if (file == null) {
            held.add(deal);
        } else {
            write(deal);
        }
        size++;
    }

    long size() {
        return size;
    }

    /** Whether the deals went to a temporary file. */
    boolean spilled() {
        return file != null;
    }

    /** Ends the adding; the deals can then be read. */
    void finishAdding() throws IOException {
        if (file != null) {
            file.finishWriting();
        }
    }

    /** The deals in the order added. Reading the temporary file can fail; that surfaces as an UncheckedIOException. */
    @Override
    public Iterator<LedgerDeal> iterator() {
        if (file == null) {
            return held.iterator();
        }
        try {
            SpillFile.Reading reading = file.read();
            readings.add(reading);
            return new Reader(reading);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(LedgerDeal entry) throws IOException {
        Deal d = entry.deal();
        file.putString(d.id());
        file.putString(d.name());
        BigDecimal amount = d.amount();
        // Amounts come at scale 2 and mostly fit a long of cents; anything else keeps its exact text.
        if (amount.scale() == 2 && amount.precision() < 19) {
            file.putByte(0);
            file.putLong(amount.unscaledValue().longValue());
        } else {
            file.putByte(1);
            file.putString(amount.toString());
        }
        file.putLong(d.closeDate() == null ? NO_DATE : d.closeDate().toEpochDay());
        file.putString(d.stage());
        file.putByte(d.outcome().ordinal());
        file.putString(d.ownerId());
        file.putString(d.dealType());
        file.putString(d.product());
        file.putString(d.pipeline());
        ForeignAmount foreign = d.foreign();
        file.putString(foreign == null ? null : foreign.currency().getCurrencyCode());
        if (foreign != null) {
            file.putString(foreign.amount().toString());
            file.putString(foreign.rate() == null ? null : foreign.rate().toString());
        }
        file.putString(entry.ownerReference());
    }

    private static LedgerDeal read(SpillFile.Reading in) throws IOException {
        String id = in.getString();
        String name = in.getString();
        BigDecimal amount = in.getByte() == 0 ? BigDecimal.valueOf(in.getLong(), 2) : new BigDecimal(in.getString());
        long day = in.getLong();
        LocalDate closeDate = day == NO_DATE ? null : LocalDate.ofEpochDay(day);
        String stage = in.getString();
        Outcome outcome = OUTCOMES[in.getByte()];
        String ownerId = in.getString();
        String dealType = in.getString();
        String product = in.getString();
        String pipeline = in.getString();
        String currency = in.getString();
        ForeignAmount foreign = null;
        if (currency != null) {
            BigDecimal original = new BigDecimal(in.getString());
            String rate = in.getString();
            foreign = new ForeignAmount(original, Currency.getInstance(currency), rate == null ? null : new BigDecimal(rate));
        }
        Deal deal = new Deal(id, name, amount, closeDate, stage, outcome, ownerId, dealType, product, pipeline, foreign);
        return new LedgerDeal(deal, in.getString());
    }

    @Override
    public void close() throws IOException {
        try {
            for (SpillFile.Reading reading : readings) {
                reading.close();
            }
        } finally {
            if (file != null) {
                file.close();
            }
        }
    }

    private static final class Reader implements Iterator<LedgerDeal> {

        private final SpillFile.Reading in;

        Reader(SpillFile.Reading in) {
            this.in = in;
        }

        @Override
        public boolean hasNext() {
            try {
                return in.hasMore();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public LedgerDeal next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            try {
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
