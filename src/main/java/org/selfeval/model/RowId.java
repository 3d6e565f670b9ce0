package org.selfeval.model;

/**
 * Which indicator row of a form this is, for as long as the row lives: moves, undo and redo keep it, a new row
 * (inserted, duplicated, pasted, read from a file) gets a fresh one. Only the session knows it; the file does not
 * keep it, since a row's place in the file already says which it is.
 *
 * @param value unique among the rows one form has made
 */
public record RowId(long value) {
}
