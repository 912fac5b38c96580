import { HyperFormula } from 'hyperformula';
import { defaultPipeline } from '../../../src/core/stages/default-pipeline';
import type { PipelineDefinition } from '../../../src/core/stages/stage';
import { formatRules, isOwnFormula, stageSpellings } from '../../../src/core/setup/format-rules';

/** A small pipeline, so the whole formula can be read in the test. */
function small(): PipelineDefinition {
  const base = defaultPipeline();
  const pick = (key: string) => base.stages.find((s) => s.key === key)!;
  return {
    ...base,
    stages: [
      { ...pick('prospecting'), aliases: ['Lead'] },
      { ...pick('proposal'), aliases: ['Quote "A"'] },
      { ...pick('negotiation'), staleDays: 21, aliases: [] },
      { ...pick('closed-won'), aliases: [] },
      { ...pick('closed-lost'), aliases: [] },
    ],
  };
}

describe('formatRules', () => {
  it('writes the stage → stale days mapping into the formulas, grouped by days, with the marker', () => {
    const rules = formatRules(small(), { firstRow: 4, stage: 3, stageEntered: 8, nextStepDue: 12 });
    const names = (...list: string[]) => `OR(${list.map((n) => `TRIM($C4)=${JSON.stringify(n).replace(/\\"/g, '""')}`).join(',')})`;
    expect(rules.map((r) => [r.kind, r.scope])).toEqual([
      ['overdue', 'next-step-due'],
      ['stale', 'row'],
    ]);
    expect(rules[0].formula).toBe(
      `=AND(ISTEXT("sheets-pipeline:overdue"),ISNUMBER($L4),$L4<TODAY(),${names(
        'Prospecting', 'Prospection', 'Lead', 'Proposal', 'Proposition', 'Quote "A"', 'Negotiation', 'Négociation', 'Negociation',
      )})`,
    );
    expect(rules[1].formula).toBe(
      '=AND(ISTEXT("sheets-pipeline:stale"),ISNUMBER($H4),OR(' +
        `AND(${names('Prospecting', 'Prospection', 'Lead')},NOW()-$H4>14),` +
        `AND(${names('Proposal', 'Proposition', 'Quote "A"', 'Negotiation', 'Négociation', 'Negociation')},NOW()-$H4>21)` +
        '),NOT(AND(ISNUMBER($L4),$L4>NOW())))',
    );
    expect(rules.every((r) => isOwnFormula(r.formula))).toBe(true);
  });

  it('leaves out what the sheet cannot support', () => {
    expect(formatRules(small(), { firstRow: 2, stage: 1 })).toEqual([]);
    const noDue = formatRules(small(), { firstRow: 2, stage: 1, stageEntered: 2 });
    expect(noDue.map((r) => r.kind)).toEqual(['stale']);
    expect(noDue[0].formula).not.toContain('NOT(');
    const neverStale = { ...small(), stages: small().stages.map((s) => ({ ...s, staleDays: null })) };
    expect(formatRules(neverStale, { firstRow: 2, stage: 1, stageEntered: 2, nextStepDue: 3 }).map((r) => r.kind)).toEqual(['overdue']);
  });

  it('recognises only its own formulas', () => {
    expect(isOwnFormula('=AND(ISTEXT("sheets-pipeline:stale"),TRUE)')).toBe(true);
    expect(isOwnFormula('=$C2>5')).toBe(false);
    expect(isOwnFormula('=ISTEXT("sheets pipeline")')).toBe(false);
    expect(isOwnFormula(undefined)).toBe(false);
  });

  it('spells each stage every way, once each ignoring case', () => {
    const won = defaultPipeline().stages.find((s) => s.key === 'closed-won')!;
    expect(stageSpellings(won)).toEqual(['Closed won', 'Gagné', 'Gagne', 'closed-won', 'Won', 'closedwon', 'Deal won', 'Win', 'Gagnée', 'Gagnee', 'Signed', 'Signé', 'Signe', 'Conclu']);
  });
});

describe('formatRules evaluated by a spreadsheet engine', () => {
  const DAY = 86_400_000;
  const serial = (ms: number) => ms / DAY + 25569;
  const now = Date.now();
  const daysAgo = (d: number) => serial(now - d * DAY);

  /** Each row: [stage, stage entered, next step due]; the formula of each rule evaluated on each row. */
  function evaluate(rows: (string | number)[][]): Record<string, boolean[]> {
    const rules = formatRules(defaultPipeline(), { firstRow: 2, stage: 1, stageEntered: 2, nextStepDue: 3 });
    const engine = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3', caseSensitive: false, accentSensitive: true }) // as Sheets compares text;
    const sheet = engine.getSheetId(engine.addSheet('Pipeline'))!;
    const content: (string | number)[][] = [['Stage', 'Stage entered', 'Next step due'], ...rows];
    // The rule's formula is written for row 2; row r reads it shifted, as Sheets applies a rule down its range.
    content.forEach((row, r) => {
      if (r === 0) return;
      rules.forEach((rule, i) => {
        row[3 + i] = rule.formula.replace(/(\$[A-Z]+)2\b/g, `$1${r + 1}`);
      });
    });
    engine.setSheetContent(sheet, content);
    const out: Record<string, boolean[]> = {};
    rules.forEach((rule, i) => {
      out[rule.kind] = rows.map((_, r) => engine.getCellValue({ sheet, row: r + 1, col: 3 + i }) === true);
    });
    engine.destroy();
    return out;
  }

  it('flags stale deals per the stage’s stale days, unless parked with a future next step; overdue next steps on open deals', () => {
    const result = evaluate([
      ['Proposal', daysAgo(25), ''], // 25 > 21: stale
      ['Proposal', daysAgo(15), ''], // 15 ≤ 21
      ['quote sent', daysAgo(25), daysAgo(-3)], // alias, any case; next step due in 3 days: parked
      ['Négociation', daysAgo(30), daysAgo(2)], // French label; due 2 days ago: stale and overdue
      ['Negociation', daysAgo(20), daysAgo(2)], // without accent; 20 > 14; overdue
      ['Closed won', daysAgo(400), daysAgo(10)], // closed: never stale or overdue
      ['Hot', daysAgo(400), daysAgo(10)], // unknown stage: nothing
      ['First contact', '', daysAgo(0)], // no entry date: not judged; due today is not overdue
      [' Prospecting ', daysAgo(15), ''], // stray spaces; 15 > 14
    ]);
    expect(result.stale).toEqual([true, false, false, true, true, false, false, false, true]);
    expect(result.overdue).toEqual([false, false, false, true, true, false, false, false, false]);
  });
});
