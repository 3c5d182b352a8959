package app.bonusbot.imports;

import app.bonusbot.core.deal.Conversion;
import app.bonusbot.core.deal.CurrencyConverter;
import app.bonusbot.core.deal.Deal;
import app.bonusbot.core.deal.HeldBackCounts;
import app.bonusbot.core.deal.Outcome;
import app.bonusbot.core.people.Directory;
import app.bonusbot.core.people.OwnerIndex;
import app.bonusbot.core.people.Person;
import app.bonusbot.store.DealLedger;
import app.bonusbot.store.DirectoryStore;
import app.bonusbot.store.ImportKind;
import app.bonusbot.store.LedgerDeal;
import app.bonusbot.store.UpsertCounts;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Imports deals from a CRM export (through the configured mapping) or from the plain format. A deal whose owner
 * matches nobody is stored all the same, unlinked, and named in the result. A deal in another currency is converted
 * at the rate of its close date ({@link CurrencyConverter}); without one it is stored held back, counted for nothing,
 * and named in the result.
 *
 * <p>Two passes, so that memory does not grow with the file: the first reads and checks every row, keeping only the
 * errors, the ids seen and the valid deals (on disk past a few thousand, see {@link DealSpill}); only a file without
 * errors goes on to the second, which writes those deals in one transaction. The file is thus read whole before the
 * write lock is taken, and the lock is held for the writing alone.
 */
public final class DealImporter implements CsvImporter {

    private final DealLedger ledger;
    private final DirectoryStore directory;
    private final DealMapping mapping;
    private final ZoneId zone;
    private final CurrencyConverter currencies;
    private final Path spillDirectory;

    /**
     * @param mapping the CRM export's columns and values (settings.yaml); its date formats serve the plain format too
     * @param zone the company's zone, in which a timestamp's date is taken
     * @param currencies the company currency and the exchange rates other currencies convert at
     */
    public DealImporter(DealLedger ledger, DirectoryStore directory, DealMapping mapping, ZoneId zone, CurrencyConverter currencies) {
        this(ledger, directory, mapping, zone, currencies, Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** @param spillDirectory where the deals of a large file wait between reading and writing */
    DealImporter(DealLedger ledger, DirectoryStore directory, DealMapping mapping, ZoneId zone, CurrencyConverter currencies, Path spillDirectory) {
        this.spillDirectory = spillDirectory;
        this.ledger = ledger;
        this.directory = directory;
        this.mapping = mapping;
        this.zone = zone;
        this.currencies = currencies;
    }

    @Override
    public ImportResult importCsv(String fileName, Reader reader, ImportProgress progress) throws IOException {
        ImportErrors errors = new ImportErrors(fileName);
        try (CsvRows rows = CsvRows.open(reader, errors); DealSpill deals = new DealSpill(spillDirectory)) {
            CsvHeader header = rows.header();
            Optional<DealFormat> format = header == null ? Optional.empty() : DealFormat.detect(header, mapping, errors);
            if (format.isEmpty()) {
                return ImportResult.failed(ImportKind.DEALS, errors);
            }
            // The README promises the mapping's date formats for the plain format's close_date as well.
            RowParser parser = new RowParser(format.get(), new CloseDates(zone, mapping.dateFormats()), currencies, directory.loadDirectory());
            for (CsvRecord record = rows.next(); record != null; record = rows.next()) {
                Optional<LedgerDeal> deal = parser.parse(new Row(record, header, errors));
                // Once a row is bad nothing will be written: the rest of the file is only checked.
                if (deal.isPresent() && errors.isEmpty()) {
                    deals.add(deal.get());
                }
            }
            if (!errors.isEmpty()) {
                return ImportResult.failed(ImportKind.DEALS, errors);
            }
            deals.finishAdding();
            long total = deals.size();
            UpsertCounts counts = ledger.upsertStreamed(fileName, deals, done -> progress.rowsDone(done, total));
            return ImportResult.succeeded(ImportKind.DEALS, fileName, counts, List.copyOf(parser.unmatchedOwners), parser.heldBack.counts());
        }
    }

    /** Reads one row after another, remembering what spans rows: the ids seen, the owners not found, the deals held back. */
    private static final class RowParser {

        private final DealFormat format;
        private final CloseDates closeDates;
        private final CurrencyConverter currencies;
        private final OwnerIndex owners;
        private final DealIds ids = new DealIds();
        private final TreeSet<String> unmatchedOwners = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        private final HeldBackCounts heldBack = new HeldBackCounts();

        RowParser(DealFormat format, CloseDates closeDates, CurrencyConverter currencies, Directory people) {
            this.format = format;
            this.closeDates = closeDates;
            this.currencies = currencies;
            this.owners = OwnerIndex.of(people.people());
        }

        Optional<LedgerDeal> parse(Row row) {
            String idColumn = format.column(DealField.ID);
            String id = row.required(idColumn);
            if (id != null) {
                long first = ids.firstLineOf(id, row.line());
                if (first >= 0) {
                    row.error(idColumn, FieldError.quoted(id) + " is also on line " + first);
                }
            }
            String stageColumn = format.column(DealField.STAGE);
            Outcome outcome = row.parse(stageColumn, format::outcome);
            String amountColumn = format.column(DealField.AMOUNT);
            BigDecimal amount = row.parse(amountColumn, DecimalText::money);
            if (outcome == Outcome.WON && row.text(amountColumn) == null) {
                row.error(amountColumn, "is required for a won deal");
            }
            String closeColumn = format.column(DealField.CLOSE_DATE);
            LocalDate closeDate = row.parse(closeColumn, closeDates::parse);
            if ((outcome == Outcome.WON || outcome == Outcome.LOST) && row.text(closeColumn) == null) {
                row.error(closeColumn, "is required for a " + outcome.name().toLowerCase(Locale.ROOT) + " deal");
            }
            Currency currency = currency(row);
            if (row.isBad()) {
                return Optional.empty();
            }
            String owner = row.text(format.column(DealField.OWNER));
            String ownerId = owners.find(owner).map(Person::id).orElse(null);
            if (owner != null && ownerId == null) {
                unmatchedOwners.add(owner);
            }
            Conversion conversion = currencies.convert(amount == null ? BigDecimal.ZERO.setScale(2) : amount, currency, closeDate);
            if (conversion instanceof Conversion.HeldBack held) {
                heldBack.add(held);
            }
            Deal deal = new Deal(id, row.text(format.column(DealField.NAME)), conversion.amount(), closeDate, row.text(stageColumn), outcome, ownerId,
                    format.dealType(row.text(format.column(DealField.DEAL_TYPE))), row.text(format.column(DealField.PRODUCT)),
                    format.pipeline(row.text(format.column(DealField.PIPELINE))), conversion.original());
            return Optional.of(new LedgerDeal(deal, owner));
        }

        /** A blank cell, or no such column, is the company currency; a code that is no currency is a bad row. */
        private Currency currency(Row row) {
            String column = format.column(DealField.CURRENCY);
            String code = row.text(column);
            if (code == null) {
                return currencies.companyCurrency();
            }
            try {
                if (code.strip().length() == 3) {
                    return Currency.getInstance(code.strip().toUpperCase(Locale.ROOT));
                }
            } catch (IllegalArgumentException e) {
                // reported below
            }
            row.error(column, FieldError.quoted(code) + " is not a currency code; write an ISO 4217 code such as "
                    + currencies.companyCurrency().getCurrencyCode() + " or EUR");
            return null;
        }
    }
}
