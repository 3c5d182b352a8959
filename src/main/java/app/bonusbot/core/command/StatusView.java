package app.bonusbot.core.command;

import app.bonusbot.core.command.CrmFreshness.Freshness;
import app.bonusbot.core.engine.PlanResult;
import app.bonusbot.core.engine.Statement;
import app.bonusbot.core.people.Directory;
import app.bonusbot.core.reply.Block.Field;
import app.bonusbot.core.reply.Reply;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/** {@code /bonus status}: every plan the person is on, with the cash total. */
final class StatusView {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final Wording w;
    private final Optional<Freshness> crm;
    private final ZoneId zone;
    private final LocalDate today;
    private final Directory directory;

    /**
     * @param crm how fresh the synced CRM data is; empty without a CRM sync
     * @param zone the company's zone, in which its times are told
     */
    StatusView(Wording wording, Optional<Freshness> crm, ZoneId zone, LocalDate today) {
        this(wording, crm, zone, today, new Directory(List.of(), List.of()));
    }

    /** @param directory the teams by name, for a share of another team's pool */
    StatusView(Wording wording, Optional<Freshness> crm, ZoneId zone, LocalDate today, Directory directory) {
        this.w = wording;
        this.crm = crm;
        this.zone = zone;
        this.today = today;
        this.directory = directory;
    }

    Reply render(Statement statement) {
        return render(statement, AdjustmentLines.NONE, null);
    }

    /** With the adjustments paid with the statement's periods as their own lines, in the total. */
    Reply render(Statement statement, AdjustmentLines adjustments, AdjustmentWording wording) {
        String name = statement.person().name();
        BigDecimal total = adjustments.total(statement);
        Reply.Builder reply = Reply.builder(w.t("status.summary", name, w.money(total)));
        reply.header(w.t("status.header", name));
        PlanSummary summary = new PlanSummary(w, directory);
        boolean first = true;
        for (PlanResult result : statement.results()) {
            if (!first) {
                reply.divider();
            }
            first = false;
            summary.addTo(reply, result, statement.today().isAfter(result.period().end()));
        }
        if (wording != null) {
            adjustments.addTo(reply, w, wording, false);
        }
        reply.divider();
        reply.fields(List.of(new Field(w.t("field.total_payout"), w.money(total))));
        reply.context(w.t("status.context", w.date(statement.results().isEmpty() ? statement.today() : statement.results().get(0).asOf())));
        crm.ifPresent(f -> reply.context(f.failingSince().isPresent()
                ? w.t("status.crm_failing", moment(f.asOf()), moment(f.failingSince().get()))
                : w.t("status.crm_as_of", moment(f.asOf()))));
        return reply.build();
    }

    /** 09:41 today; on another day its date as well. */
    private String moment(Instant instant) {
        ZonedDateTime local = instant.atZone(zone);
        String time = CLOCK.format(local);
        return local.toLocalDate().equals(today) ? time : w.date(local.toLocalDate()) + " " + time;
    }
}
