import { a1Notation } from '../columns/a1-notation';
import type { Language } from '../i18n/language';
import { translate, type StringKey } from '../i18n/strings';
import { cellText } from '../parse/cell-text';
import { readBooleanCell } from '../parse/parse-boolean';
import { isBlankValue } from '../parse/reading';
import { defaultPipeline } from '../stages/default-pipeline';
import type { PipelineDefinition, PipelineRules, Stage } from '../stages/stage';
import { foldLabel } from '../text/fold';
import { parseStageRow, type ReportCell, type StageColumns } from './parse-stage-row';
import type { SettingsError, SettingsErrorCode } from './settings-error';
import {
  blockTitleName,
  DEFAULT_PIPELINE_NAME,
  settingsLabel,
  type LabelMatch,
  type LostReasonColumnRole,
  type StageColumnRole,
} from './settings-layout';

export interface ParsedSettings {
  /** Pipelines by block name; only blocks without errors. */
  definitions: Record<string, PipelineDefinition>;
  errors: SettingsError[];
}

const STAGE_ROLES = new Set<string>(['key', 'labelEn', 'labelFr', 'kind', 'probability', 'staleDays', 'requiredFields', 'aliases']);
const LOST_REASON_ROLES = new Set<string>(['lostReasons.en', 'lostReasons.fr']);
const RULE_ROLES = new Set<string>(['allowSkipForward', 'allowBackward', 'allowReopen']);
const CURRENCY_SYMBOLS: Record<string, string> = { '€': 'EUR', $: 'USD', '£': 'GBP', '¥': 'JPY' };

/** The labels a row holds, by role, with their 0-based columns. */
function rowLabels(row: readonly unknown[]): Map<string, number> {
  const roles = new Map<string, number>();
  row.forEach((cell, column) => {
    const label = settingsLabel(cell);
    if (label !== undefined && !roles.has(label.role)) roles.set(label.role, column);
  });
  return roles;
}

/** The sheet is written in one language; its labels tell which, so messages match it. */
function detectLanguage(values: readonly (readonly unknown[])[]): Language {
  let french = 0;
  let english = 0;
  for (const row of values) {
    for (const cell of row) {
      const label: LabelMatch | undefined = settingsLabel(cell);
      if (label?.language === 'fr') french++;
      if (label?.language === 'en') english++;
    }
  }
  return french > english ? 'fr' : 'en';
}

class BlockReader {
  readonly stages: Stage[] = [];
  readonly rules: PipelineRules = { ...defaultPipeline().rules };
  currency = defaultPipeline().currency;
  readonly lostReasons: Record<Language, string[]> = { en: [], fr: [] };
  lostReasonColumns: Partial<Record<LostReasonColumnRole, number>> | null = null;
  stageColumns: StageColumns | null = null;
  stageHeaderRow = -1;
  errorCount = 0;
  private kindsKnown = true;
  private readonly claimed = new Map<string, Stage>();

  constructor(
    readonly name: string,
    readonly titleRow: number,
    private readonly language: Language,
    private readonly errors: SettingsError[],
  ) {}

  report(row: number, column: number, code: SettingsErrorCode, key: StringKey, params: Record<string, string> = {}): void {
    this.errorCount++;
    const message = translate(this.language, key, { name: this.name, ...params });
    this.errors.push({ pipeline: this.name, cell: a1Notation(row + 1, column + 1), row: row + 1, column: column + 1, code, message });
  }

  readStage(row: readonly unknown[], r: number): void {
    if (this.stageColumns === null) return;
    const decimalSeparator = this.language === 'fr' ? ',' : '.';
    const report: ReportCell = (column, code, key, params) => this.report(r, column, code, key, params);
    const { stage, names, kindKnown } = parseStageRow(row, this.stageColumns, decimalSeparator, report);
    this.kindsKnown &&= kindKnown;
    for (const { name, column } of names) {
      const folded = foldLabel(name);
      const owner = this.claimed.get(folded);
      if (owner !== undefined && owner !== stage) {
        report(column, 'duplicate-name', 'settings.error.duplicateName', { value: name, stage: owner.labels[this.language] });
      } else if (folded !== '') this.claimed.set(folded, stage);
    }
    this.stages.push(stage);
  }

  readLostReasons(row: readonly unknown[]): void {
    const columns = this.lostReasonColumns ?? {};
    const en = columns['lostReasons.en'];
    const fr = columns['lostReasons.fr'];
    if (en !== undefined && !isBlankValue(row[en])) this.lostReasons.en.push(cellText(row[en]));
    if (fr !== undefined && !isBlankValue(row[fr])) this.lostReasons.fr.push(cellText(row[fr]));
  }

