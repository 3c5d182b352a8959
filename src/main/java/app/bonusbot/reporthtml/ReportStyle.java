package app.bonusbot.reporthtml;

/**
 * The page's one style sheet, inline: system fonts only (nothing to fetch), charts coloured by class, and for print
 * A4 pages with each plan, the survey side and the prerequisites starting on a page of their own.
 */
final class ReportStyle {

    static final String CSS = """
            :root { color-scheme: light; }
            body { font-family: -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #1a1a1a; margin: 0 auto;
                   max-width: 1100px; padding: 24px 32px; line-height: 1.45; font-size: 14px; }
            header.report { border-bottom: 3px solid #1565c0; margin-bottom: 18px; }
            h1 { font-size: 26px; margin: 0 0 4px; }
            h2 { font-size: 20px; margin: 28px 0 8px; border-bottom: 1px solid #ccc; padding-bottom: 4px; }
            h3 { font-size: 16px; margin: 18px 0 6px; }
            h4 { font-size: 14px; margin: 14px 0 4px; }
            .kind { font-size: 13px; font-weight: normal; color: #555; margin-left: 6px; }
            .note, .meta { color: #555; }
            ol.findings { padding-left: 22px; }
            ol.findings li { margin: 6px 0; padding: 6px 10px; background: #fff4e5; border-left: 4px solid #ef6c00; list-style-position: outside; }
            ol.findings .rule { color: #666; font-size: 12px; margin-left: 6px; }
            table.figures { border-collapse: collapse; margin: 6px 0 10px; font-variant-numeric: tabular-nums; }
            table.figures th, table.figures td { border: 1px solid #ddd; padding: 3px 8px; text-align: right; }
            table.figures th:first-child, table.figures thead th { text-align: left; }
            table.figures thead th { background: #f1f4f8; }
            .hidden-slice { color: #777; font-style: italic; }
            .histograms, .questions, .trends { display: flex; flex-wrap: wrap; gap: 12px; }
            figure { margin: 0; }
            figcaption { font-size: 12px; color: #444; }
            .side-by-side { display: flex; flex-wrap: wrap; gap: 24px; }
            .side-by-side figure { flex: 1 1 420px; }
            .question { border: 1px solid #eee; padding: 6px 10px; }
            .question-text { font-weight: 600; margin: 0 0 4px; max-width: 320px; }
            svg.chart text { font-size: 10px; fill: #333; }
            svg.chart text.count, svg.chart text.value { text-anchor: middle; }
            svg.chart text.label { text-anchor: middle; }
            svg.bars text.label { text-anchor: end; }
            svg.chart .axis { stroke: #888; stroke-width: 1; }
            svg.chart .bar { fill: #90a4ae; }
            svg.chart .bar.accent { fill: #1565c0; }
            svg.chart .trend { fill: none; stroke-width: 2; }
            svg.chart .s0 { fill: #1565c0; stroke: #1565c0; }
            svg.chart .s1 { fill: #ef6c00; stroke: #ef6c00; }
            svg.chart text.s0, svg.chart text.s1 { stroke: none; }
            svg.chart path.trend.s0, svg.chart path.trend.s1 { fill: none; }
            svg.chart text.legend { font-size: 11px; }
            @page { size: A4; margin: 14mm; }
            @media print {
              body { max-width: none; padding: 0; font-size: 11px; }
              section.plan, section#surveys, section#prerequisites { break-before: page; page-break-before: always; }
              table, figure, .question, ol.findings li { break-inside: avoid; page-break-inside: avoid; }
              h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
            }
            """;

    private ReportStyle() {}
}
