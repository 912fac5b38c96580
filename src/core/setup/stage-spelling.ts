import type { Language } from '../i18n/language';
import { cellText } from '../parse/cell-text';
import type { StageMatcher } from '../stages/match-stage';
import type { Stage } from '../stages/stage';

/**
 * How a Stage cell names its stage: `canonical` when it is exactly the stage's label in the
 * user's language (what the dropdown offers), `different` when it names a stage another way
 * (an alias, another case or spacing, the other language, a number prefix), `unrecognised`
 * when it names no stage, `blank` when empty.
 */
export type StageSpelling =
  | { kind: 'blank' }
  | { kind: 'canonical'; stage: Stage }
  | { kind: 'different'; stage: Stage; canonical: string }
  | { kind: 'unrecognised'; text: string };

export function stageSpelling(value: unknown, match: StageMatcher, language: Language): StageSpelling {
  const text = cellText(value);
  if (text === '') return { kind: 'blank' };
  const stage = match(typeof value === 'string' ? value : text);
  if (stage === undefined) return { kind: 'unrecognised', text };
  const canonical = stage.labels[language];
  return value === canonical ? { kind: 'canonical', stage } : { kind: 'different', stage, canonical };
}

/** Rows listed per finding; the count says how many there are in all. */
export const LISTED_ROWS = 20;

/** One stage text found on the sheet, with the rows that hold it (1-based sheet rows, the first few). */
export interface StageFinding {
  text: string;
  /** The label it stands for (`different`), or `null` when it names no stage. */
  canonical: string | null;
  rows: number[];
  count: number;
}

/** Groups findings by text, in order of first appearance. */
export class StageFindings {
  private readonly byText = new Map<string, StageFinding>();

  add(text: string, canonical: string | null, row: number): void {
    let finding = this.byText.get(text);
    if (!finding) {
      finding = { text, canonical, rows: [], count: 0 };
      this.byText.set(text, finding);
    }
    finding.count++;
    if (finding.rows.length < LISTED_ROWS) finding.rows.push(row);
  }

  list(): StageFinding[] {
    return [...this.byText.values()];
  }
}
