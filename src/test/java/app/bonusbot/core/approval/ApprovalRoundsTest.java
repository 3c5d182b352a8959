package app.bonusbot.core.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.bot.Scheduler;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.reply.Block;
import app.bonusbot.core.time.PeriodRequest;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Asks and reminders on the bot's scheduler: two bot processes on one SQLite file, each with its scheduler and its own
 * delivery recording what it sent, on one clock the test moves. Each ask and each day's reminder goes out once.
 */
class ApprovalRoundsTest {

    /** What a process sent: to whom, and the message. */
    record Sent(String managerId, ApprovalMessage message) {}

    @TempDir
    Path dir;

    private ApprovalCompany first;
    private ApprovalCompany second;
    private final List<Sent> sent = Collections.synchronizedList(new ArrayList<>());
    private Scheduler firstScheduler;
    private Scheduler secondScheduler;

    @BeforeEach
    void two_bot_processes_share_the_store() {
        first = new ApprovalCompany(dir).withExportImported();
        second = first.secondProcess();
        firstScheduler = new Scheduler(first.clock, first.app.approvalRoutines((manager, message) -> sent.add(new Sent(manager.id(), message))));
        secondScheduler = new Scheduler(second.clock, second.app.approvalRoutines((manager, message) -> sent.add(new Sent(manager.id(), message))));
    }

    @AfterEach
    void close() {
        second.close();
        first.close();
    }

    private void at(int day, int hour, int minute) {
        first.clock.set(ZonedDateTime.of(2026, 11, day, hour, minute, 0, 0, ApprovalCompany.COPENHAGEN));
        firstScheduler.runDue();
        secondScheduler.runDue();
    }

    private List<String> sentSince(int from) {
        synchronized (sent) {
            return sent.subList(from, sent.size()).stream().map(s -> s.managerId() + ": " + s.message().summary().summary()).toList();
        }
    }

    @Test
    void a_request_asks_each_manager_once_with_their_team_figures_and_an_approve_button() {
        // given
        first.approvals().request(first.q4(), "cli");
        // when both processes run their routines, twice
        at(27, 10, 1);
        at(27, 10, 2);
        // then each manager is asked once, in their language
        assertEquals(List.of(
                "jonas.weber: Sales ops asks you to approve the statements of DACH for Q4 2026 before the period is closed. Check each member's total, then approve.",
                "mette.lund: Salgsdrift beder dig godkende opgørelserne for Nordics new business for 4. kvartal 2026, før perioden lukkes. Tjek hvert medlems total, og godkend så.",
                "sofie.berg: Salgsdrift beder dig godkende opgørelserne for Customer success & renewals for 4. kvartal 2026, før perioden lukkes. Tjek hvert medlems total, og godkend så."),
                sentSince(0));
        ApprovalMessage jonas = sent.get(0).message();
        assertEquals("Approve", jonas.buttonLabel());
        assertEquals(ApprovalButton.of(first.approvals().figures(first.q4()).get(0)), jonas.button());
        List<Block.Field> members = jonas.summary().blocks().stream().filter(b -> b instanceof Block.Fields).map(b -> ((Block.Fields) b).fields())
                .findFirst().orElseThrow();
        assertEquals(List.of("Felix Braun", "Hanna Vogel", "Lukas Schmidt"), members.stream().map(Block.Field::label).sorted().toList());
        assertTrue(jonas.summary().blocks().contains(new Block.Fields(List.of(new Block.Field("Team total", "DKK 28,940.02")))), jonas.summary().toString());
    }

    @Test
    void managers_who_have_not_approved_are_reminded_once_a_day_at_the_configured_time_across_both_processes() {
        // given asked on 27 November
        first.approvals().request(first.q4(), "cli");
        at(27, 10, 1);
        int asked = sent.size();
        // when the day of the ask passes 09:00 again, nobody is reminded on the day they were asked
        at(27, 23, 59);
        assertEquals(List.of(), sentSince(asked));

        // when both processes run at 09:00 the next day, and again later that day
        at(28, 9, 0);
        at(28, 9, 1);
        at(28, 15, 30);

        // then each of the three is reminded once
        List<String> reminders = sentSince(asked);
        assertEquals(3, reminders.size(), reminders.toString());
        assertTrue(reminders.get(0).startsWith("jonas.weber: Reminder: your approval of DACH for Q4 2026 is still missing."), reminders.toString());

        // when Jonas approves, the next day's reminders go to the other two only
        first.approvals().approve(first.person("jonas.weber"), Optional.of(new PeriodRequest.Explicit(first.q4())), "jonas.weber");
        at(29, 9, 0);
        at(29, 9, 5);
        List<String> nextDay = sentSince(asked + 3);
        assertEquals(List.of("mette.lund", "sofie.berg"), nextDay.stream().map(s -> s.substring(0, s.indexOf(':'))).toList());
    }

    @Test
    void a_manager_whose_approval_a_change_voids_is_asked_again_with_what_changed() {
        // given Mette was asked and approved the Nordics figures
        first.approvals().request(first.q4(), "cli");
        at(27, 10, 1);
        Person mette = first.person("mette.lund");
        first.approvals().approve(mette, Optional.of(new PeriodRequest.Explicit(first.q4())), "mette.lund");
        int before = sent.size();
        // when a late deal of Anna's changes the figures
        first.annaWinsAnotherDeal();
        at(27, 11, 0);
        at(27, 11, 1);
        // then Mette alone is asked again, told her approval no longer counts and shown Anna's total before and now
        List<Sent> again = sent.subList(before, sent.size());
        assertEquals(1, again.size(), sentSince(before).toString());
        assertEquals("mette.lund", again.get(0).managerId());
        assertTrue(again.get(0).message().summary().summary().startsWith("Tallene for Nordics new business for 4. kvartal 2026 er ændret, efter du godkendte dem"
                + " 27. nov. 2026 10:01, så den godkendelse gælder ikke længere."), again.get(0).message().summary().summary());
        List<Block.Field> members = again.get(0).message().summary().blocks().stream().filter(b -> b instanceof Block.Fields)
                .map(b -> ((Block.Fields) b).fields()).findFirst().orElseThrow();
        assertEquals(new Block.Field("Anna Holm", "64.194,44 kr. (før 54.916,67 kr.)"), members.get(0));
        assertEquals("approval_void", new app.bonusbot.store.AuditLog(first.app.database()).read("mette.lund", "2026-Q4").get(1).action());
    }
}
