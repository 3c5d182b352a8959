package app.bonusbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A tiny bench run end to end. Timings are machine-dependent, so only their presence is checked, never a value. */
class BenchCommandTest {

    private static final String MS = "\\d+\\.\\d\\d ms";
    private static final String US = "\\d+ µs";
    /** The floor table's finer times. */
    private static final String MS3 = "\\d+\\.\\d{3} ms";
    private static final String PERCENTILES = "p50 " + MS3 + " p95 " + MS3 + " p99 " + MS3;
    private static final String RATIOS = "x\\d+\\.\\d at p50, x\\d+\\.\\d at p99";

    @TempDir
    Path workDir;

    private String out;
    private String err;

    /** A tiny run on the demo config; an option given here replaces the tiny default of the same name. */
    private int bench(String... options) {
        List<String> given = List.of(options);
        List<String> args = new ArrayList<>(List.of("bench"));
        args.addAll(given);
        String[][] tiny = {{"--config", "bot-config"}, {"--today", "2026-11-27"}, {"--sellers", "5"}, {"--deals", "200"}, {"--iterations", "20"},
            {"--explain-iterations", "5"}, {"--team-iterations", "5"}, {"--tally-iterations", "20"}, {"--warmup", "2"}, {"--http-clients", "2"},
            {"--http-commands", "10"}, {"--startup-runs", "1"}, {"--only", "import,status"}, {"--work-dir", workDir.toString()}};
        for (String[] option : tiny) {
            if (!given.contains(option[0])) {
                args.addAll(List.of(option));
            }
        }
        StringWriter outText = new StringWriter();
        StringWriter errText = new StringWriter();
        CommandLine cli = Cli.commandLine();
        cli.setOut(new PrintWriter(outText));
        cli.setErr(new PrintWriter(errText));
        int code = cli.execute(args.toArray(String[]::new));
        out = outText.toString();
        err = errText.toString();
        return code;
    }

    private void assertLine(String regex) {
        assertTrue(Pattern.compile(regex, Pattern.MULTILINE).matcher(out).find(), "no line matching " + regex + " in:\n" + out + err);
    }

