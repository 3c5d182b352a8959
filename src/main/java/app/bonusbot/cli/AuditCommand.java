package app.bonusbot.cli;

import app.bonusbot.bot.Application;
import app.bonusbot.core.company.Company;
import app.bonusbot.core.i18n.Texts;
import app.bonusbot.core.time.PeriodKind;
import app.bonusbot.store.AuditEntry;
import app.bonusbot.store.AuditLog;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "The audit log, oldest first: imports, sync changes, closes, reopens, approvals, adjustments, clawbacks and dispute steps.")
final class AuditCommand extends CompanyCommand {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Option(names = "--person", paramLabel = "ID", description = "Only the entries about this person.")
    String person;

    @Option(names = "--period", paramLabel = "PERIOD", description = "Only the entries about this period: 2026-Q3, FY2027-Q1, 2026-11, ...")
    String period;

    @Option(names = "--json", description = "The entries as a JSON array (fields as in the README).")
    boolean json;

    @Override
    int run(Application app, Texts texts, PrintWriter out) {
        Company company = app.company();
        if (person != null && company.directory().person(person).isEmpty() && new AuditLog(app.database()).read(person, null).isEmpty()) {
            // A person who left people.yaml keeps their entries: only an id nobody was ever logged for is a mistake.
            throw UserError.noSuchPerson(person, store.config, company.directory(), texts);
        }
        String key = period == null ? null : PeriodKey.parse(period, PeriodKind.QUARTER, app.today(), company.settings().fiscalYear(), texts).key();
        List<AuditEntry> entries = new AuditLog(app.database()).read(person, key);
        if (json) {
            out.println(JsonOutput.text(json(entries)));
        } else if (entries.isEmpty()) {
            out.println(texts.get("cli.audit.empty", (person == null ? "" : texts.get("cli.audit.for_person", person))
                    + (key == null ? "" : texts.get("cli.audit.for_period", key))));
        } else {
            ZoneId zone = company.settings().zone();
            entries.forEach(e -> out.println(line(e, zone)));
        }
        return ExitCodes.OK;
    }

    /** One entry on one line: when (company time), who, what, then only the fields it has. */
    static String line(AuditEntry e, ZoneId zone) {
        StringBuilder b = new StringBuilder(WHEN.format(e.at().atZone(zone))).append("  ").append(e.actor()).append("  ").append(e.action());
        append(b, "person", e.personId());
        append(b, "period", e.periodKey());
        append(b, "subject", e.subject());
        if (e.before() != null || e.after() != null) {
            b.append("  ").append(e.before() == null ? "-" : e.before()).append(" -> ").append(e.after() == null ? "-" : e.after());
        }
        if (e.detail() != null) {
            b.append("  ").append(e.detail());
        }
        return b.toString();
    }

    private static void append(StringBuilder b, String field, String value) {
        if (value != null) {
            b.append("  ").append(field).append('=').append(value);
        }
    }

    private static ArrayNode json(List<AuditEntry> entries) {
        ArrayNode array = JsonOutput.MAPPER.createArrayNode();
        for (AuditEntry e : entries) {
            ObjectNode node = array.addObject();
            node.put("id", e.id());
            node.put("at", e.at().toString());
            node.put("actor", e.actor());
            node.put("action", e.action());
            node.put("person", e.personId());
            node.put("period", e.periodKey());
            node.put("subject", e.subject());
            node.put("before", e.before());
            node.put("after", e.after());
            node.put("detail", e.detail());
        }
        return array;
    }
}
