import { a1Notation } from '../columns/a1-notation';

/** A cell that could not be read, reported to the user instead of being guessed. Row and column are 1-based sheet positions. */
export interface CellProblem {
  row: number;
  column: number;
  /** The same cell in A1 notation, e.g. `C5`. */
  a1: string;
  /** What is wrong, in the user's language. */
  message: string;
  /** The cell's value as read. */
  value: unknown;
}

export function cellProblem(row: number, column: number, message: string, value: unknown): CellProblem {
  return { row, column, a1: a1Notation(row, column), message, value };
}
