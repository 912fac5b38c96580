import { columnLabel } from '../../src/core/columns/column-label';
import type { DealColumn } from '../../src/core/columns/deal-columns';
import type { Language } from '../../src/core/i18n/language';
import type { DealDetail, DealSummary, PathStep, SettingsData, SidebarState, StageInfo } from '../../src/core/sidebar/sidebar-api';
import { defaultPipeline } from '../../src/core/stages/default-pipeline';

/** Realistic sidebar states, shaped as the server sends them (issue 5 contract), for the browser tests. */

export function fixtureSettings(): SettingsData {
  const pipeline = defaultPipeline();
  return {
    stages: pipeline.stages.map((stage) => ({ ...stage, requiredFields: stage.requiredFields as DealColumn[] })),
    rules: pipeline.rules,
    lostReasons: pipeline.lostReasons,
    currency: pipeline.currency,
  };
}

export function stagesFor(settings: SettingsData, language: Language): StageInfo[] {
  return settings.stages.map((stage) => ({
    key: stage.key,
    label: stage.labels[language],
    kind: stage.kind,
    probability: stage.probability,
    staleDays: stage.staleDays,
    requiredFields: stage.requiredFields.map((field) => ({ field, label: columnLabel(field, language) })),
  }));
}

function label(settings: SettingsData, key: string, language: Language): string {
  return settings.stages.find((s) => s.key === key)?.labels[language] ?? key;
}

/** The open and won line with the deal's place on it; `skipped` lists stages jumped over. */
export function pathFor(settings: SettingsData, current: string, language: Language, skipped: string[] = []): PathStep[] {
  const line = settings.stages.filter((s) => s.kind !== 'lost');
  const at = line.findIndex((s) => s.key === current);
  return line.map((stage, index) => ({
    key: stage.key,
    label: stage.labels[language],
    status: index === at ? 'current' : at >= 0 && index < at ? (skipped.includes(stage.key) ? 'skipped' : 'passed') : 'future',
  }));
}

export interface DealSeed {
  id: string;
  name: string;
  company: string;
  owner: string;
  stage: string;
  amount: number | null;
  daysInStage: number | null;
  nextStep?: string;
  nextStepDue?: string | null;
  row: number;
}

export const DEALS: DealSeed[] = [
  { id: 'D-000012', name: 'Acme renewal 2025', company: 'Acme Corp', owner: 'Claire Martin', stage: 'first-contact', amount: 12000, daysInStage: 6, nextStep: 'Send the pricing grid', nextStepDue: '2025-06-20', row: 13 },
  { id: 'D-000007', name: 'Globex data platform', company: 'Globex', owner: 'Hugo Bernard', stage: 'proposal', amount: 48000, daysInStage: 34, nextStep: '', nextStepDue: null, row: 8 },
  { id: 'D-000031', name: 'Initech pilot', company: 'Initech', owner: 'Claire Martin', stage: 'qualification', amount: 5500, daysInStage: 19, nextStep: 'Call back the CFO', nextStepDue: '2025-06-09', row: 32 },
  { id: 'D-000040', name: 'Umbrella onboarding', company: 'Umbrella SA', owner: 'Inès Petit', stage: 'negotiation', amount: 91000, daysInStage: 3, nextStep: 'Legal review of the MSA', nextStepDue: '2025-06-12', row: 41 },
];

export function summary(seed: DealSeed, settings: SettingsData, language: Language): DealSummary {
  return {
    id: seed.id,
    row: seed.row,
    name: seed.name,
    company: seed.company,
    owner: seed.owner,
    stage: seed.stage,
    stageLabel: label(settings, seed.stage, language),
    amount: seed.amount,
    daysInStage: seed.daysInStage,
    nextStep: seed.nextStep ?? '',
    nextStepDue: seed.nextStepDue ?? null,
  };
}

/** The full detail of a deal as getSidebarState would give it for the active row. */
export function detail(seed: DealSeed, settings: SettingsData, language: Language, extra: Partial<DealDetail> = {}): DealDetail {
  const line = settings.stages.filter((s) => s.kind !== 'lost');
  const at = line.findIndex((s) => s.key === seed.stage);
  const next = at >= 0 && at + 1 < line.length && line[at].kind === 'open' ? line[at + 1] : null;
  const base: DealDetail = {
    ...summary(seed, settings, language),
    contact: 'Jeanne Dupont',
    email: 'jeanne.dupont@example.com',
    probability: null,
    expectedClose: null,
    lostReason: '',
    lostAtStage: null,
    notes: 'Met at the Lyon trade fair.',
    path: pathFor(settings, seed.stage, language, seed.stage === 'first-contact' ? ['qualification'] : []),
    history: [
      { at: '2025-05-02T09:14:00.000Z', from: '', to: label(settings, 'prospecting', language), user: 'claire.martin@example.com', via: 'setup' },
      { at: '2025-06-04T15:40:00.000Z', from: label(settings, 'prospecting', language), to: label(settings, seed.stage, language), user: 'claire.martin@example.com', via: 'edit' },
    ],
    nextStage: null,
    ...extra,
  };
  if (next && !('nextStage' in extra)) {
    const known: Partial<Record<DealColumn, boolean>> = { Amount: base.amount !== null, 'Expected close': base.expectedClose !== null, 'Lost reason': base.lostReason !== '' };
    base.nextStage = {
      key: next.key,
      label: next.labels[language],
      missing: next.requiredFields.filter((f) => !known[f]).map((field) => ({ field, label: columnLabel(field, language) })),
    };
  }
  return base;
}

/** English or French state with the first deal selected: in First contact (Qualification skipped), Amount set, no Expected close. */
export function fixtureState(language: Language = 'en', selected: DealSeed | null = DEALS[0]): SidebarState {
  const settings = fixtureSettings();
  const stages = stagesFor(settings, language);
  return {
    language,
    pipelineSheet: 'Pipeline',
    counts: {
      stages: stages.map((s, i) => ({ key: s.key, label: s.label, count: [14, 9, 7, 5, 3, 11, 6, 4][i] ?? 0 })),
      blank: 1,
      unrecognised: [],
      total: 60,
    },
    stages,
    lostReasons: settings.lostReasons[language],
    currency: settings.currency,
    selected: selected ? detail(selected, settings, language) : null,
    stale: [summary(DEALS[1], settings, language), summary(DEALS[2], settings, language)],
    due: [summary(DEALS[2], settings, language), summary(DEALS[3], settings, language)],
    settings,
    today: '2025-06-12',
  };
}
