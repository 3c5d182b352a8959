package app.bonusbot.core.survey;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One question's results in one group. When {@code shown} is false nothing but the number of answers is given:
 * too few answered to show the rest anonymously.
 *
 * @param mean for scales: the mean answer, 2 decimals HALF_UP
 * @param previousMean the mean in the same group in the previous round, when it was shown there
 * @param change {@code mean − previousMean} of the two rounded means, so the figures a reader sees add up
 * @param distribution how many picked each value (a scale's numbers, lowest first, or the option ids in order)
 * @param freeTexts free-text answers, sorted so their order says nothing about who answered when
 */
public record QuestionResult(Question question, int answered, boolean shown, Optional<BigDecimal> mean, Optional<BigDecimal> previousMean,
        Optional<BigDecimal> change, Map<String, Integer> distribution, List<String> freeTexts) {

    public QuestionResult {
        distribution = Collections.unmodifiableMap(new LinkedHashMap<>(distribution));
        freeTexts = List.copyOf(freeTexts);
    }

    static QuestionResult hidden(Question question, int answered) {
        return new QuestionResult(question, answered, false, Optional.empty(), Optional.empty(), Optional.empty(), Map.of(), List.of());
    }
}
