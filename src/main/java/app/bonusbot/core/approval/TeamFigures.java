package app.bonusbot.core.approval;

import app.bonusbot.core.engine.Statement;
import app.bonusbot.core.people.Team;
import app.bonusbot.core.time.Period;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a manager approves: the cash total of each member of their team for a period, and the team's total. The
 * digest is a fingerprint of exactly these figures; an approval keeps the digest it was given for, so a change of any
 * member's total (a deal imported late, a plan edited, a member moved) shows as a different digest and voids it.
 *
 * @param members each member with a statement in the period, in the order the directory lists them
 */
public record TeamFigures(Team team, Period period, List<MemberTotal> members) {

    public TeamFigures {
        members = List.copyOf(members);
    }

    /** The figures of the statements given: the members who are on at least one plan in the period. */
    public static TeamFigures of(Team team, Period period, List<Statement> statements) {
        List<MemberTotal> members = statements.stream()
                .filter(s -> !s.results().isEmpty())
                .map(s -> new MemberTotal(s.person(), s.total().setScale(2, RoundingMode.HALF_UP)))
                .toList();
        return new TeamFigures(team, period, members);
    }

    public BigDecimal total() {
        return members.stream().map(MemberTotal::total).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** Each member's total by person id, as an approval keeps them. */
    public Map<String, BigDecimal> totals() {
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        members.forEach(m -> totals.put(m.person().id(), m.total()));
        return totals;
    }

    /** SHA-256 (hex) over the period, the team and each member's id and total, in person id order. */
    public String digest() {
        return digestOf(period.key(), team.id(), totals());
    }

    static String digestOf(String periodKey, String teamId, Map<String, BigDecimal> totals) {
        StringBuilder text = new StringBuilder(periodKey).append('\n').append(teamId).append('\n');
        totals.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                .forEach(e -> text.append(e.getKey()).append('=').append(e.getValue().setScale(2, RoundingMode.HALF_UP).toPlainString()).append('\n'));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
