package app.bonusbot.imports;

import static app.bonusbot.store.StoreFixtures.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.bonusbot.core.plan.Enrolment;
import app.bonusbot.core.plan.LocalizedText;
import app.bonusbot.core.plan.Metric;
import app.bonusbot.core.plan.MetricKind;
import app.bonusbot.core.plan.MilestonePlan;
import app.bonusbot.core.plan.OwnerKind;
import app.bonusbot.core.plan.PayoutBase;
import app.bonusbot.core.plan.PerformancePlan;
import app.bonusbot.core.plan.Plan;
import app.bonusbot.core.plan.Target;
import app.bonusbot.core.plan.TargetBook;
import app.bonusbot.core.plan.TeamPlan;
import app.bonusbot.core.plan.TeamSplit;
import app.bonusbot.core.time.FiscalYear;
import app.bonusbot.core.time.PeriodKind;
import app.bonusbot.store.Database;
import app.bonusbot.store.DirectoryStore;
import app.bonusbot.store.StoreFixtures;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TargetImporterTest {

    private static final Metric REVENUE = new Metric(MetricKind.SUM, null);
    private static final List<Plan> PLANS = List.of(
            new PerformancePlan("q-commission", LocalizedText.of("Quarterly commission"), PeriodKind.QUARTER, new Enrolment(Set.of(), Set.of("north")),
                    REVENUE, PayoutBase.TARGET_BONUS, null, new BigDecimal("0.05"), null, null),
            new TeamPlan("team-pool", LocalizedText.of("Team pool"), PeriodKind.QUARTER, List.of("north"), REVENUE, null, TeamSplit.EQUAL, null, null),
            new MilestonePlan("renewals", LocalizedText.of("Renewals"), PeriodKind.MONTH, new Enrolment(Set.of(), Set.of("north")), List.of()));
    private static final Target CONFIGURED = new Target(OwnerKind.PERSON, "anna", "q-commission", "2026-Q4", new BigDecimal("300000"), null);

    @TempDir
    Path dir;

    private DirectoryStore store;
    private TargetImporter importer;

    @BeforeEach
    void open() {
        Database db = Database.open(dir.resolve("bonusbot.db"), CLOCK);
        store = new DirectoryStore(db);
        store.syncFromConfig(StoreFixtures.demoDirectory(), new TargetBook(List.of(CONFIGURED)));
        importer = new TargetImporter(store, PLANS, new TargetBook(List.of(CONFIGURED)), FiscalYear.CALENDAR);
    }

    private ImportResult importText(String csv) throws IOException {
        return importer.importCsv("targets.csv", new StringReader(csv), ImportProgress.NONE);
    }

    @Test
    void person_and_team_targets_are_stored_exactly() throws IOException {
        // given
        String csv = "person,team,plan,period,target,target_bonus\n"
                + "bo@example.com,,q-commission,2027-q1,250000.00,30000.50\n"
                + ",north,team-pool,2026-Q4,1200000,90000\n"
                + "Anna Jensen,,q-commission,2027-Q1,0.35,\n";

        // when
        ImportResult result = importText(csv);

        // then
        assertEquals(List.of("targets.csv: 3 inserted, 0 updated, 0 unchanged, 0 rejected"), result.summary());
        assertEquals(List.of(new Target(OwnerKind.PERSON, "anna", "q-commission", "2026-Q4", new BigDecimal("300000"), null),
                new Target(OwnerKind.PERSON, "anna", "q-commission", "2027-Q1", new BigDecimal("0.35"), null),
                new Target(OwnerKind.PERSON, "bo", "q-commission", "2027-Q1", new BigDecimal("250000.00"), new BigDecimal("30000.50")),
                new Target(OwnerKind.TEAM, "north", "team-pool", "2026-Q4", new BigDecimal("1200000"), new BigDecimal("90000.00"))),
                store.loadTargets().targets());
    }

    @Test
    void the_same_targets_again_are_unchanged_and_a_new_amount_updates() throws IOException {
        // given
        importText("person,plan,period,target,target_bonus\nbo,q-commission,2027-Q1,250000,30000\n");

        // when
        ImportResult same = importText("person,plan,period,target,target_bonus\nbo,q-commission,2027-Q1,250000.00,30000\n");
        ImportResult changed = importText("person,plan,period,target,target_bonus\nbo,q-commission,2027-Q1,260000,30000\n");

        // then
        assertEquals(List.of(0, 0, 1), List.of(same.inserted(), same.updated(), same.unchanged()));
        assertEquals(List.of(0, 1, 0), List.of(changed.inserted(), changed.updated(), changed.unchanged()));
    }

    @Test
    void bad_rows_change_nothing_and_are_all_listed() throws IOException {
        // given
        String csv = "person,team,plan,period,target,target_bonus\n"
                + "zoe,,q-commission,2027-Q1,1000,\n"
                + "bo,,nope,2027-Q1,1000,\n"
                + "bo,,renewals,2027-01,1000,\n"
                + "bo,,q-commission,2027-02,1000,\n"
                + "bo,,q-commission,Q1 2027,0,\n"
                + ",north,q-commission,2027-Q1,1000,\n"
                + "bo,,team-pool,2027-Q1,1000,\n"
                + ",south,team-pool,2027-Q1,1000,\n"
                + "carla,,q-commission,2027-Q1,1000,\n"
                + "anna,,q-commission,2026-Q4,1000,\n"
                + "bo,north,q-commission,2027-Q1,1000,12.345\n"
                + "bo,,q-commission,2027-Q1,abc,\n"
                + "bo,,q-commission,2027-Q2,1000,\n"
                + "bo,,q-commission,2027-q2,2000,\n";

        // when
        ImportResult result = importText(csv);

        // then
        assertEquals(List.of(
                "targets.csv:2 person: \"zoe\" is nobody known (give a person id, e-mail or name)",
                "targets.csv:3 plan: \"nope\" is not a plan (plans with targets: q-commission, team-pool)",
                "targets.csv:4 plan: plan renewals is a milestone plan, which has no targets",
                "targets.csv:5 period: plan q-commission runs per quarter; write the period like 2026-Q4",
                "targets.csv:6 period: \"Q1 2027\" is not a period; use 2026-11, 2026-Q4 or 2026",
                "targets.csv:6 target: must be more than 0",
                "targets.csv:7 team: plan q-commission is a performance plan; give a person, not a team",
                "targets.csv:8 person: plan team-pool is a team plan; give a team, not a person",
                "targets.csv:9 team: team south is not on plan team-pool",
                "targets.csv:10 person: carla is not on plan q-commission (see its enrolment in plans.yaml)",
                "targets.csv:11 period: this target is set in bot-config/targets.yaml; change it there",
                "targets.csv:12 team: give a person or a team, not both",
                "targets.csv:12 target_bonus: \"12.345\" has more than 2 decimals",
                "targets.csv:13 target: \"abc\" is not a number",
                "targets.csv:15 period: this person, plan and period are also on line 14"),
                result.errors().stream().map(ImportError::toString).toList());
        assertEquals(List.of(CONFIGURED), store.loadTargets().targets());
    }

    @Test
    void a_header_without_person_or_team_is_refused() throws IOException {
        // given
        String csv = "who,plan,period,target\nbo,q-commission,2027-Q1,1000\n";

        // when
        ImportResult result = importText(csv);

        // then
        assertEquals(List.of("targets.csv:1 the header needs a person or a team column"), result.errors().stream().map(ImportError::toString).toList());
    }
}
