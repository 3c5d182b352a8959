package app.bonusbot.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.core.schedule.CronSchedule;
import app.bonusbot.core.schedule.RetryLater;
import app.bonusbot.core.schedule.Routine;
import app.bonusbot.core.schedule.Schedule;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class SchedulerTest {

    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    private static final CronSchedule MONDAY_NINE = CronSchedule.parse("MON 09:00", COPENHAGEN);

    private static ZonedDateTime local(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(COPENHAGEN);
    }

    /** Records the occurrences it is given; fails or asks to be asked again as told. */
    private static final class Recording implements Routine {
        final List<String> runs = new ArrayList<>();
        final Schedule schedule;
        int failuresLeft;
        int busyLeft;

        Recording(Schedule schedule) {
            this.schedule = schedule;
        }

        @Override
        public String name() {
            return "recording";
        }

        @Override
        public Schedule schedule() {
            return schedule;
        }

        @Override
        public synchronized void run(ZonedDateTime occurrence) {
            runs.add(occurrence.toOffsetDateTime().toString());
            if (failuresLeft > 0) {
                failuresLeft--;
                throw new IllegalStateException("chat platform unreachable");
            }
            if (busyLeft > 0) {
                busyLeft--;
                throw new RetryLater("another process holds the claim");
            }
        }
    }

    @Test
    void after_downtime_the_latest_missed_occurrence_runs_once_and_older_ones_are_not_replayed() {
        // given the bot was down for three Mondays and starts on Thursday 10 December 2026
        ManualClock clock = new ManualClock(local("2026-12-10T14:00"));
        Recording routine = new Recording(MONDAY_NINE);
        Scheduler scheduler = new Scheduler(clock, List.of(routine));
        // when
        scheduler.runDue();
        scheduler.runDue();
        clock.advance(Duration.ofHours(5));
        scheduler.runDue();
        // then
        assertEquals(List.of("2026-12-07T09:00+01:00"), routine.runs);
    }

    @Test
    void each_occurrence_runs_when_its_time_comes_and_not_a_minute_before() {
        // given
        ManualClock clock = new ManualClock(local("2026-12-07T10:00"));
        Recording routine = new Recording(MONDAY_NINE);
        Scheduler scheduler = new Scheduler(clock, List.of(routine));
        scheduler.runDue();
        // when
        clock.set(local("2026-12-14T08:59:59"));
        scheduler.runDue();
        List<String> beforeNine = List.copyOf(routine.runs);
        clock.set(local("2026-12-14T09:00"));
        scheduler.runDue();
        // then
        assertEquals(List.of("2026-12-07T09:00+01:00"), beforeNine);
        assertEquals(List.of("2026-12-07T09:00+01:00", "2026-12-14T09:00+01:00"), routine.runs);
    }

    @Test
    void stepping_through_the_spring_and_autumn_changes_runs_every_monday_at_nine_local_time() {
        // given an hour at a time from mid-March to mid-April, and again around the end of October 2026
        Recording routine = new Recording(MONDAY_NINE);
        ManualClock clock = new ManualClock(local("2026-03-17T00:00"));
        Scheduler scheduler = new Scheduler(clock, List.of(routine));
        // when
        for (int hour = 0; hour < 24 * 28; hour++) {
            scheduler.runDue();
            clock.advance(Duration.ofHours(1));
        }
        clock.set(local("2026-10-20T00:00"));
        for (int hour = 0; hour < 24 * 14; hour++) {
            scheduler.runDue();
            clock.advance(Duration.ofHours(1));
        }
        // then
        assertEquals(List.of("2026-03-16T09:00+01:00", "2026-03-23T09:00+01:00", "2026-03-30T09:00+02:00", "2026-04-06T09:00+02:00",
                "2026-04-13T09:00+02:00", "2026-10-19T09:00+02:00", "2026-10-26T09:00+01:00", "2026-11-02T09:00+01:00"), routine.runs);
    }

    @Test
    void a_failing_routine_is_tried_again_after_a_growing_pause_and_does_not_stop_the_others() {
        // given
        ManualClock clock = new ManualClock(local("2026-12-07T09:00"));
        Recording failing = new Recording(MONDAY_NINE);
        failing.failuresLeft = 2;
        Recording healthy = new Recording(CronSchedule.parse("MON 08:00", COPENHAGEN));
        Scheduler scheduler = new Scheduler(clock, List.of(failing, healthy));
        // when
        scheduler.runDue();
        scheduler.runDue();
        clock.advance(Duration.ofMinutes(1));
        scheduler.runDue();
        clock.advance(Duration.ofSeconds(90));
        scheduler.runDue();
        clock.advance(Duration.ofSeconds(30));
        scheduler.runDue();
        scheduler.runDue();
        // then one try at 09:00, one a minute later, the last two minutes after that
        assertEquals(3, failing.runs.size());
        assertEquals(List.of("2026-12-07T08:00+01:00"), healthy.runs);
    }

    @Test
    void the_pause_after_failures_doubles_up_to_an_hour() {
        assertEquals(List.of(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L),
                List.of(1, 2, 3, 4, 5, 6, 7, 20).stream().map(n -> Scheduler.backoff(n).toMinutes()).toList());
    }

    @Test
    void a_routine_that_must_wait_for_another_process_is_asked_again_a_minute_later() {
        // given
        ManualClock clock = new ManualClock(local("2026-12-07T09:00"));
        Recording routine = new Recording(MONDAY_NINE);
        routine.busyLeft = 1;
        Scheduler scheduler = new Scheduler(clock, List.of(routine));
        // when
        scheduler.runDue();
        scheduler.runDue();
        clock.advance(Duration.ofMinutes(1));
        scheduler.runDue();
        scheduler.runDue();
        // then
        assertEquals(List.of("2026-12-07T09:00+01:00", "2026-12-07T09:00+01:00"), routine.runs);
    }

    @Test
    void the_loop_wakes_at_the_next_occurrence_but_never_sleeps_more_than_a_minute() {
        // given
        ManualClock clock = new ManualClock(local("2026-12-07T08:59:30"));
        Scheduler scheduler = new Scheduler(clock, List.of(new Recording(MONDAY_NINE)));
        // when
        var soon = scheduler.nextWake();
        clock.set(local("2026-12-08T12:00"));
        var later = scheduler.nextWake();
        // then
        assertEquals(local("2026-12-07T09:00").toInstant(), soon);
        assertEquals(local("2026-12-08T12:01").toInstant(), later);
    }

    @Test
    void the_background_loop_runs_what_is_due_on_a_daemon_thread_and_stops_cleanly() throws InterruptedException {
        // given
        ManualClock clock = new ManualClock(local("2026-12-08T12:00"));
        CountDownLatch ran = new CountDownLatch(1);
        AtomicReference<Thread> thread = new AtomicReference<>();
        Routine routine = new Routine() {
            @Override
            public String name() {
                return "latch";
            }

            @Override
            public Schedule schedule() {
                return MONDAY_NINE;
            }

            @Override
            public void run(ZonedDateTime occurrence) {
                thread.set(Thread.currentThread());
                ran.countDown();
            }
        };
        Scheduler scheduler = new Scheduler(clock, List.of(routine));
        // when
        scheduler.start();
        boolean caughtUp = ran.await(10, TimeUnit.SECONDS);
        scheduler.close();
        thread.get().join(10_000);
        // then
        assertTrue(caughtUp, "the missed Monday ran on start");
        assertTrue(thread.get().isDaemon());
        assertEquals("bonusbot-scheduler", thread.get().getName());
        assertFalse(thread.get().isAlive(), "the loop's thread ended");
    }
}
