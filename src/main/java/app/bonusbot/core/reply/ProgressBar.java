package app.bonusbot.core.reply;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Progress as text, the same on every platform: {@code ▰▰▰▰▰▰▱▱▱▱}. */
public final class ProgressBar {

    public static final int WIDTH = 10;
    private static final char FULL = '▰';
    private static final char EMPTY = '▱';

    private ProgressBar() {}

    public static String of(BigDecimal ratio) {
        int filled = ratio.signum() <= 0 ? 0 : ratio.multiply(BigDecimal.valueOf(WIDTH)).setScale(0, RoundingMode.DOWN).min(BigDecimal.valueOf(WIDTH)).intValue();
        StringBuilder bar = new StringBuilder(WIDTH);
        for (int i = 0; i < WIDTH; i++) {
            bar.append(i < filled ? FULL : EMPTY);
        }
        return bar.toString();
    }
}
