package app.bonusbot.bench;

import app.bonusbot.core.deal.Outcome;
import app.bonusbot.core.time.DateRange;
import app.bonusbot.imports.DealField;
import app.bonusbot.imports.DealMapping;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * A HubSpot deal export of the benchmark company, written with the configured mapping's column names and stage
 * and deal-type values, so that the real import reads it exactly as it reads a customer's file. The same generated
 * deals, in the same words, are what the bench's {@link LoopbackHubSpot} serves to the sync.
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

    private static final String DEFAULT_PIPELINE = "default";
    private static final String RENEWALS_PIPELINE = "renewals";
    private static final DateTimeFormatter CLOSE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

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

    /**
     * One generated deal, in the CRM's words where the mapping has them (stage, deal type, pipeline), before it is
     * written anywhere: a row of the export, or a deal of the bench's loopback HubSpot.
     *
     * @param number counts from 1; the export's id is the prefix and the number
     * @param closes the close date and time of day, in the company's zone
     * @param pipeline the pipeline as plans name it; {@code crmPipeline} is the CRM's name for it
     */
    record GeneratedDeal(int number, String name, BigDecimal amount, LocalDateTime closes, Outcome outcome, String stage, Seller owner,
            String dealType, String product, String pipeline, String crmPipeline) {}

    /** The stage the mapping gives an outcome by: the first of its won, lost or open stages. */
    String stage(Outcome outcome) {
        return switch (outcome) {
            case WON -> wonStage;
            case LOST -> lostStage;
            case OPEN -> openStage;
        };
    }

    /** Whether the mapping lists an open stage; without one, deals that would be open are lost. */
    boolean hasOpenStage() {
        return !mapping.openStages().isEmpty();
    }

    /** The pipelines deals are generated in, as plans name them. */
    static List<String> pipelines() {
        return List.of(DEFAULT_PIPELINE, RENEWALS_PIPELINE);
    }

    /** The CRM's name of one of the {@link #pipelines()}. */
    String crmPipeline(String pipeline) {
        return crmValue(crmPipeline, pipeline);
    }

    /**
     * A won upsell of the product a milestone of the demo plans pays for, in the default pipeline: the kind of deal
     * every plan of the demo counts for the seller, so that it shows in the seller's status.
     */
    GeneratedDeal wonUpsell(int number, Seller owner, LocalDateTime closes, BigDecimal amount) {
        return new GeneratedDeal(number, CUSTOMERS[number % CUSTOMERS.length] + " upsell", amount, closes, Outcome.WON, wonStage, owner,
                crmValue(crmDealType, "upsell"), PRODUCTS[1], DEFAULT_PIPELINE, crmPipeline(DEFAULT_PIPELINE));
    }

    /** Writes {@code count} deals over the range as the export's rows; see {@link #generate}. */
    void write(Path file, List<Seller> sellers, int count, DateRange range, Random random) throws IOException {
        int width = Math.max(7, Integer.toString(count).length());
        try (CsvWriter csv = new CsvWriter(file)) {
            csv.row(fields.stream().map(f -> mapping.columns().get(f)).toList());
            List<String> cells = new ArrayList<>(fields.size());
            generate(sellers, count, range, random, deal -> {
                cells.clear();
                for (DealField field : fields) {
                    cells.add(switch (field) {
                        case ID -> idPrefix + String.format(Locale.ROOT, "%0" + width + "d", deal.number());
                        case NAME -> deal.name();
                        case AMOUNT -> deal.amount().toPlainString();
                        case CLOSE_DATE -> CLOSE.format(deal.closes());
                        case STAGE -> deal.stage();
                        case OWNER -> deal.owner().name();
                        case DEAL_TYPE -> deal.dealType();
                        case PRODUCT -> deal.product();
                        case PIPELINE -> deal.crmPipeline();
                        case CURRENCY -> throw new IllegalStateException("a single-currency export has no currency column");
                    });
                }
                csv.row(cells);
            });
        }
    }

    /** Takes the generated deals one by one; may write them out. */
    @FunctionalInterface
    interface DealSink {
        void accept(GeneratedDeal deal) throws IOException;
    }

    /** Generates {@code count} deals over the range: 55 % won, 30 % lost, 15 % still open, owners drawn at random. */
    void generate(List<Seller> sellers, int count, DateRange range, Random random, DealSink each) throws IOException {
        // 55 % won of which 80 % new business, per seller and 91-day quarter.
        long wonNewPerSellerQuarter = Math.max(1, count * 44L * 91 / (sellers.size() * 100L * Math.max(91, range.days())));
        long meanAmount = Math.max(1_000, TYPICAL_QUARTER / wonNewPerSellerQuarter);
        int days = (int) range.days();
        for (int i = 1; i <= count; i++) {
            String type = TYPES[random.nextInt(TYPES.length)];
            long units = Math.max(500, meanAmount * (25 + random.nextInt(151)) / 100);
            BigDecimal amount = BigDecimal.valueOf(units * 100 + random.nextInt(100), 2);
            LocalDate day = range.from().plusDays(random.nextInt(days));
            LocalDateTime closes = day.atTime(8 + random.nextInt(10), random.nextInt(60));
            int roll = random.nextInt(100);
            Outcome outcome = roll < 55 ? Outcome.WON : roll < 85 || !hasOpenStage() ? Outcome.LOST : Outcome.OPEN;
            Seller owner = sellers.get(random.nextInt(sellers.size()));
            String product = PRODUCTS[random.nextInt(PRODUCTS.length)];
            String name = CUSTOMERS[random.nextInt(CUSTOMERS.length)] + " " + type.replace('_', '-');
            String pipeline = type.equals("renewal") ? RENEWALS_PIPELINE : DEFAULT_PIPELINE;
            each.accept(new GeneratedDeal(i, name, amount, closes, outcome, stage(outcome), owner, crmValue(crmDealType, type), product, pipeline,
                    crmPipeline(pipeline)));
        }
    }
}
