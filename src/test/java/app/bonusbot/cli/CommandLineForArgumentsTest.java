package app.bonusbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A start of the bot itself is parsed by the top command alone, without the verbs' models that picocli builds by
 * reflection; everything else gets every verb, so help lists them and a mistyped verb is answered with their names.
 */
class CommandLineForArgumentsTest {

    private static final List<String> VERBS = List.of("status", "explain", "whatif", "team", "import", "config", "chat", "bench", "announce", "survey",
            "sync", "close", "reopen", "approve", "approvals", "adjust", "statements", "payroll-export", "disputes", "audit", "migrate-store",
            "report");

    @Test
    void a_start_of_the_bot_with_no_verb_and_only_its_own_options_builds_no_verb() {
        assertEquals(List.of(), List.copyOf(Cli.forArguments().getSubcommands().keySet()));
        assertEquals(List.of(), List.copyOf(Cli.forArguments("--person", "mette.lund", "--db", "x.db", "--http", "3000").getSubcommands().keySet()));
    }

    @Test
    void a_verb_help_or_a_mistake_gets_every_verb_in_the_order_help_lists_them() {
        for (String[] args : List.of(new String[] {"status", "--person", "anna.holm"}, new String[] {"--db", "x.db", "import", "deals", "f.csv"},
                new String[] {"--help"}, new String[] {"--version"}, new String[] {"stauts"}, new String[] {"--db"}, new String[] {"--nonsense"})) {
            assertEquals(VERBS, List.copyOf(Cli.forArguments(args).getSubcommands().keySet()), String.join(" ", args));
        }
    }
}
