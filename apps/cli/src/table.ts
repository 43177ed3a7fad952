import type { Style } from "./terminal.js";

export interface Column<Row> {
  readonly header: string;
  readonly value: (row: Row) => string;
  /** Colours a cell after padding (colour codes must not count towards the width). */
  readonly color?: (text: string, row: Row, style: Style) => string;
  /** The column's least width: rows printed in batches (`events tail`) line up under one header. */
  readonly minWidth?: number;
}

// eslint-disable-next-line no-control-regex
const ansi = /\u001b\[[0-9;]*m/g;

function width(text: string): number {
  return [...text.replace(ansi, "")].length;
}

function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, Math.max(1, max - 1)).join("")}…`;
}

/**
 * A plain table: a header row and aligned columns separated by two spaces. On a terminal (`maxWidth`
 * given) the last column is cut to fit the line; piped, nothing is cut.
 */
export function renderTable<Row>(rows: readonly Row[], columns: readonly Column<Row>[], style: Style, maxWidth?: number): string[] {
  const cells = rows.map((row) => columns.map((column) => column.value(row)));
  const widths = columns.map((column, index) => Math.max(column.minWidth ?? 0, width(column.header), ...cells.map((cell) => width(cell[index] ?? ""))));
  const last = columns.length - 1;
  if (maxWidth !== undefined && last >= 0) {
    const before = widths.slice(0, last).reduce((sum, w) => sum + w + 2, 0);
    widths[last] = Math.max(8, Math.min(widths[last] ?? 0, maxWidth - before));
  }
  const line = (values: readonly string[], row: Row | undefined) =>
    values
      .map((value, index) => {
        const cellWidth = widths[index] ?? 0;
        const text = truncate(value, cellWidth);
        const padded = index === last ? text : text + " ".repeat(Math.max(0, cellWidth - width(text)));
        const column = columns[index];
        return row !== undefined && column?.color ? column.color(padded, row, style) : padded;
      })
      .join("  ")
      .trimEnd();
  return [style.bold(line(columns.map((column) => column.header), undefined)), ...cells.map((values, index) => line(values, rows[index]))];
}
