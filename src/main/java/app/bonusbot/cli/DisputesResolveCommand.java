package app.bonusbot.cli;

import app.bonusbot.bot.Application;
import app.bonusbot.core.command.BonusCommand;
import app.bonusbot.core.command.CommandOptions;
import app.bonusbot.core.command.OptionKind;
import app.bonusbot.core.company.Company;
import app.bonusbot.core.dispute.Dispute;
import app.bonusbot.core.dispute.DisputeVerdict;
import app.bonusbot.core.dispute.Resolution;
import app.bonusbot.core.i18n.Texts;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Resolves a case from the command line, read exactly as {@code /bonus dispute resolve} reads it. Whoever runs the CLI
 * on the database is trusted as sales ops (actor {@code cli}); {@code --by} records an admin as the actor instead, and
 * is refused for anyone who is not one. The CLI has no chat platform: the running bot tells the seller.
 */
@Command(name = "resolve", mixinStandardHelpOptions = true,
        description = "Answers and resolves a dispute (rejected unless --accept); the running bot tells the seller by direct message within a minute.")
final class DisputesResolveCommand extends CompanyCommand {


    @Parameters(index = "0", paramLabel = "N", description = "The case number.")
    String number;

    @Option(names = "--answer", required = true, paramLabel = "TEXT", description = "The answer the seller reads.")
    String answer;

    @Option(names = "--accept", description = "Accept the case (without it, the case is rejected).")
    boolean accept;

    @Option(names = "--amount", paramLabel = "A", description = "With --accept: what the case adds to the seller's pay, e.g. 500 or 1,250.50.")
    String amount;

    @Option(names = "--by", paramLabel = "ADMIN", description = "The admin (person id in settings.yaml admins) recorded as resolving it; default: cli.")
    String by;

    @Override
    int run(Application app, Texts texts, PrintWriter out) {
        Company company = app.company();
        BonusCommand.ResolveDispute command = command(texts);
        String actor = actor(company, texts);
        Resolution resolution = app.disputes().book().resolve(command.number(), new DisputeVerdict(command.accept(), command.amount(), command.answer()),
                actor, app.clock().instant());
        if (resolution instanceof Resolution.Unknown) {
            throw new UserError(texts, "error.dispute_unknown", command.number());
        }
        if (resolution instanceof Resolution.AlreadyResolved already) {
            Dispute d = already.dispute();
            throw new UserError(texts, "error.dispute_already_resolved", d.number(), texts.get("dispute.state." + d.state().word()),
                    d.resolvedBy().orElse(""), d.resolvedAt().map(at -> java.time.LocalDate.ofInstant(at, company.settings().zone())).orElse(null));
        }
        Dispute d = ((Resolution.Resolved) resolution).dispute();
        String state = texts.get("dispute.state." + d.state().word()) + d.adjustment().map(a -> ", " + a.toPlainString() + " "
                + company.settings().currency().getCurrencyCode()).orElse("");
        out.println(texts.get("cli.disputes.resolved", d.number(), d.personId(), state));
        out.println(texts.get("cli.disputes.resolved_next", d.personId()));
        return ExitCodes.OK;
    }

    /** The options read as the chat command's options, so the CLI refuses exactly what chat refuses. */
    private BonusCommand.ResolveDispute command(Texts texts) {
        if (amount != null && !accept) {
            throw new UserError(ExitCodes.USAGE, texts, "cli.error.dispute_amount_needs_accept", amount);
        }
        Map<String, String> options = new HashMap<>();
        options.put(OptionKind.CASE.optionName(), number);
        options.put(OptionKind.ANSWER.optionName(), answer);
        options.put(OptionKind.DECISION.optionName(), accept ? "accept" : "reject");
        if (amount != null) {
            options.put(OptionKind.AMOUNT.optionName(), amount);
        }
        BonusCommand command = CommandOptions.of("dispute resolve", options);
        if (command instanceof BonusCommand.Malformed bad) {
            throw new UserError(ExitCodes.USAGE, texts, bad.reasonKey(), bad.detail());
        }
        return (BonusCommand.ResolveDispute) command;
    }

    private String actor(Company company, Texts texts) {
        return AdminActor.of(by, company, texts, texts.get("cli.step.resolve_dispute"));
    }
}
