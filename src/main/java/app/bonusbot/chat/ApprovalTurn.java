package app.bonusbot.chat;

import app.bonusbot.core.approval.ApprovalAnswer;
import app.bonusbot.core.approval.ApprovalButton;
import app.bonusbot.core.approval.Approvals;
import app.bonusbot.core.company.Company;
import app.bonusbot.core.i18n.Texts;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.reply.Reply;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A click on an Approve button on any chat platform: the clicker found by the platform, the button read, the
 * approval recorded or refused by {@link Approvals#click}, and a failure turned into an apology. The platforms keep
 * their transport, their identity lookup and their rendering.
 */
public final class ApprovalTurn {

    private final Optional<Approvals> approvals;
    private final Supplier<Company> company;

    /** @param approvals empty when the process has none: every click is then refused as approval being off */
    public ApprovalTurn(Optional<Approvals> approvals, Supplier<Company> company) {
        this.approvals = approvals;
        this.company = company;
    }

    /**
     * @param who the platform's lookup of the clicker, run inside the turn so that its failure is answered as one
     * @param button the button's value or custom id as the platform hands it over
     */
    public ApprovalOutcome click(Supplier<Optional<Person>> who, String button) {
        try {
            Optional<Person> person = who.get();
            if (approvals.isEmpty()) {
                Texts texts = person.map(p -> ChatLanguage.texts(company.get(), p.id())).orElseGet(() -> ChatLanguage.fallback(company));
                String text = texts.get("approval.off");
                return new ApprovalOutcome.Refused(Reply.builder(text).text(text).build(), texts);
            }
            ApprovalAnswer answer = approvals.get().click(person, ApprovalButton.parse(button));
            Texts texts = Texts.of(answer.language());
            return answer.recorded() ? new ApprovalOutcome.Approved(answer.reply(), texts) : new ApprovalOutcome.Refused(answer.reply(), texts);
        } catch (RuntimeException e) {
            return new ApprovalOutcome.Failed(ChatLanguage.fallback(company), e);
        }
    }

    /** The company as of now, for a platform's lookup of who clicked. */
    public Company company() {
        return company.get();
    }

    /** The person of an id a platform found; empty for null (someone Bonusbot does not know) or an id no longer in the directory. */
    public Optional<Person> person(String personId) {
        return personId == null ? Optional.empty() : company.get().directory().person(personId);
    }

    /** For a platform that has no worker free to take the click. */
    public ApprovalOutcome.Busy busy() {
        return new ApprovalOutcome.Busy(ChatLanguage.fallback(company));
    }
}
