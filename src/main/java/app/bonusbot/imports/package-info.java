/**
 * CSV imports of deals, people and targets: each file is read and checked whole, then written in one transaction or
 * not at all, every bad row listed with file, line and column. Deal files are streamed in two passes (check, then
 * write) so that their size does not decide the heap; people and target files are small and read into memory.
 */
package app.bonusbot.imports;
