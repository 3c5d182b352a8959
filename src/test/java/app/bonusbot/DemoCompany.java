package app.bonusbot;

import app.bonusbot.bot.Application;

import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.demo.DemoSurveyRounds;
import app.bonusbot.imports.ImportProgress;
import app.bonusbot.imports.ImportResult;
import app.bonusbot.store.ImportKind;
import app.bonusbot.store.StoreAddress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.stream.Stream;

/**
 * The demo company of bot-config/ for the chat adapters' tests: a copy of the configuration a test may edit, without
 * demo deals, and the HubSpot example export imported into a SQLite file with the survey's past rounds answered, on a
 * clock fixed at noon.
 */
public final class DemoCompany {

    private DemoCompany() {}

    /** A copy of bot-config/ in {@code dir}/bot-config, with demo deals switched off. */
    public static Path configCopy(Path dir) {
        Path config = dir.resolve("bot-config");
        try {
            Files.createDirectories(config);
            try (Stream<Path> files = Files.list(Path.of("bot-config"))) {
                for (Path file : files.toList()) {
                    Files.copy(file, config.resolve(file.getFileName()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        replace(config.resolve("settings.yaml"), "demo_data: true", "demo_data: false");
        return config;
    }

    /** Replaces one exact text in a file; the text must be there, so a changed demo config fails loudly. */
    public static void replace(Path file, String from, String to) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertTrue(text.contains(from), file + " no longer contains " + from);
            Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Closes a period of the company in {@code dir} (its bot-config copy and bonusbot.db) as sales ops does, with
     * {@code bonusbot close PERIOD} on 27 November 2026, beside the application that has it open.
     */
    public static void close(Path dir, String period) {
        close(dir, new StoreAddress.SqliteFile(dir.resolve("bonusbot.db")), period);
    }

    /** As {@link #close(Path, String)}, on that store: its file, or its PostgreSQL URL given with --db. */
    public static void close(Path dir, StoreAddress store, String period) {
        String db = store instanceof StoreAddress.Postgres postgres ? postgres.url() : ((StoreAddress.SqliteFile) store).file().toString();
        int exit = app.bonusbot.cli.Cli.run("close", period, "--config", dir.resolve("bot-config").toString(), "--db", db, "--today", "2026-11-27");
        assertTrue(exit == 0, "bonusbot close " + period + " exited with " + exit);
    }

    /**
     * The application on that configuration and {@code dir}/bonusbot.db, at noon on {@code today}, with the export
     * imported and the last three finished rounds of the survey answered (as a first start with demo data answers them).
     */
    public static Application open(Path config, Path dir, LocalDate today) {
        return open(config, new StoreAddress.SqliteFile(dir.resolve("bonusbot.db")), today);
    }

    /**
     * As {@link #open(Path, Path, LocalDate)}, on that store. On PostgreSQL the survey key comes from the environment
     * only, so the survey rounds are left unanswered there.
     */
    public static Application open(Path config, StoreAddress store, LocalDate today) {
        Application app = Application.open(config, store, zone -> Clock.fixed(today.atTime(LocalTime.NOON).atZone(zone).toInstant(), zone), true, null);
        try {
            ImportResult imported = app.importer(ImportKind.DEALS).importFile(Path.of("docs/examples/hubspot-deals.csv"), ImportProgress.NONE);
            assertTrue(imported.succeeded(), imported.summary().toString());
            if (store instanceof StoreAddress.SqliteFile) {
                DemoSurveyRounds.answerPastRounds(app.surveys());
            }
        } catch (IOException e) {
            app.close();
            throw new UncheckedIOException(e);
        }
        return app;
    }
}
