package app.bonusbot.core.report;

import app.bonusbot.core.survey.ResultsCalculator;
import java.util.Map;
import java.util.Set;

/**
 * Which slices of a whole may be shown: the surveys' anonymity rule ({@link ResultsCalculator#shownTeams}) applied to
 * pay. A slice of fewer than k people is hidden, and so are the smallest shown ones until what is hidden adds up to
 * nobody or at least k people, so the whole minus the shown slices never gives a small group's pay away.
 */
record SmallGroups(int k, boolean everythingShown) {

    /** @param people per slice, how many people its figure is made of; {@code everyone} of the whole */
    Set<String> shown(Map<String, Integer> people, int everyone) {
        return everythingShown ? people.keySet() : ResultsCalculator.shownTeams(people, everyone, k);
    }

    /** Whether a figure of this many people, not a slice of anything shown, may be shown. */
    boolean shows(int people) {
        return everythingShown || people >= k;
    }

    <T> Slice<T> slice(boolean shown, T value) {
        return shown ? Slice.shown(value) : Slice.hidden(k);
    }
}
