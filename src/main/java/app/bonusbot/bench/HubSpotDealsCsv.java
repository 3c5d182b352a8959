package app.bonusbot.bench;

import app.bonusbot.core.time.DateRange;
import app.bonusbot.imports.DealField;
import app.bonusbot.imports.DealMapping;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * A HubSpot deal export of the benchmark company, written with the configured mapping's column names and stage
 * and deal-type values, so that the real import reads it exactly as it reads a customer's file.
 */
final class HubSpotDealsCsv {

    static final String ID_PREFIX = "bench-deal-";

    /**
     * About the demo plans' default quarterly target: amounts are scaled so that a seller's won new business per
     * quarter lands around it, and status walks every band rather than sitting far above the cap.
     */
    private static final long TYPICAL_QUARTER = 1_200_000;
    private static final String[] TYPES = {"new", "new", "new", "new", "upsell", "upsell", "upsell", "cross_sell", "cross_sell", "renewal",
        "renewal", "renewal"};
    private static final String[] PRODUCTS = {"Platform", "Analytics add-on", "Integrations"};
    private static final String[] CUSTOMERS = {"Aurora Freight", "Birk & Co", "Cobalt Energy", "Dalby Foods", "Egeskov Logistics",
        "Fjord Analytics", "Granit Bank", "Havn Retail", "Isbjerg Games", "Jord Agro", "Kilden Health", "Lynx Security"};

    private final DealMapping mapping;
    private final String idPrefix;
    private final List<DealField> fields = new ArrayList<>();
    private final Map<String, String> crmDealType = new TreeMap<>();
    private final Map<String, String> crmPipeline = new TreeMap<>();
    private final String wonStage;
    private final String lostStage;
    private final String openStage;

    HubSpotDealsCsv(DealMapping mapping) {
        this(mapping, ID_PREFIX);
    }

    /** @param idPrefix starts every deal id, so that two exports can hold different deals */
    HubSpotDealsCsv(DealMapping mapping, String idPrefix) {
        this.mapping = mapping;
        this.idPrefix = idPrefix;
        for (DealField field : DealField.values()) {
            // HubSpot exports a Currency column only for accounts with several currencies; the benchmark company has one.
            if (mapping.columns().containsKey(field) && field != DealField.CURRENCY) {
                fields.add(field);
            }
        }
        // The mapping's sets and maps have no stable order; sorting keeps a seed's file the same from run to run.
        new TreeMap<>(mapping.dealTypes()).forEach((crm, ours) -> crmDealType.putIfAbsent(ours.toLowerCase(Locale.ROOT), crm));
        new TreeMap<>(mapping.pipelines()).forEach((crm, ours) -> crmPipeline.putIfAbsent(ours.toLowerCase(Locale.ROOT), crm));
        wonStage = first(mapping.wonStages());
        lostStage = first(mapping.lostStages());
        // A mapping of closed deals only may list no open stage; such a file then has none either.
        openStage = mapping.openStages().isEmpty() ? lostStage : first(mapping.openStages());
    }

    /** The CRM's word for one of ours, as the mapping translates it back; a word it does not map is written as it is. */
    private static String crmValue(Map<String, String> crmByOurs, String ours) {
        return crmByOurs.getOrDefault(ours, ours);
    }

    private static String first(Set<String> values) {
        return values.stream().sorted().findFirst().orElseThrow(() -> new IllegalArgumentException("the deal mapping has no won or lost stages"));
    }

    /** Writes {@code count} deals over the range: 55 % won, 30 % lost, 15 % still open, owners drawn at random. */
    void write(Path file, List<Seller> sellers, int count, DateRange range, Random random) throws IOException {
        // 55 % won of which 80 % new business, per seller and 91-day quarter.
        long wonNewPerSellerQuarter = Math.max(1, count * 44L * 91 / (sellers.size() * 100L * Math.max(91, range.days())));
        long meanAmount = Math.max(1_000, TYPICAL_QUARTER / wonNewPerSellerQuarter);
        int days = (int) range.days();
        int width = Math.max(7, Integer.toString(count).length());
        try (CsvWriter csv = new CsvWriter(file)) {
            csv.row(fields.stream().map(f -> mapping.columns().get(f)).toList());
            List<String> cells = new ArrayList<>(fields.size());
            for (int i = 1; i <= count; i++) {
                String type = TYPES[random.nextInt(TYPES.length)];
                long units = Math.max(500, meanAmount * (25 + random.nextInt(151)) / 100);
                BigDecimal amount = BigDecimal.valueOf(units * 100 + random.nextInt(100), 2);
                LocalDate day = range.from().plusDays(random.nextInt(days));
                String closeDate = String.format(Locale.ROOT, "%s %02d:%02d", day, 8 + random.nextInt(10), random.nextInt(60));
                int roll = random.nextInt(100);
                String stage = roll < 55 ? wonStage : roll < 85 ? lostStage : openStage;
                Seller owner = sellers.get(random.nextInt(sellers.size()));
                String product = PRODUCTS[random.nextInt(PRODUCTS.length)];
                cells.clear();
                for (DealField field : fields) {
                    cells.add(switch (field) {
                        case ID -> idPrefix + String.format(Locale.ROOT, "%0" + width + "d", i);
                        case NAME -> CUSTOMERS[random.nextInt(CUSTOMERS.length)] + " " + type.replace('_', '-');
                        case AMOUNT -> amount.toPlainString();
                        case CLOSE_DATE -> closeDate;
                        case STAGE -> stage;
                        case OWNER -> owner.name();
                        case DEAL_TYPE -> crmValue(crmDealType, type);
                        case PRODUCT -> product;
                        case PIPELINE -> crmValue(crmPipeline, type.equals("renewal") ? "renewals" : "default");
                        case CURRENCY -> throw new IllegalStateException("a single-currency export has no currency column");
                    });
                }
                csv.row(cells);
            }
        }
    }
}
