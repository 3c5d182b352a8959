package app.bonusbot.core.plan;

import java.math.BigDecimal;

/** The most a plan pays for one period. */
public sealed interface Cap {

    /** The cap for a person whose (prorated) target bonus is the one given. */
    BigDecimal limit(BigDecimal targetBonus);

    record Amount(BigDecimal amount) implements Cap {
        @Override
        public BigDecimal limit(BigDecimal targetBonus) {
            return amount;
        }
    }

    record MultipleOfTargetBonus(BigDecimal multiple) implements Cap {
        @Override
        public BigDecimal limit(BigDecimal targetBonus) {
            return targetBonus == null ? null : targetBonus.multiply(multiple);
        }
    }
}
