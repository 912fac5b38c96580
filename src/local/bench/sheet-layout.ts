import type { Deal } from '../../core/deals/deal';
import type { HistoryEntry } from '../../core/history/history-entry';
import type { PipelineDefinition } from '../../core/stages/stage';

/** A cell as a formula engine takes it: a value, a formula text (`=...`) or blank (`null`). */
export type CellInput = string | number | boolean | null;
export type SheetRows = CellInput[][];

const DAY = 86_400_000;
/** Day 0 of spreadsheet serial dates (1899-12-30) is this many days before the Unix epoch. */
const SERIAL_EPOCH_OFFSET = 25_569;

/** A date as a spreadsheet serial number (days, fraction = time of day, UTC). */
export function serialDate(date: Date | null): number | null {
  return date === null ? null : date.getTime() / DAY + SERIAL_EPOCH_OFFSET;
}

/** Where the pieces of the template live, so report formulas and tests name them in one place. */
export const SHEETS = { stages: 'Stages', deals: 'Deals', history: 'History', report: 'Report' } as const;
/** The stage table: label, kind, probability, funnel rank (−1: not a funnel step), stale days; as-of date beside it. */
export const STAGE_TABLE = 'Stages!$A$2:$E$40';
export const AS_OF_CELL = 'Stages!$H$2';

/**
 * The Deals columns as a user of a formula template would have them: the deal fields the
 * figures need (stage and lost-at-stage as the labels the sheet shows, dates as serials),
 * then one helper formula per row, the way spreadsheet templates work. Letters are fixed.
 */
export const DEAL_COLUMNS = {
  id: 'A', owner: 'B', stage: 'C', amount: 'D', probability: 'E', expectedClose: 'F', created: 'G', stageEntered: 'H',
  nextStepDue: 'I', lostAt: 'J', category: 'K',
  kind: 'L', p: 'M', openWeighted: 'N', level: 'O', stale: 'P',
} as const;

/**
 * History columns: the log sorted by Deal ID then time, then helper formulas per row. What
 * a figure needs from a deal's whole history is carried up its rows to its first row.
 */
export const HISTORY_COLUMNS = {
  dealId: 'A', from: 'B', to: 'C', at: 'D',
  toRank: 'E', furthestRank: 'F', visitDays: 'G', lastAt: 'H', lastKind: 'I', dealReached: 'J', cycleDays: 'K',
} as const;

export interface TemplateSheets {
  stages: SheetRows;
  deals: SheetRows;
  history: SheetRows;
  /** Last data row (1-based) of Deals and of History, for bounded ranges like `D2:D100001`. */
  lastDealRow: number;
  lastHistoryRow: number;
}

/** `Deals!$D$2:$D$100001` for a Deals column. */
export function dealRange(column: keyof typeof DEAL_COLUMNS, sheets: Pick<TemplateSheets, 'lastDealRow'>): string {
  const letter = DEAL_COLUMNS[column];
  return `${SHEETS.deals}!$${letter}$2:$${letter}$${sheets.lastDealRow}`;
}

export function historyRange(column: keyof typeof HISTORY_COLUMNS, sheets: Pick<TemplateSheets, 'lastHistoryRow'>): string {
  const letter = HISTORY_COLUMNS[column];
  return `${SHEETS.history}!$${letter}$2:$${letter}$${sheets.lastHistoryRow}`;
}

/**
 * Lays the deals and the history out as sheets with the helper formulas a spreadsheet
 * template needs. The history is sorted by Deal ID then time, as a template user would sort
 * it, so that per-deal facts (how far it got, when it closed, its sales cycle) come from
 * formulas over neighbouring rows. The template does not look deals up in the history:
 * a lookup per deal scans the history in HyperFormula (quadratic; at 100 000 deals it would
 * not finish), so it relies on the log's invariants instead, which the add-on keeps and the
 * synthetic pipeline honours: a deal's first entry is at its creation, its last entry is
 * into its current stage, and its Lost at stage is the furthest open stage its log shows.
 * The bench checks that the figures agree, so a broken invariant shows up as a difference.
 */
