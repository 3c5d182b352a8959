package app.bonusbot.chat;

import app.bonusbot.core.command.Answer;
import app.bonusbot.core.command.BonusCommand;
import app.bonusbot.core.command.CommandHandler;
import app.bonusbot.core.company.Company;
import app.bonusbot.core.i18n.Texts;
import app.bonusbot.core.survey.SurveyForm;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One {@code /bonus} on any chat platform, from the platform-neutral request to the outcome the platform renders: the
 * caller's language, {@code feedback} without an answer opening the survey's form, the command layer's answer, the
 * platform id for someone Bonusbot does not know, and an apology instead of any failure. The platforms keep only
 * their transport, their identity lookup and their rendering.
 */
public final class ChatTurn {

    private final CommandHandler commands;
    private final Supplier<Company> company;

    /** @param company the company as of now, for the language of the platform's own texts */
    public ChatTurn(CommandHandler commands, Supplier<Company> company) {
        this.commands = commands;
        this.company = company;
    }

    public ChatOutcome take(ChatRequest request) {
        return take(() -> request);
    }

    /**
     * @param request built inside the turn, so that a failing identity lookup (Slack's users.info, say) is answered
     *     like any other failure
     */
    public ChatOutcome take(Supplier<ChatRequest> request) {
        Texts texts = null;
        try {
            ChatRequest asked = request.get();
            String personId = asked.personId().orElse(null);
            texts = ChatLanguage.texts(company.get(), personId);
            BonusCommand command = asked.input().command();
            Optional<ChatOutcome> form = surveyForm(personId, command, texts);
            if (form.isPresent()) {
                return form.get();
            }
            Answer answer = commands.answer(personId, command);
            if (personId == null) {
                return new ChatOutcome.NotEnrolled(asked.platform().idNote(texts, asked.platformUserId())
                        .map(answer.reply()::withContext).orElse(answer.reply()), texts);
            }
            return new ChatOutcome.Answered(answer.reply(), answer.charts(), answer.report(), texts);
        } catch (RuntimeException e) {
            return new ChatOutcome.Failed(texts != null ? texts : ChatLanguage.fallback(company), e);
        }
    }

    /** For a platform that has no worker free to take the turn. */
    public ChatOutcome.Busy busy() {
        return new ChatOutcome.Busy(ChatLanguage.fallback(company));
    }

    /**
     * {@code feedback} without an answer (typed, or with Discord's {@code answer} option left blank) opens the form of
     * the survey open for the caller, at the question named if the form has it. Otherwise the command layer answers:
     * that nothing is open, or that the survey has no such question.
     */
    private Optional<ChatOutcome> surveyForm(String personId, BonusCommand command, Texts texts) {
        if (!(command instanceof BonusCommand.Feedback feedback) || !feedback.answer().orElse("").isBlank()) {
            return Optional.empty();
        }
        Optional<SurveyForm> form = commands.surveys().openForm(personId);
        if (form.isEmpty()) {
            return Optional.empty();
        }
        if (feedback.question().isEmpty()) {
            return Optional.of(new ChatOutcome.SurveyFormToOpen(form.get(), Optional.empty(), texts));
        }
        return form.get().item(feedback.question().get()).map(at -> new ChatOutcome.SurveyFormToOpen(form.get(), Optional.of(at), texts));
    }
}
