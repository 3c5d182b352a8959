package app.bonusbot.cli;

import app.bonusbot.bot.Application;
import app.bonusbot.core.company.Company;
import app.bonusbot.core.dispute.Dispute;
import app.bonusbot.core.i18n.Texts;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "disputes", mixinStandardHelpOptions = true, subcommands = DisputesResolveCommand.class,
        description = "The disputes sellers opened with /bonus dispute, newest first; resolve one with: disputes resolve N --answer \"...\".")
final class DisputesCommand extends CompanyCommand {

    @Option(names = "--open", description = "Only the cases still open.")
    boolean openOnly;

    @Option(names = "--person", paramLabel = "ID", description = "Only this person's cases.")
    String person;

    @Option(names = "--json", description = "Print the cases as JSON (stable field names, amounts as strings with two decimals).")
    boolean json;

    @Override
    int run(Application app, Texts texts, PrintWriter out) {
        Company company = app.company();
        if (person != null && company.directory().person(person).isEmpty()) {
            throw UserError.noSuchPerson(person, store.config, company.directory(), texts);
        }
        List<Dispute> cases = app.disputes().book().list(Optional.ofNullable(person), openOnly);
        if (json) {
            out.println(JsonOutput.text(json(company, cases)));
        } else if (cases.isEmpty()) {
            out.println(texts.get(openOnly ? "cli.disputes.none_open" : "cli.disputes.none"));
        } else {
            cases.forEach(d -> out.print(text(company, texts, d)));
        }
        return ExitCodes.OK;
    }

    /** One case: its line, the seller's text, and the answer once resolved. */
    private static String text(Company company, Texts texts, Dispute d) {
        StringBuilder out = new StringBuilder();
        String name = company.directory().person(d.personId()).map(p -> p.name()).orElse(d.personId());
        out.append(texts.get("cli.disputes.line", d.number(), texts.get("dispute.state." + d.state().word()), date(company, d.openedAt()),
                d.personId(), name, d.periodKey()));
        d.planId().ifPresent(plan -> out.append(" · ").append(texts.get("dispute.field.plan")).append(' ').append(plan));
        d.dealId().ifPresent(deal -> out.append(" · ").append(texts.get("dispute.field.deal")).append(' ').append(deal));
        out.append(System.lineSeparator()).append("    ").append(d.text().replace("\n", System.lineSeparator() + "    ")).append(System.lineSeparator());
        d.answer().ifPresent(answer -> {
            out.append("    ").append(texts.get("cli.disputes.answer", d.resolvedBy().orElse(""), date(company, d.resolvedAt().orElseThrow()), answer));
            d.adjustment().ifPresent(amount -> out.append(' ').append(texts.get("cli.disputes.adjustment", amount.toPlainString(),
                    company.settings().currency().getCurrencyCode())));
            out.append(System.lineSeparator());
        });
        return out.toString();
    }

    private static ArrayNode json(Company company, List<Dispute> cases) {
        ArrayNode array = JsonOutput.MAPPER.createArrayNode();
        for (Dispute d : cases) {
            ObjectNode o = array.addObject();
            o.put("number", d.number());
            o.put("person", d.personId());
            o.put("name", company.directory().person(d.personId()).map(p -> p.name()).orElse(null));
            o.put("state", d.state().word());
            o.put("text", d.text());
            o.put("deal", d.dealId().orElse(null));
            o.put("plan", d.planId().orElse(null));
            o.put("period", d.periodKey());
            o.put("opened_at", d.openedAt().toString());
            o.put("answer", d.answer().orElse(null));
            o.put("resolved_by", d.resolvedBy().orElse(null));
            o.put("resolved_at", d.resolvedAt().map(Object::toString).orElse(null));
            o.put("adjustment", d.adjustment().map(a -> a.toPlainString()).orElse(null));
            o.put("currency", company.settings().currency().getCurrencyCode());
        }
        return array;
    }

    private static LocalDate date(Company company, java.time.Instant at) {
        return LocalDate.ofInstant(at, company.settings().zone());
    }
}
