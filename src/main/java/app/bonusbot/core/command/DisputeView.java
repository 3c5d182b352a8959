package app.bonusbot.core.command;

import app.bonusbot.core.dispute.Dispute;
import app.bonusbot.core.dispute.DisputeState;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.reply.Block;
import app.bonusbot.core.reply.Block.Field;
import app.bonusbot.core.reply.Reply;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** The replies and notices of disputes, in one reader's language. */
final class DisputeView {

    private final Wording w;
    private final ZoneId zone;

    DisputeView(Wording wording, ZoneId zone) {
        this.w = wording;
        this.zone = zone;
    }

    /** To the seller who opened the case. */
    Reply opened(Dispute d) {
        String text = w.t("dispute.opened", d.number());
        return Reply.builder(text).text(text).context(w.t("dispute.opened_context")).build();
    }

    /**
     * Sales ops' notice of a new case: who, what they wrote, the deal and plan they named, and below it their current
     * figures as {@code /bonus status} shows them.
     */
    Reply salesOpsNotice(Dispute d, Person seller, Reply figures) {
        String summary = w.t("dispute.notice.summary", d.number(), seller.name());
        Reply.Builder reply = Reply.builder(summary).header(w.t("dispute.notice.header", d.number(), seller.name()));
        reply.text(d.text());
        List<Field> fields = new ArrayList<>();
        fields.add(new Field(w.t("dispute.field.person"), seller.name() + " (" + seller.id() + ")"));
        fields.add(new Field(w.t("dispute.field.opened"), date(d.openedAt())));
        d.dealId().ifPresent(deal -> fields.add(new Field(w.t("dispute.field.deal"), deal)));
        fields.add(new Field(w.t("dispute.field.plan"), d.planId().orElse(w.t("dispute.all_plans"))));
        reply.fields(fields);
        reply.context(w.t("dispute.notice.how_to_answer", d.number()));
        reply.divider();
        figures.blocks().forEach(reply::add);
        return reply.build();
    }

    /** The answer, to the seller. */
    Reply sellerNotice(Dispute d) {
        String header = w.t(d.state() == DisputeState.ACCEPTED ? "dispute.answer.accepted" : "dispute.answer.rejected", d.number());
        Reply.Builder reply = Reply.builder(header).header(header);
        reply.text(d.answer().orElse(""));
        d.adjustment().ifPresent(amount -> reply.text(w.t("dispute.answer.adjustment", w.money(amount))));
        reply.context(w.t("dispute.answer.your_text", d.text()));
        return reply.build();
    }

    /** To the admin who resolved it. */
    Reply resolved(Dispute d, Person seller, boolean told) {
        String text = w.t("dispute.resolved", d.number(), state(d), seller.name());
        return Reply.builder(text).text(text).context(w.t(told ? "dispute.resolved.told" : "dispute.resolved.not_told", seller.name())).build();
    }

    /** A case resolved before: how, by whom and when. */
    Reply alreadyResolved(Dispute d) {
        String text = w.t("error.dispute_already_resolved", d.number(), state(d), d.resolvedBy().orElse(""), date(d.resolvedAt().orElse(d.openedAt())));
        return Reply.builder(text).text(text).build();
    }

    /** {@code /bonus disputes}: the caller's cases, newest first. */
    Reply list(List<Dispute> disputes) {
        if (disputes.isEmpty()) {
            String text = w.t("dispute.list.none");
            return Reply.builder(text).text(text).build();
        }
        Reply.Builder reply = Reply.builder(w.t("dispute.list.summary", disputes.size())).header(w.t("dispute.list.header"));
        for (Dispute d : disputes) {
            reply.subheading(w.t("dispute.list.case", d.number(), date(d.openedAt()), state(d)));
            reply.text(d.text());
            List<String> details = new ArrayList<>();
            d.dealId().ifPresent(deal -> details.add(w.t("dispute.field.deal") + ": " + deal));
            d.planId().ifPresent(plan -> details.add(w.t("dispute.field.plan") + ": " + plan));
            if (!details.isEmpty()) {
                reply.context(String.join(" · ", details));
            }
            d.answer().ifPresent(answer -> reply.add(new Block.Text(w.t("dispute.list.answer", answer))));
            d.adjustment().ifPresent(amount -> reply.context(w.t("dispute.answer.adjustment", w.money(amount))));
        }
        return reply.build();
    }

    /** "open", "accepted", "rejected" in the reader's language; with the amount of an accepted case that has one. */
    String state(Dispute d) {
        String state = w.t("dispute.state." + d.state().word());
        return d.adjustment().map(amount -> state + " (" + w.money(amount) + ")").orElse(state);
    }

    private String date(Instant at) {
        return w.date(LocalDate.ofInstant(at, zone));
    }
}