export function layOutTemplate(
  deals: readonly Deal[],
  history: readonly HistoryEntry[],
  definition: PipelineDefinition,
  asOf: Date,
): TemplateSheets {
  const label = new Map(definition.stages.map((stage) => [stage.key, stage.labels.en]));
  const labelOf = (key: string | null): string | null => (key === null ? null : label.get(key) ?? key);
  const lastDealRow = deals.length + 1;
  const lastHistoryRow = history.length + 1;
  const bounds = { lastDealRow, lastHistoryRow };

  let rank = 0;
  const stages: SheetRows = [['Stage', 'Kind', 'Probability', 'Funnel rank', 'Stale days', null, null, 'As of']];
  definition.stages.forEach((stage, position) => {
    const row: CellInput[] = [stage.labels.en, stage.kind, stage.probability, stage.kind === 'lost' ? -1 : rank++, stage.staleDays];
    if (position === 0) row.push(null, null, serialDate(asOf));
    stages.push(row);
  });

  const sortedHistory = [...history].sort((a, b) =>
    a.dealId < b.dealId ? -1 : a.dealId > b.dealId ? 1 : a.at.getTime() - b.at.getTime(),
  );
  const historyRows: SheetRows = [[
    'Deal ID', 'From', 'To', 'At', 'To rank', 'Furthest rank from here', 'Visit days', 'Last entry at', 'Last kind',
    'Deal reached rank', 'Cycle days',
  ]];
  for (let i = 0; i < sortedHistory.length; i++) {
    const entry = sortedHistory[i];
    const r = i + 2;
    const sameDealNext = `A${r + 1}=A${r}`;
    historyRows.push([
      entry.dealId,
      labelOf(entry.from),
      labelOf(entry.to),
      serialDate(entry.at),
      `=VLOOKUP(C${r},${STAGE_TABLE},4,0)`,
      // Each deal's log starts with an entry from nowhere, so only `to` stages count.
      `=IF(${sameDealNext},MAX(F${r + 1},E${r}),E${r})`,
      // A visit ends at the deal's next entry; the synthetic log never re-logs the same stage twice in a row.
      `=IF(${sameDealNext},D${r + 1}-D${r},"")`,
      `=IF(${sameDealNext},H${r + 1},D${r})`,
      `=IF(${sameDealNext},I${r + 1},VLOOKUP(C${r},${STAGE_TABLE},2,0))`,
      // One value per deal, on its first row, so COUNTIFS over the column counts deals.
      `=IF(A${r}=A${r - 1},"",F${r})`,
      `=IF(AND(J${r}<>"",I${r}="won"),H${r}-D${r},"")`,
    ]);
  }

  const dealRows: SheetRows = [[
    'Deal ID', 'Owner', 'Stage', 'Amount', 'Probability', 'Expected close', 'Created', 'Stage entered', 'Next step due',
    'Lost at stage', 'Forecast category', 'Kind', 'p', 'Open weighted', 'Category level', 'Stale',
  ]];
  for (let i = 0; i < deals.length; i++) {
    const deal = deals[i];
    const r = i + 2;
    dealRows.push([
      deal.id,
      deal.owner,
      labelOf(deal.stage),
      deal.amount,
      deal.probability,
      serialDate(deal.expectedClose),
      serialDate(deal.created),
      serialDate(deal.stageEntered),
      serialDate(deal.nextStepDue),
      labelOf(deal.lostAtStage),
      deal.forecastCategory,
      `=VLOOKUP(C${r},${STAGE_TABLE},2,0)`,
      `=IF(E${r}="",VLOOKUP(C${r},${STAGE_TABLE},3,0),E${r})`,
      `=IF(L${r}="open",D${r}*M${r},"")`,
      // Closed ⊂ Commit ⊂ Best case ⊂ Pipeline: 0..3, 4 = omitted. An open deal marked Closed counts as Commit.
      `=IF(L${r}="won",0,IF(L${r}="lost",4,IF(OR(K${r}="",K${r}="pipeline"),3,IF(OR(K${r}="closed",K${r}="commit"),1,IF(K${r}="best-case",2,4)))))`,
      `=IF(L${r}<>"open",0,IF(AND(${AS_OF_CELL}-H${r}>VLOOKUP(C${r},${STAGE_TABLE},5,0),NOT(I${r}>${AS_OF_CELL})),1,0))`,
    ]);
  }
  return { stages, deals: dealRows, history: historyRows, lastDealRow, lastHistoryRow };
}
