package app.bonusbot.bot;

import app.bonusbot.chart.AttainmentChart;
import app.bonusbot.config.BotConfig;
import app.bonusbot.config.ConfigLoader;
import app.bonusbot.core.approval.ApprovalGate;
import app.bonusbot.core.announce.PostDelivery;
import app.bonusbot.core.announce.TeamPosts;
import app.bonusbot.core.approval.ApprovalDelivery;
import app.bonusbot.core.approval.ApprovalRounds;
import app.bonusbot.core.approval.Approvals;
import app.bonusbot.core.command.CommandHandler;
import app.bonusbot.core.command.DisputeCommands;
import app.bonusbot.core.command.ReportCommands;
import app.bonusbot.core.dispute.DisputeMessenger;
import app.bonusbot.core.company.Company;
import app.bonusbot.core.engine.Evaluator;
import app.bonusbot.core.payout.PayrollIds;
import app.bonusbot.core.payout.AdjustmentBook;
import app.bonusbot.core.payout.CloseGate;
import app.bonusbot.core.payout.PeriodStatements;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.schedule.CronSchedule;
import app.bonusbot.core.schedule.Routine;
import app.bonusbot.core.survey.RespondentKey;
import app.bonusbot.core.survey.SurveyDelivery;
import app.bonusbot.core.survey.SurveyRounds;
import app.bonusbot.core.report.HealthReports;
import app.bonusbot.core.survey.Surveys;
import app.bonusbot.crm.hubspot.HubSpotClient;
import app.bonusbot.crm.hubspot.HubSpotConnection;
import app.bonusbot.crm.hubspot.HubSpotSync;
import app.bonusbot.crm.hubspot.SyncSetup;
import app.bonusbot.core.plan.MilestonePlan;
import app.bonusbot.core.plan.PerformancePlan;
import app.bonusbot.core.plan.Plan;
import app.bonusbot.core.plan.TeamPlan;
import app.bonusbot.demo.DemoDeals;
import app.bonusbot.demo.DemoSurveyRounds;
import app.bonusbot.imports.CsvImporter;
import app.bonusbot.imports.DealImporter;
import app.bonusbot.imports.PeopleImporter;
import app.bonusbot.imports.TargetImporter;
import app.bonusbot.store.ClosedPeriodStore;
import app.bonusbot.store.ApprovalStore;
import app.bonusbot.store.Adjustments;
import app.bonusbot.store.ChangesAfterClose;
import app.bonusbot.store.Database;
import app.bonusbot.store.StoreAddress;
import app.bonusbot.store.StoreException;
import app.bonusbot.store.StoredPeriodStatements;
import app.bonusbot.store.CompanySnapshots;
import app.bonusbot.store.CrmSyncStore;
import app.bonusbot.store.DealLedger;
import app.bonusbot.store.DirectoryStore;
import app.bonusbot.store.DisputeStore;
import app.bonusbot.store.ImportKind;
import app.bonusbot.store.LedgerDeal;
import app.bonusbot.store.EveryOwnersDeals;
import app.bonusbot.store.PostLedger;
import app.bonusbot.store.SurveyKeySource;
import app.bonusbot.store.SurveyStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Configuration, store, engine and command layer wired together, each built once. Every entry point (the CLI
 * commands, the console chat, the bot process of {@code bot.BotProcess}) opens one of these.
 */
public final class Application implements AutoCloseable {

    private final BotConfig config;
    private final Database database;
    private final DirectoryStore directory;
    private final DealLedger ledger;
    private final CompanySnapshots snapshots;
    private final Clock clock;
    private final Surveys surveys;
    private final CommandHandler commands;
    private final ClosedPeriodStore closedPeriods;
    private final Approvals approvals;
    private final Adjustments adjustments;
    private final ChangesAfterClose changesAfterClose;
    private final DisputeCommands disputes;
    private RespondentKey surveyKey;

    private Application(BotConfig config, Database database, Clock clock) {
        this.config = config;
        this.database = database;
        this.directory = new DirectoryStore(database);
        this.ledger = new DealLedger(database);
        this.snapshots = new CompanySnapshots(database, config.settings(), config.plans(), config.planVersions());
        this.clock = clock;
        // Tied to the snapshot's data version, which every answer checks anyway: no read for a person without any.
        this.adjustments = new Adjustments(database, snapshots::heldVersion);
        // Every write of deals from here on (the config sync's conversions included) records its changes to closed
        // periods and has them rechecked once it has committed.
        this.changesAfterClose = new ChangesAfterClose(database, this::company, ledger, config.clawbacks(), clock);
        database.watchClosedPeriods(config.settings().fiscalYear(), changesAfterClose::run);
        // Built once: every chat platform, the schedule and the CLI share the same handler and surveys.
        this.surveys = new Surveys(config.surveys(), new SurveyStore(database), this::surveyKey, this::company, clock);
        // On the snapshots: a team's sums and a manager's team view are worked out once per write to the store.
        CrmSyncStore crm = new CrmSyncStore(database, HubSpotSync.SOURCE);
        this.closedPeriods = new ClosedPeriodStore(database, config.settings().language());
        this.approvals = new Approvals(config.approval(), new ApprovalStore(database), this::company, ledger, clock);
        this.disputes = new DisputeCommands(new DisputeStore(database, config.settings().fiscalYear()), new DisputeMessenger(), this::company, clock, crm);
        // Each pay answer reads one committed state of the store: a write by another replica meanwhile is in none of its
        // reads or, at the next answer, in all.
        this.commands = CommandHandler.onSnapshots(this::company, ledger, clock, surveys, crm, closedPeriods, adjustments).withApprovals(approvals)
                .withDisputes(disputes).withReadsAsOne(database::readAsOne).withReports(new ReportCommands(this::healthReports));
    }