    private List<Path> filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> !p.equals(dir)).toList();
        }
    }

    @Test
    void a_tiny_run_prints_every_figure_and_leaves_no_files_behind() throws IOException {
        // when
        int code = bench();

        // then
        assertEquals(ExitCodes.OK, code, err);
        assertLine("^  machine   Java \\S+, .+, \\d+ CPUs, max heap \\d+ MiB, .+, SQLite \\d+\\.\\d+");
        assertLine("^  date      \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC$");
        assertLine("^  store     SQLite file " + Pattern.quote(workDir.toString()) + "/bonusbot-bench-\\d+/bench\\.db$");
        assertLine("^  company   5 sellers in 3 configured teams \\(dach nordics renewals\\) \\(5 on plans\\), deals closing 2026-01-01 to 2026-11-27,"
                + " today 2026-11-27 Europe/Copenhagen, seed 42$");
        assertLine("^  parts     import,status$");
        assertLine("^  people \\(PeopleImporter\\) +5 +\\d+\\.\\d\\d s +\\d+$");
        assertLine("^  deals \\(DealImporter, HubSpot CSV\\) +200 +\\d+\\.\\d\\d s +\\d+$");
        assertLine("^  /bonus status \\(CommandHandler\\) +20 +" + MS + " +" + MS + " +" + MS + " +" + MS + "$");
        assertLine("^  /bonus explain \\(CommandHandler\\) +5 +" + MS + " +" + MS + " +" + MS + " +" + MS + "$");
        assertLine("^  DealLedger.tally, one quarter +20 +" + US + " +" + US + " +" + US + " +" + US + "$");
        assertLine("^bench: 5 sellers in 3 configured teams \\(dach nordics renewals\\), 200 deals imported in \\d+\\.\\d s \\(\\d+ rows/s\\); /bonus status median " + MS + " p99 " + MS
                + "; /bonus explain median " + MS + " p99 " + MS + "; tally median " + US + " p99 " + US + "; \\d+ CPUs, Java .+; all deal queries");
        assertEquals(List.of(), filesIn(workDir));
    }

    @Test
    void every_deal_query_of_status_and_explain_searches_the_owner_and_close_date_index() {
        // when
        int code = bench("--verbose");

        // then
        assertEquals(ExitCodes.OK, code, err);
        assertLine("^  status    \\d+\\.\\d SQL statements per call \\(\\d+\\.\\d on deals\\); \\d+ distinct deal queries, all search by owner$");
        assertLine("^  explain   \\d+\\.\\d SQL statements per call \\(\\d+\\.\\d on deals\\); \\d+ distinct deal queries, all search by owner$");
        List<String> searches = out.lines().filter(l -> l.contains("QUERY PLAN  SEARCH deals")).toList();
        assertFalse(searches.isEmpty(), out);
        searches.forEach(l -> assertTrue(l.matches(".*INDEX (deals_owner_close|deals_closed_by_owner) \\(owner_id=\\? AND close_date>\\? AND close_date<\\?\\).*"), l));
        assertFalse(out.contains("SCAN deals"), out);
    }

    @Test
    void keep_leaves_the_database_and_the_generated_files_and_says_where() throws IOException {
        // when
        int code = bench("--keep");

        // then
        assertEquals(ExitCodes.OK, code, err);
        List<Path> dirs = filesIn(workDir).stream().filter(Files::isDirectory).toList();
        assertEquals(1, dirs.size(), dirs.toString());
        Path kept = dirs.get(0);
        assertTrue(Files.isRegularFile(kept.resolve("bench.db")));
        assertTrue(Files.isRegularFile(kept.resolve("people.csv")));
        assertEquals(201, Files.readAllLines(kept.resolve("hubspot-deals.csv")).size());
        assertLine("^  kept      " + Pattern.quote(kept.toString()) + "$");
    }

    @Test
    void a_size_below_one_is_a_usage_error() {
        // when
        int code = bench("--deals", "0");

        // then
        assertEquals(ExitCodes.USAGE, code);
        assertTrue(err.contains("--deals: must be 1 or more, not 0"), err);
    }

    @Test
    void status_explain_team_and_the_import_each_stand_beside_their_raw_floor_with_a_ratio() {
        // when
        int code = bench();

        // then
        assertEquals(ExitCodes.OK, code, err);
        assertLine("^  raw floor: split \\+ sqlite-jdbc batch +200 +\\d+\\.\\d\\d s +\\d+$");
        assertLine("^  what +\\| figure +\\| raw floor +\\| ratio$");
        assertLine("^  /bonus status in process +\\| " + PERCENTILES + " +\\| one seller's own grouped aggregate: " + PERCENTILES + " +\\| " + RATIOS + "$");
        assertLine("^  /bonus explain in process +\\| " + PERCENTILES + " +\\| one seller's won deals listed: " + PERCENTILES + " +\\| " + RATIOS + "$");
        assertLine("^  /bonus team in process, teams up to \\d+ +\\| " + PERCENTILES + " +\\| the team's grouped aggregate: " + PERCENTILES + " +\\| "
                + RATIOS + "$");
        assertLine("^  deal import, 200 rows +\\| \\d+ rows/s; peak heap \\d+ MiB +\\| split \\+ sqlite-jdbc batched insert: \\d+ rows/s +\\| "
                + "\\d+\\.\\d\\d of the floor$");
        assertLine("^  RSS of this process +\\| after load \\d+ MiB; at the end \\d+ MiB; peak \\d+ MiB +\\| - +\\| -$");
        // The parts left out say so rather than vanish from the table.
        assertLine("^  HTTP mode, signed /bonus status +\\| not measured \\(--only\\) +\\| - +\\| -$");
        assertLine("^  weekly digest, with charts +\\| not measured \\(--only\\) +\\| - +\\| -$");
        assertLine("^  start-up to first console answer +\\| not measured \\(--only\\) +\\| - +\\| -$");
    }

    @Test
    void teams_of_ten_put_the_sellers_in_generated_teams_with_plans_a_manager_and_a_weekly_post_each() {
        // when
        int code = bench("--sellers", "20", "--teams", "10", "--only", "status,digest");

        // then
        assertEquals(ExitCodes.OK, code, err);
        assertLine("^  company   20 sellers in 2 teams of 10 \\(bench-team-0001 bench-team-0002\\) \\(20 on plans\\), ");
        assertLine("^  /bonus team in process, teams up to 10 +\\| " + PERCENTILES + " +\\| ");
        // The 3 configured teams keep their posts beside the 2 generated ones.
        String digestFloor = " +\\| all teams' grouped aggregates in one SQL: \\d+\\.\\d{3} s +\\| x\\d+\\.\\d$";
        assertLine("^  weekly digest, 5 teams, without charts +\\| \\d+\\.\\d{3} s, " + MS3 + " per team" + digestFloor);
        assertLine("^  weekly digest, 5 teams, with charts +\\| \\d+\\.\\d{3} s, " + MS3 + " per team" + digestFloor);
        assertLine("^  deal import, 200 rows +\\| \\d+ rows/s; peak heap \\d+ MiB +\\| not measured \\(--only\\) +\\| -$");
    }

    @Test
    void http_mode_answers_every_signed_status_on_its_response_url_beside_a_bare_loopback_floor() {
        // when
        int code = bench("--only", "http");

        // then
        assertEquals(ExitCodes.OK, code, err);
        assertLine("^  HTTP mode, signed /bonus status, 2 clients +\\| \\d+\\.\\d answered/s; ack p50 " + MS3 + " p99 " + MS3 + "; answer p50 " + MS3
                + " p99 " + MS3 + "; 0 failed +\\| bare loopback POST: \\d+\\.\\d/s; ack p50 " + MS3 + " p99 " + MS3 + " +\\| \\d+\\.\\d\\d of the floor$");
    }

    @Test
    void start_up_is_timed_to_the_first_console_answer_beside_a_hello_world_jvm() {
        // when
        int code = bench("--only", "startup");

        // then
        assertEquals(ExitCodes.OK, code, err);
        assertLine("^  start-up to first console answer +\\| \\d+\\.\\d\\d s \\(median of 1, (no )?AppCDS archive\\) +\\| hello-world JVM, same class path: \\d+\\.\\d\\d s +\\| "
                + "x\\d+\\.\\d$");
    }

    @Test
    void a_configuration_directory_that_is_not_there_is_named_as_such_not_as_a_file_the_bench_could_not_write() {
        // when
        int code = bench("--config", workDir.resolve("no-such-config").toString());

        // then
        assertEquals(ExitCodes.USAGE, code);
        assertTrue(err.contains("--config: no configuration directory at " + workDir.resolve("no-such-config").toAbsolutePath()), err);
        assertTrue(!err.contains("cannot write"), err);
    }

    @Test
    void an_unknown_part_is_a_usage_error_naming_the_parts() {
        // when
        int code = bench("--only", "status,speed");

        // then
        assertEquals(ExitCodes.USAGE, code);
        assertTrue(err.contains("--only: unknown part \"speed\"; the parts are import,status,http,digest,startup,sync"), err);
    }

    @Test
    void the_sync_part_times_the_first_hubspot_sync_and_a_crm_change_until_bonus_status_shows_it_beside_their_floors() {
        // when
        int code = bench("--only", "sync", "--sync-deals", "250", "--sync-interval", "1s", "--sync-changes", "1");

        // then
        assertEquals(ExitCodes.OK, code, err);
        assertLine("^  parts     sync$");
        assertLine("^  HubSpot first sync, 250 deals +\\| \\d+\\.\\d\\d s, \\d+ deals/s, \\d+\\.\\d\\d s per 10,000 deals; \\d+ requests +\\| "
                + "the same pages fetched and parsed, nothing written: \\d+\\.\\d\\d s +\\| x\\d+\\.\\d$");
        assertLine("^  CRM change to /bonus status, poll 1 s +\\| median \\d+\\.\\d\\d s, max \\d+\\.\\d\\d s of 1 change +\\| "
                + "one incremental pass \\(\\d+ requests\\): " + MS3 + " +\\| x\\d+\\.\\d at the median$");
        assertLine("^  \\(HubSpot's own limits come on top: 100 requests per 10 s for a private app, searches 4/s, which the client keeps to;$");
        assertLine("^  they alone make the first sync's \\d+ requests take at least \\d+ s, and 10,000 deals' \\d+ requests at least \\d+ s;"
                + " an incremental pass of \\d+ requests stays under them\\)$");
        assertLine("; HubSpot first sync \\d+\\.\\d s per 10,000 deals; CRM change to /bonus status median \\d+\\.\\d s max \\d+\\.\\d s \\(poll 1 s\\);");
        assertTrue(err.contains("HubSpot portal 4711"), err);
    }

    @Test
    void a_sync_interval_that_is_no_duration_or_below_a_second_is_a_usage_error() {
        // when
        int words = bench("--only", "sync", "--sync-interval", "soon");
        String wordsErr = err;
        int tooShort = bench("--only", "sync", "--sync-interval", "500ms");

        // then
        assertEquals(List.of(ExitCodes.USAGE, ExitCodes.USAGE), List.of(words, tooShort));
        assertTrue(wordsErr.contains("--sync-interval: 'soon' is not a duration: write it like 30s, 2m or 1500ms"), wordsErr);
        assertTrue(err.contains("--sync-interval: must be at least 1s, as in settings.yaml, not 500ms"), err);
    }

    @Test
    void a_negative_team_size_is_a_usage_error() {
        // when
        int code = bench("--teams", "-1");

        // then
        assertEquals(ExitCodes.USAGE, code);
        assertTrue(err.contains("--teams: must be 0 (the configured teams) or a team size of 1 or more, not -1"), err);
    }
}
