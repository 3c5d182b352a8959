package app.bonusbot.core.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.core.command.BonusCommand;
import app.bonusbot.core.time.PeriodRequest;
import app.bonusbot.store.AuditEntry;
import app.bonusbot.store.AuditLog;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Manager approval on the real store: the close gate, approvals voided by a change of the figures, who may approve. */
class ApprovalsTest {

    @TempDir
    Path dir;

    private ApprovalCompany company;

    @BeforeEach
    void the_demo_company_requires_approval() {
        company = new ApprovalCompany(dir).withExportImported();
    }

    @AfterEach
    void close() {
        company.close();
    }

    private ApprovalAnswer approveInChat(String managerId) {
        return company.approvals().approve(company.person(managerId), Optional.of(new PeriodRequest.Explicit(company.q4())), managerId);
    }

    private TeamFigures nordics() {
        return company.approvals().figures(company.q4()).stream().filter(f -> f.team().id().equals("nordics")).findFirst().orElseThrow();
    }

    @Test
    void a_close_is_refused_until_every_manager_has_approved_their_team() {
        // given three teams with statements in Q4 2026, none approved
        ApprovalGate.Verdict before = company.approvals().gate(company.q4());
        assertFalse(before.mayClose());
        assertEquals(List.of("jonas.weber", "mette.lund", "sofie.berg"), before.missing().stream().map(ApprovalGate.Missing::managerId).toList());
        assertTrue(before.message().startsWith("2026-Q4 cannot be closed: settings.yaml requires each manager's approval, and 3 managers have not"
                + " approved their team's statements: Jonas Weber (jonas.weber) for DACH; Mette Lund (mette.lund) for Nordics new business;"), before.message());
        assertTrue(before.message().endsWith("Ask them with: bonusbot approvals request 2026-Q4"), before.message());

        // when two of the three approve
        approveInChat("mette.lund");
        approveInChat("jonas.weber");

        // then the close is still refused, naming only the third
        ApprovalGate.Verdict partly = company.approvals().gate(company.q4());
        assertFalse(partly.mayClose());
        assertEquals(List.of("sofie.berg"), partly.missing().stream().map(ApprovalGate.Missing::managerId).toList());
        assertTrue(partly.message().contains("1 manager has not approved their team's statements: Sofie Berg (sofie.berg) for Customer success & renewals."),
                partly.message());

        // when the last one approves, the period may be closed
        approveInChat("sofie.berg");
        ApprovalGate.Verdict after = company.approvals().gate(company.q4());
        assertTrue(after.mayClose(), after.message());
        assertEquals("2026-Q4: every manager has approved their team's statements", after.message());
    }

    @Test
    void without_approval_in_settings_the_gate_lets_a_close_through() {
        // given the same company without approval: in settings.yaml
        company.close();
        Path plain = dir.resolve("plain");
        company = new ApprovalCompany(plain, app.bonusbot.DemoCompany.configCopy(plain), company.clock).withExportImported();
        // when
        ApprovalGate.Verdict verdict = company.approvals().gate(company.q4());
        // then
        assertTrue(verdict.mayClose());
        assertEquals(ApprovalSettings.OFF, company.approvals().settings());
    }

    @Test
    void a_change_in_the_team_figures_after_approval_voids_it_and_the_gate_says_so() {
        // given Mette approved the Nordics figures
        approveInChat("mette.lund");
        assertFalse(company.approvals().gate(company.q4()).missing().stream().anyMatch(m -> m.managerId().equals("mette.lund")));

        // when a late deal of Anna's lands in Q4
        company.clock.advance(Duration.ofHours(1));
        company.annaWinsAnotherDeal();

        // then the approval is void: Mette is missing again, and the gate says her figures changed
        ApprovalGate.Verdict verdict = company.approvals().gate(company.q4());
        ApprovalGate.Missing mette = verdict.missing().stream().filter(m -> m.managerId().equals("mette.lund")).findFirst().orElseThrow();
        assertTrue(mette.voided().isPresent());
        assertTrue(verdict.message().contains("Mette Lund (mette.lund) for Nordics new business, whose figures changed after the approval of 2026-11-27 10:00"),
                verdict.message());
        TeamApproval nordics = company.approvals().teams(company.q4()).stream().filter(t -> t.managerId().equals("mette.lund")).findFirst().orElseThrow();
        assertTrue(nordics.voided());
        // and the other teams' approvals are untouched by a change that is not theirs
        approveInChat("jonas.weber");
        company.annaWinsAnotherDeal();
        assertFalse(company.approvals().gate(company.q4()).missing().stream().anyMatch(m -> m.managerId().equals("jonas.weber")));
    }

