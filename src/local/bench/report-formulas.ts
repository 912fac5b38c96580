import type { PipelineDefinition } from '../../core/stages/stage';
import { figureName, NO_MONTH } from './figures';
import { dealRange, historyRange, SHEETS, type TemplateSheets } from './sheet-layout';

/** One figure of the template's Report sheet: its name in column A, its formula in column B. */
export interface ReportFormula {
  name: string;
  formula: string;
  /** True when it reads the History sheet, directly or through another figure that does. */
  usesHistory: boolean;
  /** One of the forecast-by-month rows. */
  monthly: boolean;
}

const REPORT_REFERENCE = new RegExp(`${SHEETS.report}!\\$B\\$(\\d+)`, 'g');

/** `2023-01` … `last` as month keys, then NO_MONTH: the forecast rows a template would list. */
export function forecastMonths(first: string, last: string): string[] {
  const months: string[] = [];
  let year = Number(first.slice(0, 4));
  let month = Number(first.slice(5, 7));
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    if (key > last) break;
    months.push(key);
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year++;
  }
  return [...months, NO_MONTH];
}

/**
 * The figures as a sales-ops person would write them in a spreadsheet: COUNTIFS, SUMIFS,
 * AVERAGEIFS, SUMPRODUCT and MEDIAN(IF()) over the Deals and History columns (and their
 * per-row helper formulas, see `layOutTemplate`). Ratios refer to the counts above them.
 */
export function reportFormulas(definition: PipelineDefinition, sheets: TemplateSheets, months: readonly string[]): ReportFormula[] {
  const formulas: ReportFormula[] = [];
  const rowOf = new Map<string, number>();
  const add = (name: string, formula: string, monthly = false): void => {
    const usesHistory =
      formula.includes(`${SHEETS.history}!`) ||
      [...formula.matchAll(REPORT_REFERENCE)].some((match) => formulas[Number(match[1]) - 1].usesHistory);
    formulas.push({ name, formula, usesHistory, monthly });
    rowOf.set(name, formulas.length);
  };
  const ref = (name: string): string => {
    const row = rowOf.get(name);
    if (row === undefined) throw new Error(`Report formula "${name}" is used before it is defined`);
    return `${SHEETS.report}!$B$${row}`;
  };
  const deal = (column: Parameters<typeof dealRange>[0]): string => dealRange(column, sheets);
  const log = (column: Parameters<typeof historyRange>[0]): string => historyRange(column, sheets);
  /** A share written the way templates avoid #DIV/0!: blank when nothing to divide by. */
  const share = (numerator: string, denominator: string): string => `=IF(${denominator}=0,"",${numerator}/${denominator})`;

  for (const stage of definition.stages) add(figureName.count(stage), `=COUNTIFS(${deal('stage')},"${stage.labels.en}")`);

  const funnel = definition.stages.filter((stage) => stage.kind !== 'lost');
  funnel.forEach((stage, rank) => add(figureName.reached(stage), `=COUNTIFS(${log('dealReached')},">=${rank}")`));
  funnel.forEach((stage, rank) => {
    if (rank + 1 < funnel.length) add(figureName.nextStep(stage), share(ref(figureName.reached(funnel[rank + 1])), ref(figureName.reached(stage))));
    add(figureName.cumulative(stage), share(ref(figureName.reached(stage)), ref(figureName.reached(funnel[0]))));
  });
  funnel.forEach((stage, rank) => {
    const won = `COUNTIFS(${log('dealReached')},">=${rank}",${log('lastKind')},"won")`;
    const closed = `COUNTIFS(${log('dealReached')},">=${rank}",${log('lastKind')},"<>open")`;
    add(figureName.fitted(stage), share(won, closed));
  });

  add('won deals', `=COUNTIFS(${deal('kind')},"won")`);
  add('closed deals', `=COUNTIFS(${deal('kind')},"won")+COUNTIFS(${deal('kind')},"lost")`);
  add('win rate', share(ref('won deals'), ref('closed deals')));
  add('won total', `=SUMIFS(${deal('amount')},${deal('kind')},"won")`);
  // HyperFormula has no AVERAGEIFS: a mean is SUMIFS over COUNTIFS, as in many templates.
  add('won with amount', `=COUNTIFS(${deal('kind')},"won",${deal('amount')},"<>")`);
  add('average deal size', share(ref('won total'), ref('won with amount')));
  add('median deal size', `=IFERROR(MEDIAN(IF((${deal('kind')}="won")*(${deal('amount')}<>""),${deal('amount')})),"")`);
  add('won with cycle', `=COUNTIFS(${log('cycleDays')},">=0")`);
  add('sales cycle mean', share(`SUM(${log('cycleDays')})`, ref('won with cycle')));
  add('sales cycle median', `=IFERROR(MEDIAN(${log('cycleDays')}),"")`);
  add('open deals', `=COUNTIFS(${deal('kind')},"open")`);
  add('open total', `=SUMIFS(${deal('amount')},${deal('kind')},"open")`);
  add('weighted pipeline', `=SUMPRODUCT((${deal('kind')}="open")*${deal('amount')}*${deal('p')})`);
  add('category closed', `=SUMIFS(${deal('amount')},${deal('level')},"<=0")`);
  add('category commit', `=SUMIFS(${deal('amount')},${deal('level')},"<=1")`);
  add('category best case', `=SUMIFS(${deal('amount')},${deal('level')},"<=2")`);
  add('category pipeline', `=SUMIFS(${deal('amount')},${deal('level')},"<=3")`);
  add('stale deals', `=SUM(${deal('stale')})`);
  add(
    'sales velocity',
    `=IFERROR(${ref('open deals')}*${ref('win rate')}*${ref('average deal size')}/${ref('sales cycle mean')},"")`,
  );

  for (const stage of definition.stages) {
    const label = `"${stage.labels.en}"`;
    add(figureName.visits(stage), `=COUNTIFS(${log('to')},${label},${log('visitDays')},">=0")`);
    add(figureName.visitMean(stage), share(`SUMIFS(${log('visitDays')},${log('to')},${label})`, ref(figureName.visits(stage))));
    add(figureName.visitMedian(stage), `=IFERROR(MEDIAN(IF(${log('to')}=${label},${log('visitDays')})),"")`);
  }

  for (const month of months) {
    const inMonth =
      month === NO_MONTH
        ? `${deal('expectedClose')},""`
        : `${deal('expectedClose')},">="&DATE(${month.slice(0, 4)},${Number(month.slice(5, 7))},1),` +
          `${deal('expectedClose')},"<"&DATE(${month.slice(0, 4)},${Number(month.slice(5, 7)) + 1},1)`;
    // The forecast leaves out deals whose forecast category is Omitted (level 4).
    const inForecast = `${deal('level')},"<=3",${inMonth}`;
    add(figureName.monthDeals(month), `=COUNTIFS(${deal('kind')},"open",${inForecast})`, true);
    add(figureName.monthOpen(month), `=SUMIFS(${deal('amount')},${deal('kind')},"open",${inForecast})`, true);
    add(figureName.monthWeighted(month), `=SUMIFS(${deal('openWeighted')},${inForecast})`, true);
  }
  return formulas;
}
