package app.bonusbot.core.command;

import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.payout.Adjustment;
import app.bonusbot.core.payout.DealChange;
import app.bonusbot.core.payout.PaidLine;
import app.bonusbot.core.people.Directory;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.time.FiscalYear;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

/**
 * An adjustment as a statement line in the reader's language: "Deal Acme in Q3 2026 changed from won to lost after
 * Q3 2026 was paid", "Adjustment: spiff for the Acme deal". The words are made when the line is shown, from the
 * adjustment's stable tokens, so a Danish reader reads Danish whoever made it.
 */
public final class AdjustmentWording {

    private final Wording w;
    private final Directory directory;
    private final FiscalYear fiscalYear;

    AdjustmentWording(Wording w, Directory directory, FiscalYear fiscalYear) {
        this.w = w;
        this.directory = directory;
        this.fiscalYear = fiscalYear;
    }

    /** For adapters that word adjustments outside a command answer (the statement PDF, the CLI). */
    public static AdjustmentWording of(Language language, app.bonusbot.core.company.Company company) {
        return new AdjustmentWording(Wording.of(language, company.settings()), company.directory(), company.settings().fiscalYear());
    }

    public PaidLine line(Adjustment a) {
        return new PaidLine(describe(a), a.amount());
    }

    public String describe(Adjustment a) {
        return switch (a.kind()) {
            case MANUAL -> w.t("adjustment.manual", a.reason().orElse(""));
            case DISPUTE -> w.t("adjustment.dispute", a.disputeNumber().map(String::valueOf).orElse("?"), a.reason().orElse(""));
            case CLAWBACK, TOP_UP -> a.change().map(this::change).orElseGet(() -> w.t("adjustment.manual", a.reason().orElse("")));
        };
    }

    private String change(DealChange c) {
        String period = periodLabel(c.sourcePeriodKey());
        return switch (c.what()) {
            case OUTCOME -> w.t("adjustment.deal.outcome", c.dealName(), period, outcome(c.from()), outcome(c.to()));
            case AMOUNT -> w.t("adjustment.deal.amount", c.dealName(), period, amount(c.from()), amount(c.to()));
            case OWNER -> w.t("adjustment.deal.owner", c.dealName(), period, owner(c.from()), owner(c.to()));
            case CLOSE_DATE -> w.t("adjustment.deal.close_date", c.dealName(), period, date(c.from()), date(c.to()));
            case DELETED -> w.t("adjustment.deal.deleted", c.dealName(), period);
            case OTHER -> w.t("adjustment.deal.other_field", c.dealName(), period, blank(c.from()), blank(c.to()));
        };
    }

    /** A period key as the reader's label; a key this company's fiscal year cannot read is shown as it is. */
    private String periodLabel(String key) {
        return fiscalYear.parse(key).map(w::period).orElse(key);
    }

    private String outcome(String token) {
        return token == null ? w.t("adjustment.none") : w.t("outcome." + token.toLowerCase(Locale.ROOT));
    }

    private String amount(String plain) {
        return plain == null || plain.isBlank() ? w.t("adjustment.none") : w.money(new BigDecimal(plain));
    }

    private String owner(String personId) {
        return personId == null || personId.isBlank() ? w.t("adjustment.none") : directory.person(personId).map(Person::name).orElse(personId);
    }

    private String date(String iso) {
        return iso == null || iso.isBlank() ? w.t("adjustment.none") : w.date(LocalDate.parse(iso));
    }

    private String blank(String text) {
        return text == null || text.isBlank() ? w.t("adjustment.none") : text;
    }
}
