package app.bonusbot.chat.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.DemoCompany;
import app.bonusbot.bot.Application;
import app.bonusbot.store.AuditEntry;
import app.bonusbot.store.AuditLog;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dispute flow end to end in the console chat, on the demo company on 27 November 2026: Anna opens a case, Karin
 * (sales ops, an admin, Danish) reads the notice with Anna's figures and resolves it, and Anna sees the answer.
 */
class ConsoleDisputesTest {

    @TempDir
    Path tempDir;

    private Application app;
    private final List<String> karinsMessages = new ArrayList<>();

    @BeforeEach
    void karin_sits_at_the_console() {
        app = DemoCompany.open(DemoCompany.configCopy(tempDir), tempDir, LocalDate.of(2026, 11, 27));
        app.disputes().messenger().deliverThrough(List.of(new ConsoleDisputeNotices("karin.dahl", karinsMessages::add)), e -> {
            throw e;
        });
    }

    @AfterEach
    void close() {
        app.close();
    }

    private String chat(String personId, String name, String... lines) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new ConsoleChat(app.commands()).run(personId, name, new BufferedReader(new StringReader(String.join("\n", lines) + "\n")),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void a_seller_opens_a_case_the_admin_resolves_it_and_the_seller_sees_the_answer() throws IOException {
        // WHEN Anna opens a case about a deal on her quarterly plan
        String opened = chat("anna.holm", "Anna Holm", "/bonus dispute The Acme deal is missing deal:D-123 plan:quarterly-bonus");
        // THEN she gets her case number, privately
        assertTrue(opened.contains("Case 1 is opened. Sales ops has been told and will answer you here by direct message."), opened);
        // AND Karin, the admin, is told in Danish with the case, the text and Anna's current figures for that plan
        assertEquals(1, karinsMessages.size());
        String notice = karinsMessages.get(0);
        assertTrue(notice.startsWith("── Direct message from Bonusbot ──\nIndsigelse · sag 1 · Anna Holm"), notice);
        assertTrue(notice.contains("The Acme deal is missing"), notice);
        assertTrue(notice.contains("D-123"), notice);
        assertTrue(notice.contains("Bonusstatus · Anna Holm"), notice);
        assertTrue(notice.contains("Udbetaling indtil nu: 24.750,00 kr."), notice);

        // WHEN Karin accepts it with an amount
        String resolved = chat("karin.dahl", "Karin Dahl", "/bonus dispute resolve 1 accept 500 Added the Acme deal");
        // THEN it is resolved; Anna is not at the console, so the bot tells her later
        assertTrue(resolved.contains("Sag 1 fra Anna Holm er afgjort: godkendt (500,00 kr.)."), resolved);
        assertTrue(resolved.contains("Anna Holm kan ikke nås i chatten endnu"), resolved);

        // WHEN Anna lists her cases
        String listed = chat("anna.holm", "Anna Holm", "/bonus disputes");
        // THEN she sees the case, its state and the answer
        assertTrue(listed.contains("Case 1 · 27 Nov 2026 · accepted (DKK 500.00)"), listed);
        assertTrue(listed.contains("The Acme deal is missing"), listed);
        assertTrue(listed.contains("Answer: Added the Acme deal"), listed);

        // AND once Anna is at the console, the bot's routine tells her by direct message, once
        List<String> annasMessages = new ArrayList<>();
        app.disputes().messenger().deliverThrough(List.of(new ConsoleDisputeNotices("anna.holm", annasMessages::add)), e -> {
            throw e;
        });
        assertEquals(List.of(1, 0), List.of(app.disputes().tellUntold(), app.disputes().tellUntold()));
        assertTrue(annasMessages.get(0).contains("Your case 1 is accepted"), annasMessages.toString());
        assertTrue(annasMessages.get(0).contains("DKK 500.00 is added to your pay as an adjustment."), annasMessages.toString());

        // AND the 500 is on Anna's pay as its own line, with the case's answer
        String status = chat("anna.holm", "Anna Holm", "/bonus status");
        assertTrue(status.contains("Dispute #1 accepted: Added the Acme deal"), status);

        // AND each step is in the audit log: Anna opened it, Karin resolved it and so adjusted her pay
        List<AuditEntry> audit = new AuditLog(app.database()).read("anna.holm", null);
        assertEquals(List.of("anna.holm dispute_opened", "karin.dahl dispute", "karin.dahl dispute_resolved"),
                audit.stream().map(e -> e.actor() + " " + e.action()).toList());
    }

    @Test
    void someone_who_is_not_an_admin_cannot_resolve_a_case() throws IOException {
        // GIVEN a case of Anna
        chat("anna.holm", "Anna Holm", "/bonus dispute My December deal is missing");
        // WHEN Anna tries to resolve it herself
        String refused = chat("anna.holm", "Anna Holm", "/bonus dispute resolve 1 accept 1000000 Yes please");
        // THEN she is refused and the case stays open
        assertTrue(refused.contains("Only Bonusbot admins (settings.yaml, admins) resolve disputes, and you are not one."), refused);
        assertTrue(app.disputes().book().byNumber(1).orElseThrow().isOpen());
    }

    @Test
    void an_unknown_case_and_a_second_resolve_are_refused_clearly() throws IOException {
        // GIVEN a case Karin rejected
        chat("anna.holm", "Anna Holm", "/bonus dispute My December deal is missing");
        chat("karin.dahl", "Karin Dahl", "/bonus dispute resolve 1 The deal closed in January");
        // WHEN she resolves it again, and a case that does not exist
        String again = chat("karin.dahl", "Karin Dahl", "/bonus dispute resolve 1 accept 200 Sorry, yes");
        String unknown = chat("karin.dahl", "Karin Dahl", "/bonus dispute resolve 7 Nope");
        // THEN
        assertTrue(again.contains("Sag 1 er allerede afgjort (afvist, af karin.dahl den 27. nov. 2026); den forbliver, som den er."), again);
        assertTrue(unknown.contains("Der er ingen sag 7."), unknown);
        assertFalse(app.disputes().book().byNumber(1).orElseThrow().adjustment().isPresent());
    }

    @Test
    void a_seller_without_cases_is_told_how_to_open_one() throws IOException {
        // WHEN
        String listed = chat("anna.holm", "Anna Holm", "/bonus disputes");
        // THEN
        assertTrue(listed.contains("You have no disputes. Think a figure is wrong? /bonus dispute <text> [deal:ID] [plan:ID]"), listed);
    }
}
