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
            {"--explain-iterations", "5"}, {"--tally-iterations", "20"}, {"--warmup", "2"}, {"--work-dir", workDir.toString()}};
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
        assertLine("^  company   5 sellers over teams dach nordics renewals \\(5 on plans\\), deals closing 2026-01-01 to 2026-11-27, today 2026-11-27 "
                + "Europe/Copenhagen, seed 42$");
        assertLine("^  people \\(PeopleImporter\\) +5 +\\d+\\.\\d\\d s +\\d+$");
        assertLine("^  deals \\(DealImporter, HubSpot CSV\\) +200 +\\d+\\.\\d\\d s +\\d+$");
        assertLine("^  /bonus status \\(CommandHandler\\) +20 +" + MS + " +" + MS + " +" + MS + " +" + MS + "$");
        assertLine("^  /bonus explain \\(CommandHandler\\) +5 +" + MS + " +" + MS + " +" + MS + " +" + MS + "$");
        assertLine("^  DealLedger.tally, one quarter +20 +" + US + " +" + US + " +" + US + " +" + US + "$");
        assertLine("^bench: 5 sellers, 200 deals imported in \\d+\\.\\d s \\(\\d+ rows/s\\); /bonus status median " + MS + " p99 " + MS
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
        searches.forEach(l -> assertTrue(l.matches(".*INDEX (deals_owner_close|deals_won_by_owner) \\(owner_id=\\? AND close_date>\\? AND close_date<\\?\\).*"), l));
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
}
