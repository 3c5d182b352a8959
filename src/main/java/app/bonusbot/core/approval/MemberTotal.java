package app.bonusbot.core.approval;

import app.bonusbot.core.people.Person;
import java.math.BigDecimal;

/** One team member's cash total for the period, as their statement has it (stock is not cash and not in it). */
public record MemberTotal(Person person, BigDecimal total) {}
