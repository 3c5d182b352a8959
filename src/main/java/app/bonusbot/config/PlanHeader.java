package app.bonusbot.config;

import app.bonusbot.core.plan.LocalizedText;
import app.bonusbot.core.time.PeriodKind;

/** What every plan has, whatever its kind. */
record PlanHeader(String id, LocalizedText name, PeriodKind period) {}
