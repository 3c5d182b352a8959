package app.bonusbot.core.approval;

import app.bonusbot.core.i18n.Formats;
import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.i18n.Texts;
import app.bonusbot.core.reply.Block;
import app.bonusbot.core.reply.Reply;
import app.bonusbot.core.time.Period;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The texts of approval in one language: the statements summary a manager approves, and the answers to approving. */
public final class ApprovalWording {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private final Texts texts;
    private final Formats formats;
    private final ZoneId zone;

    public ApprovalWording(Language language, Currency currency, ZoneId zone) {
        this.texts = Texts.of(language);
        this.formats = new Formats(language, currency);
        this.zone = zone;
    }

    public Texts texts() {
        return texts;
    }

    public Language language() {
        return texts.language();
    }

    public String t(String key, Object... args) {
        return texts.get(key, args);
    }

    public String period(Period period) {
        return texts.period(period);
    }

    public String money(BigDecimal amount) {
        return formats.money(amount);
    }

    /** A moment in the company's zone: "27 Nov 2026 12:00". */
    public String moment(Instant at) {
        var local = at.atZone(zone);
        return formats.date(local.toLocalDate()) + " " + TIME.format(local);
    }

    /**
     * The team's statements summed up: each member's total for the period and the team's total, led by a line saying
     * why the manager sees it (asked, reminded, the figures changed). The Approve button is the platform's to add.
     *
     * @param changedFrom the totals of an earlier approval the figures no longer match; empty when there was none
     */
    public Reply summary(TeamFigures figures, String lead, Map<String, BigDecimal> changedFrom) {
        String period = period(figures.period());
        Reply.Builder reply = Reply.builder(lead).header(t("approval.header", figures.team().name(), period)).text(lead);
        List<Block.Field> members = new ArrayList<>();
        for (MemberTotal m : figures.members()) {
            BigDecimal before = changedFrom.get(m.person().id());
            String value = money(m.total());
            if (!changedFrom.isEmpty() && (before == null || before.compareTo(m.total()) != 0)) {
                value = t("approval.changed_value", before == null ? "–" : money(before), value);
            }
            members.add(new Block.Field(m.person().name(), value));
        }
        reply.fields(members);
        reply.fields(List.of(new Block.Field(t("approval.team_total"), money(figures.total()))));
        reply.context(t("approval.context", texts.count("people", figures.members().size())));
        return reply.build();
    }

    /** The answer once approved: which team and figures, and when it was recorded. */
    public Reply approved(TeamFigures figures, Instant at) {
        return notice(t("approval.approved", figures.team().name(), period(figures.period()), texts.count("people", figures.members().size()),
                money(figures.total()), moment(at)));
    }

    public Reply notice(String text) {
        return Reply.builder(text).text(text).build();
    }
}
