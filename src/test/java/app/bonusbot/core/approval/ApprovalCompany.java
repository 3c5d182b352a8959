package app.bonusbot.core.approval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.DemoCompany;
import app.bonusbot.bot.Application;
import app.bonusbot.bot.ManualClock;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.time.Period;
import app.bonusbot.imports.ImportProgress;
import app.bonusbot.imports.ImportResult;
import app.bonusbot.store.ImportKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The demo company with approval required ({@code approval: {required: true, remind_at: "09:00"}}), the HubSpot
 * example export imported into a SQLite file, on a clock the test moves (10:00 on 27 November 2026 to start). Q4 2026
 * has statements in all three teams: Nordics (Mette Lund), DACH (Jonas Weber, English) and Renewals (Sofie Berg).
 */
final class ApprovalCompany implements AutoCloseable {

    static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    static final ZonedDateTime START = ZonedDateTime.of(2026, 11, 27, 10, 0, 0, 0, COPENHAGEN);
    static final String APPROVAL = "approval: {required: true, remind_at: \"09:00\"}\n";

    final Path dir;
    final Path config;
    final ManualClock clock;
    final Application app;

    ApprovalCompany(Path dir) {
        this(dir, configWithApproval(dir), new ManualClock(START));
    }

    /** Another process on the same configuration and database file, on the same clock. */
    ApprovalCompany(Path dir, Path config, ManualClock clock) {
        this.dir = dir;
        this.config = config;
        this.clock = clock;
        this.app = Application.open(config, dir.resolve("bonusbot.db"), zone -> clock.withZone(zone));
    }

    static Path configWithApproval(Path dir) {
        Path config = DemoCompany.configCopy(dir);
        DemoCompany.replace(config.resolve("settings.yaml"), "demo_data: false\n", "demo_data: false\n" + APPROVAL);
        return config;
    }

    ApprovalCompany withExportImported() {
        importDeals(Path.of("docs/examples/hubspot-deals.csv"));
        return this;
    }

    ApprovalCompany secondProcess() {
        return new ApprovalCompany(dir, config, clock);
    }

    Approvals approvals() {
        return app.approvals();
    }

    Period q4() {
        return app.approvals().period("2026-Q4").orElseThrow();
    }

    Person person(String id) {
        return app.company().directory().person(id).orElseThrow();
    }

    /** One more deal won by Anna Holm in Q4 2026: the Nordics figures change. */
    void annaWinsAnotherDeal() {
        Path csv = dir.resolve("late-deal.csv");
        try {
            Files.writeString(csv, """
                    "Deal ID","Deal Name","Pipeline","Deal Stage","Close Date","Deal owner","Amount","Deal Type","Product","Create Date","Associated Company"
                    "18009999001","Late Deal – Platform","default","Closed won","2026-11-20 10:00","Anna Holm","150000","New Business","Platform","2026-10-01 09:00","Late Deal"
                    """, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        importDeals(csv);
    }

    private void importDeals(Path csv) {
        try {
            ImportResult imported = app.importer(ImportKind.DEALS).importFile(csv, ImportProgress.NONE);
            assertTrue(imported.succeeded(), imported.summary().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        app.close();
    }
}
