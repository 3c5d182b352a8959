package app.bonusbot.config;

import app.bonusbot.core.people.TeamMembership;
import app.bonusbot.core.time.DateSpan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A person's {@code teams:} in people.yaml: the teams they move between, in date order, each with the day they join
 * it ({@code from}, which only the first may leave out: in it since always) and optionally the last day ({@code to};
 * before a later entry it must be the day before that entry's {@code from}; on the last entry it ends their time in
 * any team). Overlaps, gaps, wrong order and unknown teams are refused with the line of the entry.
 */
final class TeamHistoryReader {

    static final String FIELD = "teams";
    private static final List<String> FIELDS = List.of("team", "from", "to");

    private record Entry(YamlMap fields, String team, LocalDate from, LocalDate to) {}

    private final References references;

    TeamHistoryReader(References references) {
        this.references = references;
    }

    /** The memberships in date order; empty when an entry has a problem (reported). */
    Optional<List<TeamMembership>> read(YamlNode node) {
        Optional<List<YamlNode>> items = node.nonEmptyList();
        if (items.isEmpty()) {
            return Optional.empty();
        }
        List<Entry> entries = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < items.get().size(); i++) {
            Optional<Entry> entry = items.get().get(i).map().flatMap(this::entry);
            ok &= entry.isPresent();
            entry.ifPresent(entries::add);
        }
        if (!ok || !inSequence(entries)) {
            return Optional.empty();
        }
        List<TeamMembership> memberships = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            LocalDate to = i + 1 < entries.size() ? entries.get(i + 1).from().minusDays(1) : e.to();
            memberships.add(new TeamMembership(e.team(), new DateSpan(e.from(), to)));
        }
        return Optional.of(memberships);
    }

    private Optional<Entry> entry(YamlMap given) {
        YamlMap m = given.only(FIELDS);
        Optional<YamlNode> teamNode = m.required("team");
        Optional<String> team = teamNode.flatMap(YamlNode::id);
        team.ifPresent(t -> references.team(teamNode.get(), t));
        Optional<LocalDate> from = m.optional("from").flatMap(YamlNode::date);
        Optional<LocalDate> to = m.optional("to").flatMap(YamlNode::date);
        boolean datesOk = from.isPresent() == m.has("from") && to.isPresent() == m.has("to");
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            m.report("to", "is before from " + from.get());
            datesOk = false;
        }
        if (team.isEmpty() || !datesOk) {
            return Optional.empty();
        }
        return Optional.of(new Entry(m, team.get(), from.orElse(null), to.orElse(null)));
    }

    /** Each entry after the first starts after the one before and the day after it ends: no overlap, no gap. */
    private static boolean inSequence(List<Entry> entries) {
        boolean ok = true;
        for (int i = 1; i < entries.size(); i++) {
            Entry before = entries.get(i - 1);
            Entry entry = entries.get(i);
            int beforeLine = before.fields().node().line();
            if (entry.from() == null) {
                entry.fields().report("from", "is required: the day " + entry.team() + " starts, after the entry on line " + beforeLine);
                ok = false;
            } else if (before.from() != null && !entry.from().isAfter(before.from())) {
                entry.fields().report("from", entry.from().equals(before.from())
                        ? "overlaps the entry on line " + beforeLine + ", which also starts on " + before.from()
                        : "is before the entry on line " + beforeLine + " (from " + before.from() + "): list the teams in date order");
                ok = false;
            } else if (before.to() != null && !before.to().isBefore(entry.from())) {
                entry.fields().report("from", "overlaps the entry on line " + beforeLine + ", which runs until " + before.to());
                ok = false;
            } else if (before.to() != null && before.to().plusDays(1).isBefore(entry.from())) {
                before.fields().report("to", "leaves a gap: in no team from " + before.to().plusDays(1) + " to " + entry.from().minusDays(1)
                        + " (leave out 'to' to stay in " + before.team() + " until the next entry starts)");
                ok = false;
            } else if (before.team().equals(entry.team())) {
                entry.fields().report("team", "is " + entry.team() + " again, as on line " + beforeLine + ": one entry is enough");
                ok = false;
            }
        }
        return ok;
    }
}
