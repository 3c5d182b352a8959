package app.bonusbot.store;

import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.payout.FrozenStatement;
import app.bonusbot.core.payout.PaidLine;
import app.bonusbot.core.payout.PaidPlan;
import app.bonusbot.core.payout.PayStatement;
import app.bonusbot.core.payout.PeriodClose;
import app.bonusbot.core.payout.StockValue;
import app.bonusbot.core.reply.Block;
import app.bonusbot.core.reply.Reply;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A frozen statement as the JSON kept in {@code closed_statements.snapshot}: the plan versions, the inputs in the
 * {@code --json} form, every line, the total, the pay statement and the answers in each language. Written once at the
 * close and read back as it was; amounts are strings so they keep their two decimals.
 */
final class SnapshotJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SnapshotJson() {}

    static String write(FrozenStatement frozen, Language companyLanguage) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("person_id", frozen.personId());
        root.put("period", frozen.periodKey());
        ArrayNode versions = root.putArray("plan_versions");
        for (FrozenStatement.PlanCash cash : frozen.planCash()) {
            ObjectNode v = versions.addObject();
            v.put("plan", cash.planId());
            v.put("version_from", cash.versionFrom().map(LocalDate::toString).orElse(null));
            v.put("version_digest", cash.versionDigest());
            v.put("cash", cash.cash().toPlainString());
        }
        root.set("inputs", tree(frozen.inputsJson()));
        ArrayNode lines = root.putArray("lines");
        PayStatement main = frozen.statement(companyLanguage);
        for (PaidPlan plan : main.plans()) {
            plan.lines().forEach(l -> line(lines.addObject().put("plan", plan.planId()), l));
        }
        main.adjustments().forEach(l -> line(lines.addObject().put("plan", (String) null), l));
        root.put("total", frozen.total().toPlainString());
        ObjectNode statements = root.putObject("statements");
        frozen.statements().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> statements.set(e.getKey().code(), statement(e.getValue())));
        ObjectNode replies = root.putObject("replies");
        replies.set("status", byLanguage(frozen.status()));
        replies.set("explain", byLanguage(frozen.explain()));
        ObjectNode plans = replies.putObject("explain_plans");
        frozen.explainByPlan().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> plans.set(e.getKey(), byLanguage(e.getValue())));
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a snapshot is plain values and always writes", e);
        }
    }

    static FrozenStatement read(String json) {
        JsonNode root = tree(json);
        List<FrozenStatement.PlanCash> cash = new ArrayList<>();
        for (JsonNode v : root.get("plan_versions")) {
            cash.add(new FrozenStatement.PlanCash(v.get("plan").asText(), new BigDecimal(v.get("cash").asText()),
                    Optional.ofNullable(text(v, "version_from")).map(LocalDate::parse), v.get("version_digest").asText()));
        }
        Map<Language, PayStatement> statements = new EnumMap<>(Language.class);
        root.get("statements").fields().forEachRemaining(e -> Language.fromCode(e.getKey()).ifPresent(l -> statements.put(l, statement(e.getValue()))));
        JsonNode replies = root.get("replies");
        Map<String, Map<Language, Reply>> explainByPlan = new LinkedHashMap<>();
        replies.get("explain_plans").fields().forEachRemaining(e -> explainByPlan.put(e.getKey(), replies(e.getValue())));
        String inputs;
        try {
            inputs = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root.get("inputs"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the inputs were read as JSON", e);
        }
        return new FrozenStatement(root.get("person_id").asText(), root.get("period").asText(), inputs, statements, replies(replies.get("status")),
                replies(replies.get("explain")), explainByPlan, cash);
    }

    private static void line(ObjectNode node, PaidLine line) {
        node.put("description", line.description());
        node.put("amount", line.amount().toPlainString());
    }

    private static ObjectNode statement(PayStatement s) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("language", s.language().code());
        node.put("person_id", s.personId());
        node.put("person_name", s.personName());
        node.put("employee_id", s.employeeId());
        node.put("period_key", s.periodKey());
        node.put("period_label", s.periodLabel());
        node.put("period_start", s.periodStart().toString());
        node.put("period_end", s.periodEnd().toString());
        node.put("currency", s.currency().getCurrencyCode());
        ArrayNode plans = node.putArray("plans");
        for (PaidPlan p : s.plans()) {
            ObjectNode plan = plans.addObject();
            plan.put("plan_id", p.planId());
            plan.put("plan_name", p.planName());
            plan.put("kind", p.kind());
            plan.put("version_from", p.versionFrom().map(LocalDate::toString).orElse(null));
            ArrayNode lines = plan.putArray("lines");
            p.lines().forEach(l -> line(lines.addObject(), l));
            plan.put("cash", p.cash().toPlainString());
            p.stock().ifPresent(st -> {
                ObjectNode stock = plan.putObject("stock");
                stock.put("vested_units", st.vestedUnits());
                stock.put("unvested_units", st.unvestedUnits());
                stock.put("share_price", st.sharePrice().toPlainString());
                stock.put("vested_value", st.vestedValue().toPlainString());
            });
        }
        ArrayNode adjustments = node.putArray("adjustments");
        s.adjustments().forEach(l -> line(adjustments.addObject(), l));
        s.closed().ifPresent(c -> {
            ObjectNode closed = node.putObject("closed");
            closed.put("period_key", c.periodKey());
            closed.put("closed_at", c.closedAt().toString());
            closed.put("closed_by", c.closedBy());
        });
        return node;
    }

    private static PayStatement statement(JsonNode n) {
        List<PaidPlan> plans = new ArrayList<>();
        for (JsonNode p : n.get("plans")) {
            JsonNode st = p.get("stock");
            Optional<StockValue> stock = st == null || st.isNull() ? Optional.empty()
                    : Optional.of(new StockValue(st.get("vested_units").asLong(), st.get("unvested_units").asLong(), new BigDecimal(st.get("share_price").asText()),
                            new BigDecimal(st.get("vested_value").asText())));
            plans.add(new PaidPlan(p.get("plan_id").asText(), p.get("plan_name").asText(), p.get("kind").asText(),
                    Optional.ofNullable(text(p, "version_from")).map(LocalDate::parse), lines(p.get("lines")), new BigDecimal(p.get("cash").asText()), stock));
        }
        JsonNode c = n.get("closed");
        Optional<PeriodClose> closed = c == null || c.isNull() ? Optional.empty()
                : Optional.of(new PeriodClose(c.get("period_key").asText(), Instant.parse(c.get("closed_at").asText()), c.get("closed_by").asText()));
        return new PayStatement(Language.fromCode(n.get("language").asText()).orElseThrow(), n.get("person_id").asText(), n.get("person_name").asText(),
                n.get("employee_id").asText(), n.get("period_key").asText(), n.get("period_label").asText(), LocalDate.parse(n.get("period_start").asText()),
                LocalDate.parse(n.get("period_end").asText()), Currency.getInstance(n.get("currency").asText()), plans, lines(n.get("adjustments")), closed);
    }

    private static List<PaidLine> lines(JsonNode array) {
        List<PaidLine> lines = new ArrayList<>();
        array.forEach(l -> lines.add(new PaidLine(l.get("description").asText(), new BigDecimal(l.get("amount").asText()))));
        return lines;
    }

    private static ObjectNode byLanguage(Map<Language, Reply> replies) {
        ObjectNode node = MAPPER.createObjectNode();
        replies.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> node.set(e.getKey().code(), reply(e.getValue())));
        return node;
    }

    private static Map<Language, Reply> replies(JsonNode node) {
        Map<Language, Reply> replies = new EnumMap<>(Language.class);
        node.fields().forEachRemaining(e -> Language.fromCode(e.getKey()).ifPresent(l -> replies.put(l, reply(e.getValue()))));
        return replies;
    }

    private static ObjectNode reply(Reply reply) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("summary", reply.summary());
        ArrayNode blocks = node.putArray("blocks");
        for (Block block : reply.blocks()) {
            ObjectNode b = blocks.addObject();
            if (block instanceof Block.Header h) {
                b.put("type", "header").put("text", h.text());
            } else if (block instanceof Block.Subheading s) {
                b.put("type", "subheading").put("text", s.text());
            } else if (block instanceof Block.Text t) {
                b.put("type", "text").put("text", t.text());
            } else if (block instanceof Block.Context c) {
                b.put("type", "context").put("text", c.text());
            } else if (block instanceof Block.Calculation c) {
                b.put("type", "calculation").put("description", c.description()).put("result", c.result());
            } else if (block instanceof Block.Progress p) {
                b.put("type", "progress").put("label", p.label()).put("ratio", p.ratio().toPlainString()).put("caption", p.caption());
            } else if (block instanceof Block.Fields f) {
                ArrayNode fields = b.put("type", "fields").putArray("fields");
                f.fields().forEach(field -> fields.addObject().put("label", field.label()).put("value", field.value()));
            } else {
                b.put("type", "divider");
            }
        }
        return node;
    }

    private static Reply reply(JsonNode node) {
        Reply.Builder reply = Reply.builder(node.get("summary").asText());
        for (Iterator<JsonNode> it = node.get("blocks").elements(); it.hasNext();) {
            JsonNode b = it.next();
            switch (b.get("type").asText()) {
                case "header" -> reply.header(b.get("text").asText());
                case "subheading" -> reply.subheading(b.get("text").asText());
                case "text" -> reply.text(b.get("text").asText());
                case "context" -> reply.context(b.get("text").asText());
                case "calculation" -> reply.calculation(b.get("description").asText(), b.get("result").asText());
                case "progress" -> reply.progress(text(b, "label"), new BigDecimal(b.get("ratio").asText()), text(b, "caption"));
                case "fields" -> {
                    List<Block.Field> fields = new ArrayList<>();
                    b.get("fields").forEach(f -> fields.add(new Block.Field(f.get("label").asText(), f.get("value").asText())));
                    reply.fields(fields);
                }
                default -> reply.divider();
            }
        }
        return reply.build();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new StoreException("A closed period's snapshot is not readable JSON: " + e.getOriginalMessage(), e);
        }
    }
}