  readSetting(role: string, row: readonly unknown[], r: number): void {
    const value = row[1];
    if (role === 'currency') {
      const text = cellText(value);
      const code = CURRENCY_SYMBOLS[text] ?? text.toUpperCase();
      if (/^[A-Z]{3}$/.test(code)) this.currency = code;
      else if (text !== '') this.report(r, 1, 'bad-currency', 'settings.error.badCurrency', { value: text });
      return;
    }
    const allowed = readBooleanCell(value);
    if (allowed === undefined) this.report(r, 1, 'bad-rule-value', 'settings.error.badRuleValue', { value: cellText(value) });
    else if (allowed !== null) this.rules[role as keyof PipelineRules] = allowed;
  }

  /** The block's pipeline, or `undefined` when anything in it is wrong. */
  finish(): PipelineDefinition | undefined {
    if (this.stageColumns === null) {
      this.report(this.titleRow, 0, 'no-stages', 'settings.error.noStages');
    } else if (this.kindsKnown) {
      const kindColumn = this.stageColumns.kind ?? 0;
      if (!this.stages.some((s) => s.kind === 'won')) this.report(this.stageHeaderRow, kindColumn, 'no-won-stage', 'settings.error.noWonStage');
      if (!this.stages.some((s) => s.kind === 'lost')) this.report(this.stageHeaderRow, kindColumn, 'no-lost-stage', 'settings.error.noLostStage');
    }
    if (this.errorCount > 0) return undefined;
    const columns = this.lostReasonColumns ?? {};
    const lostReasons = {
      en: columns['lostReasons.en'] === undefined ? this.lostReasons.fr : this.lostReasons.en,
      fr: columns['lostReasons.fr'] === undefined ? this.lostReasons.en : this.lostReasons.fr,
    };
    return { stages: this.stages, rules: this.rules, lostReasons, currency: this.currency };
  }
}

function pick<Role extends string>(labels: Map<string, number>, roles: Set<string>): Partial<Record<Role, number>> {
  const picked: Partial<Record<Role, number>> = {};
  for (const [role, column] of labels) if (roles.has(role)) picked[role as Role] = column;
  return picked;
}

/**
 * Reads the Pipeline Settings sheet (`getValues()` of its data range; layout in
 * `settings-layout.ts`). Errors name their cell in A1 notation, counting from A1 of
 * `values`, and are in `language`, by default the language the sheet's labels are in.
 */
export function parseSettings(values: readonly (readonly unknown[])[], language: Language = detectLanguage(values)): ParsedSettings {
  const errors: SettingsError[] = [];
  const definitions: Record<string, PipelineDefinition> = {};
  const seenNames = new Set<string>();
  let block: BlockReader | null = null;
  let table: 'stages' | 'lostReasons' | null = null;

  const finishBlock = () => {
    if (block === null) return;
    const definition = block.finish();
    if (definition !== undefined) definitions[block.name] = definition;
  };
  const startBlock = (name: string, r: number): BlockReader => {
    finishBlock();
    const started = new BlockReader(name, r, language, errors);
    if (seenNames.has(foldLabel(name))) started.report(r, 0, 'duplicate-pipeline', 'settings.error.duplicatePipeline');
    seenNames.add(foldLabel(name));
    block = started;
    return started;
  };

  values.forEach((row, r) => {
    if (row.every(isBlankValue)) {
      table = null;
      return;
    }
    const title = blockTitleName(row[0]);
    if (title !== undefined) {
      startBlock(title, r);
      table = null;
      return;
    }
    const labels = rowLabels(row);
    if ((labels.has('labelEn') || labels.has('labelFr')) && labels.has('kind')) {
      const current: BlockReader = block !== null && block.stageColumns === null ? block : startBlock(DEFAULT_PIPELINE_NAME, r);
      current.stageColumns = pick<StageColumnRole>(labels, STAGE_ROLES);
      current.stageHeaderRow = r;
      table = 'stages';
      return;
    }
    if (block === null) return;
    const current: BlockReader = block;
    const firstLabel = settingsLabel(row[0])?.role;
    // Only column A starts a reasons table: a stage row may require the "Lost reason" field.
    if (firstLabel !== undefined && LOST_REASON_ROLES.has(firstLabel)) {
      current.lostReasonColumns = pick<LostReasonColumnRole>(labels, LOST_REASON_ROLES);
      table = 'lostReasons';
      return;
    }
    if (firstLabel !== undefined && (RULE_ROLES.has(firstLabel) || firstLabel === 'currency')) {
      current.readSetting(firstLabel, row, r);
      table = null;
    } else if (table === 'stages') current.readStage(row, r);
    else if (table === 'lostReasons') current.readLostReasons(row);
    else current.report(r, 0, 'unrecognised-row', 'settings.error.unrecognisedRow', { value: cellText(row.find((cell) => !isBlankValue(cell))) });
  });
  finishBlock();
  return { definitions, errors };
}
