import type { Language } from '../i18n/language';
import { translate } from '../i18n/strings';
import type { Figure, Rate } from '../metrics/rate';
import { metricDefinition, noValueReason, type MetricKind } from '../metrics/definitions';
import type { PipelineDefinition, StageKind } from '../stages/stage';
import { numberCell, text, type FormatKind, type ReportCell } from './report-grid';

/** What the report builders know besides the metrics. */
export interface ReportContext {
  language: Language;
  definition: PipelineDefinition;
  /** When the figures were computed ("now" for stale deals and open visits). */
  asOf: Date;
  /** The as-of day as the spreadsheet's time zone shows it, e.g. `2024-06-01`, for the definitions. */
  asOfDay: string;
  /** The pipeline sheet the deals come from. */
  sheetName: string;
  /** Deals parsed from the pipeline sheet (non-blank rows, but for the deleted ones). */
  dealCount: number;
  /** Rows left out because their Status is deleted (see `ParsedDeals.deleted`). */
  deletedCount?: number;
  /** Stage History rows read. */
  historyCount: number;
  /** The first instant of a `yyyy-MM` month in the spreadsheet's time zone. */
  monthStart: (month: string) => Date;
}

/**
 * The definition of the won, lost or open deals count: its summary label, the kind of stage
 * and the labels of those stages, e.g. "Won deals: deals whose Stage is one of the won stages (Won)."
 */
export function dealsOfKindDefinition(context: ReportContext, kind: StageKind): string {
  const label = ({ won: 'report.summary.wonDeals', lost: 'report.summary.lostDeals', open: 'report.summary.openDeals' } as const)[kind];
  return translate(context.language, 'report.def.dealsOfKind', {
    label: translate(context.language, label),
    kind: translate(context.language, `settings.kind.${kind}`),
    stages: stagesOfKind(context, kind),
  });
}

/** Labels of the stages of one kind, for definitions such as "won stages (Closed won, Onboarding)". */
export function stagesOfKind(context: ReportContext, kind: StageKind): string {
  return context.definition.stages
    .filter((stage) => stage.kind === kind)
    .map((stage) => stage.labels[context.language])
    .join(', ');
}

/** A rate as a percent cell, or the reason it has none, in words. */
export function rateCell(rate: Rate, language: Language): ReportCell {
  return rate.value === null ? text(noValueReason(rate.reason, language)) : { value: rate.value, format: 'percent' };
}

/** A rate in a table: blank when it has no value (the table's note says why). */
export function tableRateCell(rate: Rate): ReportCell {
  return numberCell(rate.value, 'percent');
}

export function figureCell(figure: Figure, format: FormatKind, language: Language): ReportCell {
  return figure.value === null ? text(noValueReason(figure.reason, language)) : { value: figure.value, format };
}

/** A statistic that may be missing, with the words shown instead. */
export function statCell(value: number | null, format: FormatKind, missing: string): ReportCell {
  return value === null ? text(missing) : { value, format };
}

export function updatedDefinition(context: ReportContext): string {
  const deleted = context.deletedCount ?? 0;
  return (
    translate(context.language, 'report.def.updated', { deals: context.dealCount, sheet: context.sheetName, history: context.historyCount }) +
    (deleted > 0 ? translate(context.language, 'report.def.deletedLeftOut', { count: deleted }) : '')
  );
}

/**
 * A table's note: the definitions of the metrics it shows, one after the other, so that the
 * reports and the metric table say the same thing from one source.
 */
export function metricNote(language: Language, kinds: MetricKind[], params?: Record<string, string | number>): string {
  return kinds.map((kind) => metricDefinition(kind, language, params)).join(' ');
}
