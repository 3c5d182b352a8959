package app.bonusbot.config;

import app.bonusbot.core.plan.Band;
import app.bonusbot.core.plan.BandMode;
import app.bonusbot.core.plan.Cap;
import app.bonusbot.core.plan.Tiers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The band math of performance and team plans: mode, threshold, cap and bands. */
final class TiersReader {

    static final Map<String, BandMode> MODES = YamlNode.choicesOf(BandMode.values());
    private static final List<String> BAND_FIELDS = List.of("from", "to", "rate");

    private TiersReader() {}

    /**
     * mode, threshold, cap and bands of one plan.
     *
     * @param capMultiple the cap field naming a multiple: multiple_of_target_bonus, or multiple_of_bonus_pool for teams
     * @param bandsMissing what to say when there are no bands
     */
    static Optional<Tiers> tiers(YamlMap m, String capMultiple, String bandsMissing) {
        Optional<BandMode> mode = m.optional("mode").map(n -> n.choice(MODES)).orElse(Optional.of(BandMode.MARGINAL));
        Optional<BigDecimal> threshold = m.optional("threshold").flatMap(YamlNode::ratio);
        Optional<Cap> cap = m.optional("cap").flatMap(n -> cap(n, capMultiple));
        if (!m.has("bands")) {
            m.report("bands", bandsMissing);
        }
        Optional<List<Band>> bands = m.optional("bands").flatMap(TiersReader::bands);
        boolean optionalsOk = threshold.isPresent() == m.has("threshold") && cap.isPresent() == m.has("cap");
        if (mode.isEmpty() || bands.isEmpty() || !optionalsOk) {
            return Optional.empty();
        }
        return Optional.of(new Tiers(bands.get(), mode.get(), threshold.orElse(null), cap.orElse(null)));
    }

    private static Optional<Cap> cap(YamlNode node, String multipleKey) {
        Optional<YamlMap> given = node.map();
        if (given.isEmpty()) {
            return Optional.empty();
        }
        YamlMap m = given.get().only(List.of("amount", multipleKey));
        if (m.has("amount") == m.has(multipleKey)) {
            node.report("give either amount or " + multipleKey);
            return Optional.empty();
        }
        if (m.has("amount")) {
            return m.optional("amount").get().positive().map(Cap.Amount::new);
        }
        return m.optional(multipleKey).get().positive().map(Cap.MultipleOfTargetBonus::new);
    }

    /** Bands in rising order; only the last may leave out {@code to}; gaps between bands pay nothing. */
    static Optional<List<Band>> bands(YamlNode node) {
        Optional<List<YamlNode>> items = node.nonEmptyList();
        if (items.isEmpty()) {
            return Optional.empty();
        }
        List<Band> bands = new ArrayList<>();
        boolean ok = true;
        BigDecimal previousTo = null;
        for (int i = 0; i < items.get().size(); i++) {
            boolean last = i == items.get().size() - 1;
            Optional<YamlMap> entry = items.get().get(i).map();
            if (entry.isEmpty()) {
                ok = false;
                previousTo = null;
                continue;
            }
            YamlMap m = entry.get().only(BAND_FIELDS);
            Optional<BigDecimal> from = m.required("from").flatMap(YamlNode::ratio);
            Optional<BigDecimal> to = m.optional("to").flatMap(YamlNode::ratio);
            Optional<BigDecimal> rate = m.required("rate").flatMap(YamlNode::ratio);
            boolean bandOk = from.isPresent() && rate.isPresent() && (to.isPresent() || !m.has("to"));
            if (!m.has("to") && !last) {
                m.report("to", "is required: only the last band may be open-ended");
                bandOk = false;
            }
            if (from.isPresent() && to.isPresent() && from.get().compareTo(to.get()) >= 0) {
                m.report("to", "must be greater than from");
                bandOk = false;
            }
            if (from.isPresent() && previousTo != null && from.get().compareTo(previousTo) < 0) {
                m.report("from", "must be ≥ the previous band's to");
                bandOk = false;
            }
            previousTo = to.orElse(null);
            ok &= bandOk;
            if (bandOk) {
                bands.add(new Band(from.get(), to.orElse(null), rate.get()));
            }
        }
        return ok ? Optional.of(bands) : Optional.empty();
    }
}