    /**
     * Loads and validates the configuration (a {@code ConfigException} lists every problem), opens or creates the
     * database, brings the configured people, teams and targets into it, and seeds a new database of the demo
     * company with demo deals.
     *
     * @param clockInZone the clock to use, given the configured time zone
     */
    public static Application open(Path configDir, Path dbFile, Function<ZoneId, Clock> clockInZone) {
        return open(configDir, dbFile, clockInZone, true);
    }

    /**
     * @param seedDemoData false for an import: a company's first real import must not land among demo deals
     */
    public static Application open(Path configDir, Path dbFile, Function<ZoneId, Clock> clockInZone, boolean seedDemoData) {
        return open(configDir, dbFile, clockInZone, seedDemoData, null);
    }

    /**
     * @param whileWaiting told in one line when a write has to wait for another process and whom for; null to log it
     */
    public static Application open(Path configDir, Path dbFile, Function<ZoneId, Clock> clockInZone, boolean seedDemoData,
            Consumer<String> whileWaiting) {
        return open(configDir, new StoreAddress.SqliteFile(dbFile), clockInZone, seedDemoData, whileWaiting);
    }

    /**
     * @param store a SQLite file or a PostgreSQL database
     * @param whileWaiting told in one line when a write has to wait for another process and whom for; null to log it
     */
    public static Application open(Path configDir, StoreAddress store, Function<ZoneId, Clock> clockInZone, boolean seedDemoData,
            Consumer<String> whileWaiting) {
        SqliteNativeLibrary.useTheCopyBesideTheJar();
        BotConfig config = ConfigLoader.load(configDir);
        Clock clock = clockInZone.apply(config.settings().zone());
        Database database = whileWaiting == null ? Database.open(store, clock) : Database.open(store, clock, whileWaiting);
        boolean fresh = database.isEmpty();
        Application app = new Application(config, database, clock);
        app.directory.syncFromConfig(config.directory(), config.targets(), config.settings().converter());
        if (fresh && seedDemoData && config.demoData()) {
            List<LedgerDeal> deals = DemoDeals.around(app.today(), config.settings().fiscalYear(), app.directory.loadDirectory().people()).stream()
                    .map(d -> new LedgerDeal(d, d.ownerId()))
                    .toList();
            app.ledger.upsertAll("demo company", deals, done -> { });
            app.answerDemoSurveyRounds();
        }
        // Rechecks a crash left behind are done before anything reads or closes a period. One that fails stays
        // recorded for the next start; close and statements run it again themselves and stop on its failure.
        try {
            app.changesAfterClose.run();
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(Application.class).warn("changes after close not rechecked yet: {}", e.getMessage());
        }
        return app;
    }

    /**
     * Plans and settings from the configuration; people and targets from the store, which includes imports. The
     * process's one snapshot, read again from the store only after a write has changed it (see {@link CompanySnapshots}),
     * so every caller may ask for it as often as it likes.
     */
    public Company company() {
        return snapshots.current();
    }

    public Evaluator evaluator() {
        return new Evaluator(company(), ledger);
    }

    /** The one command handler of this application, on the company as of each command. */
    public CommandHandler commands() {
        return commands;
    }

    /**
     * The dispute cases, the handler's too; their notices go nowhere until a process connects its platforms
     * ({@code disputes().messenger().deliverThrough(...)}).
     */
    public DisputeCommands disputes() {
        return disputes;
    }

    /** The feedback surveys of surveys.yaml with their rounds and anonymous answers in the store; the handler's too. */
    public Surveys surveys() {
        return surveys;
    }

    /** Opening, delivering, reminding and closing survey rounds; {@link SurveyRounds#routines} feed a scheduler. */
    public SurveyRounds surveyRounds(SurveyDelivery delivery) {
        return new SurveyRounds(surveys(), delivery);
    }

    /** The survey routines: each survey's openings, and a pass over open rounds every minute. */
    public List<Routine> surveyRoutines(SurveyDelivery delivery) {
        return surveyRounds(delivery).routines(CronSchedule.parse("* * * * *", config.settings().zone()));
    }

    /**
     * Manager approval of periods' statements (settings.yaml {@code approval:}), with its close gate: {@code
     * approvals().gate(period)} says whether a period may be closed.
     */
    public Approvals approvals() {
        return approvals;
    }

    /** The approval routines: the asks on every minute, the reminders daily at {@code approval.remind_at}; none when approval is off. */
    public List<Routine> approvalRoutines(ApprovalDelivery delivery) {
        return new ApprovalRounds(approvals, delivery).routines(CronSchedule.parse("* * * * *", config.settings().zone()));
    }

