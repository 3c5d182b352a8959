/**
 * CSV imports of deals, people and targets: each file is read and checked whole, then written in one transaction or
 * not at all, every bad row listed with file, line, column and reason. Deal files are streamed in two passes (check, then
 * write) so that their size does not decide the heap; people and target files are small and read into memory.
 * Depends on the store and the core.
 */
package app.bonusbot.imports;
