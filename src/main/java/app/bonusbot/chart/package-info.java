/**
 * PNG charts drawn headless with JFreeChart: the weekly post's attainment chart (the core's {@code
 * PostChartRenderer} port), survey results, and the plan health report's main chart (its attainment histogram). Depends on the core only.
 */
package app.bonusbot.chart;
