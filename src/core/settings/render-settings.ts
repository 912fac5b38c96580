import { columnLabel } from '../columns/column-label';
import { DEAL_COLUMNS, type DealColumn } from '../columns/deal-columns';
import type { Language } from '../i18n/language';
import { translate } from '../i18n/strings';
import type { PipelineDefinition, Stage } from '../stages/stage';
import {
  kindLabel,
  LABEL_KEY,
  LOST_REASON_COLUMN_ORDER,
  RULE_ORDER,
  SETTINGS_LAYOUT_WIDTH,
  STAGE_COLUMN_ORDER,
  type StageColumnRole,
} from './settings-layout';

function isDealColumn(name: string): name is DealColumn {
  return Object.prototype.hasOwnProperty.call(DEAL_COLUMNS, name);
}

function stageCell(stage: Stage, role: StageColumnRole, language: Language): unknown {
  switch (role) {
    case 'key':
      return stage.key;
    case 'labelEn':
      return stage.labels.en;
    case 'labelFr':
      return stage.labels.fr;
    case 'kind':
      return kindLabel(stage.kind, language);
    case 'probability':
      return stage.probability;
    case 'staleDays':
      return stage.staleDays ?? '';
    case 'requiredFields':
      return stage.requiredFields.map((field) => (isDealColumn(field) ? columnLabel(field, language) : field)).join(', ');
    case 'aliases':
      return stage.aliases.join(', ');
  }
}

/** A row of the block's width: `setValues` wants every row the same length. */
function padded(cells: unknown[]): unknown[] {
  return [...cells, ...new Array<unknown>(SETTINGS_LAYOUT_WIDTH - cells.length).fill('')];
}

/**
 * The values that write `definition` as the block `name` of the Pipeline Settings sheet,
 * in `language` (layout in `settings-layout.ts`). Probabilities are written as fractions
 * (0.4) for the sheet to format as percent. `parseSettings` reads the result back to the
 * same definition.
 */
export function renderSettings(definition: PipelineDefinition, language: Language, name: string): unknown[][] {
  const label = (role: keyof typeof LABEL_KEY) => translate(language, LABEL_KEY[role]);
  const { en, fr } = definition.lostReasons;
  return [
    padded([translate(language, 'settings.blockTitle', { name })]),
    padded(STAGE_COLUMN_ORDER.map(label)),
    ...definition.stages.map((stage) => padded(STAGE_COLUMN_ORDER.map((role) => stageCell(stage, role, language)))),
    padded([]),
    ...RULE_ORDER.map((rule) => padded([label(rule), definition.rules[rule]])),
    padded([label('currency'), definition.currency]),
    padded([]),
    padded(LOST_REASON_COLUMN_ORDER.map(label)),
    ...Array.from({ length: Math.max(en.length, fr.length) }, (_, i) => padded([en[i] ?? '', fr[i] ?? ''])),
  ];
}
