import { columnLabel } from '../columns/column-label';
import type { DealColumn } from '../columns/deal-columns';
import { isFieldFilled, isRequirableField } from '../columns/required-fields';
import type { Deal } from '../deals/deal';
import type { HistoryEntry } from '../history/history-entry';
import type { Language } from '../i18n/language';
import type { PipelineDefinition, Stage } from '../stages/stage';
import type { DealDetail, DealSummary, PathStep, SettingsData, StageInfo } from './sidebar-api';

/** Formats an instant as `yyyy-mm-dd` in the spreadsheet's time zone. */
export type DayOf = (date: Date) => string;

const required = (stage: Stage, language: Language) =>
  (stage.requiredFields as DealColumn[]).map((field) => ({ field, label: columnLabel(field, language) }));

export function stageInfos(definition: PipelineDefinition, language: Language): StageInfo[] {
  return definition.stages.map((s) => ({ key: s.key, label: s.labels[language], kind: s.kind, probability: s.probability, staleDays: s.staleDays, requiredFields: required(s, language) }));
}

export function settingsData(d: PipelineDefinition): SettingsData {
  return {
    stages: d.stages.map((s) => ({ ...s, labels: { ...s.labels }, requiredFields: [...s.requiredFields] as DealColumn[], aliases: [...s.aliases] })),
    rules: { ...d.rules },
    lostReasons: { en: [...d.lostReasons.en], fr: [...d.lostReasons.fr] },
    currency: d.currency,
  };
}

/** A deal as the lists show it; `row` = its sheet row, `now` for days in stage. */
export function dealSummary(deal: Deal, row: number, definition: PipelineDefinition, language: Language, dayOf: DayOf, now: number, daysInStage?: number): DealSummary {
  const stage = definition.stages.find((s) => s.key === deal.stage);
  const entered = deal.stageEntered ? Math.floor((now - deal.stageEntered.getTime()) / 86_400_000) : null;
  return {
    id: deal.id,
    row,
    name: deal.name,
    company: deal.company,
    owner: deal.owner,
    stage: deal.stage,
    stageLabel: stage ? stage.labels[language] : deal.stageText,
    amount: deal.amount,
    // Whole days, as the lists say them: the stale list gives exact days (51.398…).
    daysInStage: daysInStage === undefined ? entered : Math.floor(daysInStage),
    nextStep: deal.nextStep,
    nextStepDue: deal.nextStepDue ? dayOf(deal.nextStepDue) : null,
  };
}

/**
 * The deal in full: its path through the open and won stages (entered: passed; passed over:
 * skipped; where it is: current), its history oldest first, and what the next stage needs.
 */
export function dealDetail(summary: DealSummary, deal: Deal, history: readonly HistoryEntry[], definition: PipelineDefinition, language: Language, dayOf: DayOf): DealDetail {
  const label = (key: string | null) => definition.stages.find((s) => s.key === key)?.labels[language] ?? key ?? '';
  const own = history.filter((h) => h.dealId !== '' && h.dealId === deal.id).sort((a, b) => a.at.getTime() - b.at.getTime());
  const entered = new Set(own.map((h) => h.to));
  const line = definition.stages.filter((s) => s.kind !== 'lost');
  const current = definition.stages.find((s) => s.key === deal.stage);
  const here = line.findIndex((s) => s.key === (current?.kind === 'lost' ? deal.lostAtStage : deal.stage));
  const path: PathStep[] = line.map((s, i) => ({
    key: s.key,
    label: s.labels[language],
    status: i === here && current?.kind !== 'lost' ? 'current' : i <= here ? (entered.has(s.key) || i === here ? 'passed' : 'skipped') : 'future',
  }));
  const next = current?.kind === 'open' || !current ? line[here + 1] : undefined;
  return {
    ...summary,
    contact: deal.contact,
    email: deal.email,
    probability: deal.probability,
    expectedClose: deal.expectedClose ? dayOf(deal.expectedClose) : null,
    lostReason: deal.lostReason,
    // Lost at stage is a stage key on the deal: shown as its name.
    lostAtStage: deal.lostAtStage === null ? null : label(deal.lostAtStage),
    notes: deal.notes,
    path,
    history: own.map((h) => ({ at: h.at.toISOString(), from: h.from === null ? '' : label(h.from), to: label(h.to), user: h.user, via: h.via })),
    nextStage: next
      ? { key: next.key, label: next.labels[language], missing: required(next, language).filter((r) => isRequirableField(r.field) && !isFieldFilled(deal, r.field)) }
      : null,
  };
}
