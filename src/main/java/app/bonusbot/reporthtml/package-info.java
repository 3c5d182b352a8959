/**
 * The plan health report as one self-contained HTML page: the findings first, then each plan over the periods, the
 * survey side and the four prerequisites beside their plan outcomes, in the company's language, with inline CSS
 * (print CSS included) and charts drawn as inline SVG. It references nothing outside itself: no script, stylesheet,
 * font, image or link. Renders {@link app.bonusbot.core.report.HealthReport} and nothing else; depends on the core only.
 */
package app.bonusbot.reporthtml;