    /**
     * The demo company's finished survey rounds, answered, so its survey results and report show something. Left out,
     * with a line in the log, when there is no respondent key (a PostgreSQL store without BONUSBOT_SURVEY_KEY): its
     * first answer would fail after the round was opened.
     */
    private void answerDemoSurveyRounds() {
        if (surveys.all().isEmpty()) {
            return;
        }
        try {
            surveyKey();
        } catch (StoreException e) {
            org.slf4j.LoggerFactory.getLogger(Application.class).warn("the demo company's survey rounds are left out: {}", e.getMessage());
            return;
        }
        DemoSurveyRounds.answerPastRounds(surveys);
    }

    /** Read on first use: only answering and reminding need it, and a key file is only created when it is. */
    private synchronized RespondentKey surveyKey() {
        if (surveyKey == null) {
            surveyKey = SurveyKeySource.load(database.file(), System.getenv());
        }
        return surveyKey;
    }

    /**
     * The weekly team posts of posts.yaml, delivered by the given platform, with their weeks claimed in the store and
     * their charts drawn by {@link AttainmentChart}; {@link TeamPosts#routines()} feed a scheduler.
     */
    public TeamPosts teamPosts(PostDelivery delivery) {
        return new TeamPosts(this::company, ledger, new EveryOwnersDeals(database), new PostLedger(database), config.posts(), new AttainmentChart(), delivery);
    }

    /**
     * The plan health report (settings.yaml {@code report:}): the engine's statements, the frozen pay of closed periods,
     * the deals and the survey rounds of this store, as of the company now.
     */
    public HealthReports healthReports() {
        return new HealthReports(company(), ledger, closedPeriods, surveys, config.report());
    }

    /** The adjustments paid with each period: manual ones, clawbacks and top-ups, disputes' answers. */
    public Adjustments adjustments() {
        return adjustments;
    }

    /** The reconciler of changes after close; run it before anything reads a closed period's pay (close, statements). */
    public ChangesAfterClose changesAfterClose() {
        return changesAfterClose;
    }

    public DealLedger ledger() {
        return ledger;
    }

    /** The closed periods and their frozen statements; closing and reopening go through it. */
    public ClosedPeriodStore closedPeriods() {
        return closedPeriods;
    }

    /**
     * Every statement of a period as payroll gets it: a closed one's frozen, an open one's worked out now (payroll
     * export, PDFs), each with the person's employee id as settings.yaml {@code payroll:} says now.
     */
    public PeriodStatements periodStatements() {
        return new PayrollIds(new StoredPeriodStatements(this::company, ledger, clock, closedPeriods, adjustments()), config.payroll(),
                id -> company().directory().person(id));
    }


    /** Asked by {@code bonusbot close} whether a period may be closed now (an approval step says no until it is done). */
    public CloseGate closeGate() {
        return period -> {
            ApprovalGate.Verdict verdict = approvals.gate(period);
            return verdict.mayClose() ? Optional.empty() : Optional.of(verdict.message());
        };
    }

    public BotConfig config() {
        return config;
    }

    public Clock clock() {
        return clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public CsvImporter importer(ImportKind kind) {
        return switch (kind) {
            case DEALS -> new DealImporter(ledger, directory, config.dealMapping(), config.settings().zone(), config.settings().converter());
            case PEOPLE -> new PeopleImporter(directory, config.directory());
            case TARGETS -> new TargetImporter(directory, config.plans(), config.targets(), config.settings().fiscalYear());
        };
    }

    /** The sync from the HubSpot this connection reaches, on this database and configuration. */
    public HubSpotSync hubSpotSync(HubSpotConnection connection) {
        return HubSpotSync.of(new HubSpotClient(connection), database,
                new SyncSetup(config.dealMapping(), config.hubspot(), config.settings().zone(), config.settings().converter(),
                        plansFilterOnProduct()));
    }

    /** Whether any plan counts only some products, so that the sync reads deals' line items. */
    boolean plansFilterOnProduct() {
        for (Plan plan : config.plans()) {
            if (plan instanceof PerformancePlan p && !p.metric().filter().products().isEmpty()
                    || plan instanceof TeamPlan t && !t.metric().filter().products().isEmpty()
                    || plan instanceof MilestonePlan m && m.rules().stream().anyMatch(r -> !r.filter().products().isEmpty())) {
                return true;
            }
        }
        return false;
    }

    /** Who the console chat speaks as by default: the person on the most plans, the first such in people.yaml. */
    public Optional<Person> defaultChatPerson() {
        Company company = company();
        LocalDate today = today();
        Person chosen = null;
        int most = 0;
        // In people order, taking only a strictly larger count: the first of those on the most plans wins.
        for (Person p : company.directory().people()) {
            int plans = p.activeOn(today) ? company.plansOf(p).size() : 0;
            if (plans > most) {
                chosen = p;
                most = plans;
            }
        }
        return Optional.ofNullable(chosen);
    }

    public Database database() {
        return database;
    }

    @Override
    public void close() {
        database.close();
    }
}
