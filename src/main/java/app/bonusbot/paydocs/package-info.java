/**
 * Pay documents for payroll (issue 13): a person's statement of a period as a PDF they would accept as a pay document
 * ({@link app.bonusbot.paydocs.StatementPdf}, Apache PDFBox) and the period's payroll export as CSV
 * ({@link app.bonusbot.paydocs.PayrollCsv}). Both render {@code core.payout.PayStatement} values and nothing else: they
 * know neither the store nor how a statement was made, so a closed period's frozen statements render exactly as they
 * were frozen. Depends on the core only; the CLI (and the bot, should it ever hand out PDFs) use it.
 */
package app.bonusbot.paydocs;
