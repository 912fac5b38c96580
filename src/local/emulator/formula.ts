/**
 * The fallback formula evaluator: enough for add-on code that writes simple formulas
 * (a literal, a reference, + - * / over those, SUM and COUNTA over ranges). Anything else
 * gives `#NAME?`, which is visibly wrong rather than silently plausible. A real engine can
 * be plugged in through `Emulator.formulaEvaluator`.
 */
import type { CellValue } from './model';

/** Resolves a reference (`A1`, `B2:C9`, `A:A`) on the named sheet, or the formula's own; null means `#REF!`. */
export interface FormulaLookup {
  values(sheetName: string | undefined, a1: string): CellValue[][] | null;
}

class FormulaError extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

type Token =
  | { kind: 'num'; value: number }
  | { kind: 'str'; value: string }
  | { kind: 'ref'; sheet?: string; a1: string }
  | { kind: 'ident'; name: string }
  | { kind: 'op'; op: string };

const CELL = String.raw`\$?[A-Za-z]{1,3}\$?\d+`;
const REF = String.raw`(?:${CELL}(?::${CELL})?|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}|${CELL}:\$?[A-Za-z]{1,3})`;
const LEXEMES: [RegExp, (m: RegExpExecArray) => Token | null][] = [
  [/^\s+/, () => null],
  [/^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/, (m) => ({ kind: 'num', value: Number(m[0]) })],
  [/^"((?:[^"]|"")*)"/, (m) => ({ kind: 'str', value: m[1].replace(/""/g, '"') })],
  [
    new RegExp(String.raw`^(?:'((?:[^']|'')+)'|([A-Za-z_][A-Za-z0-9_]*))!(${REF})`),
    (m) => ({ kind: 'ref', sheet: m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2], a1: m[3] }),
  ],
  [new RegExp(String.raw`^${REF}(?![A-Za-z0-9_(!])`), (m) => ({ kind: 'ref', a1: m[0] })],
  [/^[A-Za-z_][A-Za-z0-9_.]*/, (m) => ({ kind: 'ident', name: m[0].toUpperCase() })],
  [/^[-+*/(),]/, (m) => ({ kind: 'op', op: m[0] })],
];

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let rest = text;
  outer: while (rest.length) {
    for (const [re, make] of LEXEMES) {
      const m = re.exec(rest);
      if (!m) continue;
      rest = rest.slice(m[0].length);
      const t = make(m);
      if (t) tokens.push(t);
      continue outer;
    }
    throw new FormulaError('#NAME?');
  }
  return tokens;
}

/** Sheets' coercion of a cell to a number in arithmetic: blanks are 0, text is an error. */
function toNumber(v: CellValue): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v === '') return 0;
  if (v instanceof Date) return v.getTime() / 86400000 + 25569;
  if (typeof v === 'string' && /^#[A-Z/0!?]+/.test(v)) throw new FormulaError(v);
  const n = Number(v);
  if (v.trim() === '' || Number.isNaN(n)) throw new FormulaError('#VALUE!');
  return n;
}

type Operand = CellValue | CellValue[][];

class Parser {
  private pos = 0;

  constructor(
    private readonly tokens: Token[],
    private readonly lookup: FormulaLookup,
  ) {}

  parse(): CellValue {
    const v = this.expr();
    if (this.pos !== this.tokens.length) throw new FormulaError('#NAME?');
    return this.scalar(v);
  }

  private peekOp(...ops: string[]): string | undefined {
    const t = this.tokens[this.pos];
    return t && t.kind === 'op' && ops.includes(t.op) ? t.op : undefined;
  }

  private expect(op: string): void {
    if (!this.peekOp(op)) throw new FormulaError('#NAME?');
    this.pos++;
  }

  private scalar(v: Operand): CellValue {
    if (!Array.isArray(v)) return v;
    // A range used as a single value: Sheets takes its only cell, else it is an error.
    if (v.length === 1 && v[0].length === 1) return v[0][0];
    throw new FormulaError('#VALUE!');
  }

  private binary(next: () => Operand, ops: string[], apply: (op: string, a: number, b: number) => number): Operand {
    let left = next();
    for (let op = this.peekOp(...ops); op; op = this.peekOp(...ops)) {
      this.pos++;
      const right = next();
      left = apply(op, toNumber(this.scalar(left)), toNumber(this.scalar(right)));
    }
    return left;
  }

  private expr(): Operand {
    return this.binary(() => this.term(), ['+', '-'], (op, a, b) => (op === '+' ? a + b : a - b));
  }

  private term(): Operand {
    return this.binary(() => this.unary(), ['*', '/'], (op, a, b) => {
      if (op === '*') return a * b;
      if (b === 0) throw new FormulaError('#DIV/0!');
      return a / b;
    });
  }

  private unary(): Operand {
    const op = this.peekOp('-', '+');
    if (!op) return this.primary();
    this.pos++;
    const v = toNumber(this.scalar(this.unary()));
    return op === '-' ? -v : v;
  }

  private primary(): Operand {
    const t = this.tokens[this.pos++];
    if (!t) throw new FormulaError('#NAME?');
    switch (t.kind) {
      case 'num':
      case 'str':
        return t.value;
      case 'ref': {
        const values = this.lookup.values(t.sheet, t.a1);
        if (!values) throw new FormulaError('#REF!');
        return values;
      }
      case 'ident':
        if (t.name === 'TRUE' || t.name === 'FALSE') {
          if (this.peekOp('(')) this.call([]);
          return t.name === 'TRUE';
        }
        if (!this.peekOp('(')) throw new FormulaError('#NAME?');
        return this.func(t.name, this.call([]));
      case 'op':
        if (t.op !== '(') throw new FormulaError('#NAME?');
        {
          const v = this.expr();
          this.expect(')');
          return v;
        }
    }
  }

  private call(args: Operand[]): Operand[] {
    this.expect('(');
    if (this.peekOp(')')) {
      this.pos++;
      return args;
    }
    for (;;) {
      args.push(this.expr());
      if (this.peekOp(')')) {
        this.pos++;
        return args;
      }
      this.expect(',');
    }
  }

  private func(name: string, args: Operand[]): CellValue {
    const cells = args.flatMap((a) => (Array.isArray(a) ? a.flat() : [a]));
    if (name === 'SUM') {
      // SUM ignores text and booleans inside ranges, but coerces direct arguments.
      return args.reduce<number>((sum, a) => {
        if (!Array.isArray(a)) return sum + toNumber(a);
        return sum + a.flat().reduce<number>((s, v) => (typeof v === 'number' ? s + v : v instanceof Date ? s + toNumber(v) : s), 0);
      }, 0);
    }
    if (name === 'COUNTA') return cells.filter((v) => v !== '').length;
    throw new FormulaError('#NAME?');
  }
}

/** Evaluates `=...` with the built-in subset; errors come back as Sheets' error values. */
export function evaluateBuiltIn(formula: string, lookup: FormulaLookup): CellValue {
  try {
    return new Parser(tokenize(formula.replace(/^=/, '')), lookup).parse();
  } catch (e) {
    if (e instanceof FormulaError) return e.code;
    throw e;
  }
}
