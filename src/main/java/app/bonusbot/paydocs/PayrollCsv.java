package app.bonusbot.paydocs;

import app.bonusbot.core.payout.PaidLine;
import app.bonusbot.core.payout.PaidPlan;
import app.bonusbot.core.payout.PayStatement;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A period's statements as one CSV for payroll (README, "Statement PDFs and the payroll export"): a row per person,
 * ordered by person id, with {@code employee_id,name,period}, then {@code cash <plan>} for every cash plan anyone has
 * (ordered by plan id; empty for a person not on it), {@code adjustments}, {@code total}, {@code currency}, and last
 * {@code stock <plan> vested units} and {@code stock <plan> vested value} for every stock plan: shares are listed, never
 * paid in cash, so they are not in {@code total}. Amounts are plain: a dot, 2 decimals, no grouping, {@code -} for a
 * minus. RFC 4180: CRLF line ends, a cell with a comma, quote or line break quoted and its quotes doubled. Nothing
 * in it depends on when it is made, so a closed period's export is the same bytes every time.
 */
public final class PayrollCsv {

    /** The UTF-8 byte order mark, by which Excel knows a CSV file is UTF-8 (ø, æ and å in names). */
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String CRLF = "\r\n";

    /** The export as text. */
    public String text(List<PayStatement> statements) {
        List<PayStatement> ordered = statements.stream().sorted(Comparator.comparing(PayStatement::personId)).toList();
        TreeSet<String> cashPlans = new TreeSet<>();
        TreeSet<String> stockPlans = new TreeSet<>();
        for (PayStatement s : ordered) {
            for (PaidPlan plan : s.plans()) {
                (plan.stock().isPresent() ? stockPlans : cashPlans).add(plan.planId());
            }
        }
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("employee_id", "name", "period"));
        cashPlans.forEach(id -> header.add("cash " + id));
        header.addAll(List.of("adjustments", "total", "currency"));
        stockPlans.forEach(id -> {
            header.add("stock " + id + " vested units");
            header.add("stock " + id + " vested value");
        });
        row(out, header);
        for (PayStatement s : ordered) {
            List<String> cells = new ArrayList<>(List.of(s.employeeId(), s.personName(), s.periodKey()));
            cashPlans.forEach(id -> cells.add(plan(s, id).map(p -> amount(p.cash())).orElse("")));
            cells.add(amount(s.adjustments().stream().map(PaidLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add)));
            cells.add(amount(s.total()));
            cells.add(s.currency().getCurrencyCode());
            stockPlans.forEach(id -> {
                Optional<PaidPlan> stock = plan(s, id).filter(p -> p.stock().isPresent());
                cells.add(stock.map(p -> Long.toString(p.stock().get().vestedUnits())).orElse(""));
                cells.add(stock.map(p -> amount(p.stock().get().vestedValue())).orElse(""));
            });
            row(out, cells);
        }
        return out.toString();
    }

    /** The export as a file's bytes: UTF-8, after a byte order mark when {@code bom}. */
    public byte[] bytes(List<PayStatement> statements, boolean bom) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (bom) {
            out.writeBytes(BOM);
        }
        out.writeBytes(text(statements).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** {@code 1234.50}, {@code -80.00}. */
    static String amount(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static Optional<PaidPlan> plan(PayStatement statement, String planId) {
        return statement.plans().stream().filter(p -> p.planId().equals(planId)).findFirst();
    }

    private static void row(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append(CRLF);
    }

    static String cell(String value) {
        boolean quoted = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
        return quoted ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
