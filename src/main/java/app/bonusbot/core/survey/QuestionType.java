package app.bonusbot.core.survey;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/** The kinds of survey question: two numeric scales, one choice among options, and free text. */
public enum QuestionType {
    /** Agreement from 1 (strongly disagree) to 5 (strongly agree). */
    LIKERT_5(1, 5),
    /** A score from 0 (not at all) to 10 (completely). */
    SCALE_0_10(0, 10),
    /** One of the question's options. */
    SINGLE_CHOICE(0, 0),
    /** Anything the person writes. */
    FREE_TEXT(0, 0);

    private final int low;
    private final int high;

    QuestionType(int low, int high) {
        this.low = low;
        this.high = high;
    }

    /** The word in surveys.yaml. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean numeric() {
        return this == LIKERT_5 || this == SCALE_0_10;
    }

    /** Lowest value of a numeric scale. */
    public int low() {
        return low;
    }

    /** Highest value of a numeric scale. */
    public int high() {
        return high;
    }

    /** Every value of a numeric scale, lowest first; empty for the other kinds. */
    public List<Integer> scale() {
        return numeric() ? IntStream.rangeClosed(low, high).boxed().toList() : List.of();
    }
}
