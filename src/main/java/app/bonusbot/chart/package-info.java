/**
 * PNG charts drawn headless with JFreeChart: the weekly post's attainment chart (the core's {@code
 * PostChartRenderer} port) and survey results. Depends on the core only.
 */
package app.bonusbot.chart;