    @Test
    void an_approval_is_audited_with_the_figures_in_the_same_write() {
        // when
        approveInChat("mette.lund");
        // then
        List<AuditEntry> entries = new AuditLog(company.app.database()).read("mette.lund", "2026-Q4");
        assertEquals(1, entries.size());
        AuditEntry entry = entries.get(0);
        assertEquals("approve", entry.action());
        assertEquals("mette.lund", entry.actor());
        assertEquals("team nordics", entry.subject());
        assertEquals(nordics().digest(), entry.after());
        assertTrue(entry.detail().contains("anna.holm "), entry.detail());
    }

    @Test
    void someone_who_manages_no_team_is_refused_and_nothing_is_recorded() {
        // when a seller tries to approve, in chat and with another team's button
        ApprovalAnswer typed = approveInChat("anna.holm");
        TeamFigures nordics = nordics();
        ApprovalAnswer clicked = company.approvals().click(Optional.of(company.person("anna.holm")), Optional.of(ApprovalButton.of(nordics)));
        ApprovalAnswer otherManager = company.approvals().click(Optional.of(company.person("jonas.weber")), Optional.of(ApprovalButton.of(nordics)));

        // then each is refused in the clicker's language, and no approval is stored
        assertEquals(ApprovalAnswer.Kind.REFUSED, typed.kind());
        assertEquals("Approving statements is for team managers, and you don't manage a team.", typed.reply().summary());
        assertEquals(ApprovalAnswer.Kind.REFUSED, clicked.kind());
        assertEquals("Only the manager of Nordics new business (Mette Lund) can approve its statements. Nothing was recorded.", clicked.reply().summary());
        assertEquals(ApprovalAnswer.Kind.REFUSED, otherManager.kind());
        assertEquals(List.of(), company.approvals().repository().approvals("2026-Q4"));
    }

    @Test
    void a_button_for_figures_that_changed_since_the_message_is_refused() {
        // given the button of the Nordics figures as they were
        ApprovalButton shown = ApprovalButton.of(nordics());
        // when the figures change, then Mette clicks
        company.annaWinsAnotherDeal();
        ApprovalAnswer answer = company.approvals().click(Optional.of(company.person("mette.lund")), Optional.of(shown));
        // then refused in Danish, her language, and nothing stored
        assertEquals(ApprovalAnswer.Kind.REFUSED, answer.kind());
        assertEquals("Tallene for Nordics new business for 4. kvartal 2026 er ændret, efter denne besked blev sendt, så den kan ikke godkende dem."
                + " Bonusbot sender dig de nye tal; eller skriv /bonus approve 2026-Q4.", answer.reply().summary());
        assertEquals(List.of(), company.approvals().repository().approvals("2026-Q4"));
    }

    @Test
    void bonus_approve_in_chat_answers_each_manager_in_their_language() {
        // given sales ops asked for approval of Q4 2026
        assertTrue(company.approvals().request(company.q4(), "cli"));
        // when Jonas (English) types /bonus approve 2026-Q4, and Mette (Danish) the Danish word without a period
        String jonas = company.app.commands().handle("jonas.weber", "approve 2026-Q4").summary();
        String mette = company.app.commands().handle("mette.lund", "/bonus godkend").summary();
        String again = company.app.commands().handle("mette.lund", new BonusCommand.Approve(Optional.of(new PeriodRequest.Explicit(company.q4())))).summary();

        // then
        assertTrue(jonas.startsWith("Approved: DACH, Q4 2026 (3 people, total "), jonas);
        assertTrue(jonas.endsWith(", recorded 27 Nov 2026 10:00."), jonas);
        assertTrue(mette.startsWith("Godkendt: Nordics new business, 4. kvartal 2026 (4 personer, total "), mette);
        assertTrue(again.startsWith("Du har allerede godkendt Nordics new business for 4. kvartal 2026 den "), again);
        assertEquals(2, company.approvals().repository().approvals("2026-Q4").size());
    }
}
