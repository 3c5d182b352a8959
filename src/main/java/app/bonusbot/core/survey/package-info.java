/**
 * Anonymous feedback surveys on the bonus plan: rounds opened, reminded and closed once, answers stored under a
 * keyed code through the {@link app.bonusbot.core.survey.SurveyRepository} port, results shown only above the
 * anonymity threshold. Pure.
 */
package app.bonusbot.core.survey;
