import { LANGUAGES, type Language } from '../i18n/language';
import { translate, type StringKey } from '../i18n/strings';
import type { PipelineRules, StageKind } from '../stages/stage';
import { foldLabel } from '../text/fold';

/**
 * Layout of the "Pipeline Settings" sheet ("Paramètres du pipeline").
 *
 * The sheet holds one block per pipeline, so several pipelines share one spreadsheet.
 * It is written in the user's language, and labels in either language read back. A block:
 *
 * ```
 *    A                               B                  C                 D      E            F                   G                         H
 *  1 Pipeline: Default                                                                                                                   ← title: "Pipeline:" + name
 *  2 Key                             Stage (English)    Stage (French)    Kind   Probability  Stale after (days)  Required fields           Aliases
 *  3 prospecting                     Prospecting        Prospection       open   0.05         14                                            Lead, New
 *  4 proposal                        Proposal           Proposition       open   0.4          21                  Amount, Expected close    Quote
 *    … one row per stage, in pipeline order
 *  n (blank row)
 *    Allow skipping stages forward   TRUE
 *    Allow moving backward           TRUE
 *    Allow reopening closed deals    FALSE
 *    Currency                        EUR
 *    (blank row)
 *    Lost reasons (English)          Lost reasons (French)
 *    Price                           Prix
 *    … one row per reason
 * ```
 *
 * - Title: `Pipeline: <name>` (French `Pipeline : <name>`) in column A starts a block. A
 *   stage table with no title above it belongs to a block named `Default`. Rows above the
 *   first block (a sheet title, instructions) are ignored.
 * - Stage table: found by its header row (it must name a Stage and a Kind column); columns
 *   in any order. Key is optional: blank, the key comes from the English label. Keys are
 *   what Stage History stores, so renaming a label keeps the history when the key stays.
 *   Kind: open / won / lost (French ouverte / gagnée / perdue); blank is open. Probability:
 *   0–1, a percent number above 1 (40), or text `40%`; blank means 1 for won and 0 for
 *   lost, and is an error for an open stage. Stale after: whole days, blank for never.
 *   Required fields: deal column names in English or French, separated by commas.
 *   Aliases: other spellings, separated by commas.
 * - Rules and currency: label in column A, value in column B, anywhere in the block; a
 *   missing rule keeps its default (skip forward yes, backward yes, reopen no), a missing
 *   currency is EUR. Values: TRUE/FALSE, VRAI/FAUX, yes/no, oui/non, 1/0.
 * - Lost reasons: two columns, English and French, one reason per row.
 * - A table ends at a blank row, or at a row whose first cell is a block title, a rule,
 *   the currency or a table header.
 * - Any other row inside a block is an error: a misspelt rule label read as nothing
 *   would silently change how moves are checked.
 * A block with any error defines no pipeline (callers keep the defaults and show the
 * errors): a pipeline half-read would validate moves against rules nobody wrote.
 */
export const SETTINGS_LAYOUT_WIDTH = 8;

export type StageColumnRole = 'key' | 'labelEn' | 'labelFr' | 'kind' | 'probability' | 'staleDays' | 'requiredFields' | 'aliases';
export type LostReasonColumnRole = 'lostReasons.en' | 'lostReasons.fr';
export type RuleRole = keyof PipelineRules;
export type LabelRole = StageColumnRole | LostReasonColumnRole | RuleRole | 'currency';

/** Stage table columns in the order `renderSettings` writes them. */
export const STAGE_COLUMN_ORDER: readonly StageColumnRole[] = ['key', 'labelEn', 'labelFr', 'kind', 'probability', 'staleDays', 'requiredFields', 'aliases'];
export const RULE_ORDER: readonly RuleRole[] = ['allowSkipForward', 'allowBackward', 'allowReopen'];
export const LOST_REASON_COLUMN_ORDER: readonly LostReasonColumnRole[] = ['lostReasons.en', 'lostReasons.fr'];

export const LABEL_KEY: Record<LabelRole, StringKey> = {
  key: 'settings.column.key',
  labelEn: 'settings.column.labelEn',
  labelFr: 'settings.column.labelFr',
  kind: 'settings.column.kind',
  probability: 'settings.column.probability',
  staleDays: 'settings.column.staleDays',
  requiredFields: 'settings.column.requiredFields',
  aliases: 'settings.column.aliases',
  'lostReasons.en': 'settings.lostReasons.en',
  'lostReasons.fr': 'settings.lostReasons.fr',
  allowSkipForward: 'settings.rule.allowSkipForward',
  allowBackward: 'settings.rule.allowBackward',
  allowReopen: 'settings.rule.allowReopen',
  currency: 'settings.currency',
};

/** Shorter headers people type by hand, read like the labels of the strings table. */
const EXTRA_LABELS: Partial<Record<LabelRole, string[]>> = {
  labelEn: ['Stage', 'Stage (en)', 'English', 'Anglais'],
  labelFr: ['Étape', 'Étape (fr)', 'French', 'Français'],
  kind: ['Type', 'Genre'],
  probability: ['Probability (%)', 'Probabilité (%)'],
  staleDays: ['Stale after', 'Stale days', 'Jours avant inactivité'],
  requiredFields: ['Required', 'Obligatoire', 'Champs requis'],
  aliases: ['Alias', 'Other names', 'Autres noms'],
  'lostReasons.en': ['Lost reasons', 'Lost reason'],
  'lostReasons.fr': ['Motifs de perte', 'Motif de perte'],
};

export interface LabelMatch {
  role: LabelRole;
  /** The language the label is written in, or `null` when it reads the same in both. */
  language: Language | null;
}

const LABELS: ReadonlyMap<string, LabelMatch> = (() => {
  const map = new Map<string, LabelMatch>();
  for (const role of Object.keys(LABEL_KEY) as LabelRole[]) {
    const [en, fr] = LANGUAGES.map((language) => foldLabel(translate(language, LABEL_KEY[role])));
    map.set(en, { role, language: en === fr ? null : 'en' });
    if (!map.has(fr)) map.set(fr, { role, language: 'fr' });
    for (const extra of EXTRA_LABELS[role] ?? []) if (!map.has(foldLabel(extra))) map.set(foldLabel(extra), { role, language: null });
  }
  return map;
})();

/** The settings label a cell holds, if any. */
export function settingsLabel(cell: unknown): LabelMatch | undefined {
  return typeof cell === 'string' ? LABELS.get(foldLabel(cell)) : undefined;
}

const KIND_KEY: Record<StageKind, StringKey> = { open: 'settings.kind.open', won: 'settings.kind.won', lost: 'settings.kind.lost' };
export const STAGE_KINDS = Object.keys(KIND_KEY) as StageKind[];

const KINDS: ReadonlyMap<string, StageKind> = (() => {
  const map = new Map<string, StageKind>([['ouvert', 'open'], ['gagne', 'won'], ['perdu', 'lost']]);
  for (const kind of STAGE_KINDS) for (const language of LANGUAGES) map.set(foldLabel(translate(language, KIND_KEY[kind])), kind);
  return map;
})();

export function kindLabel(kind: StageKind, language: Language): string {
  return translate(language, KIND_KEY[kind]);
}

/** The stage kind a cell names (`won`, `gagnée`, `Perdu`...), if any. */
export function stageKindOf(cell: string): StageKind | undefined {
  return KINDS.get(foldLabel(cell));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Block titles in both languages, with any spacing around the colon. */
const TITLE_PATTERNS: readonly RegExp[] = LANGUAGES.map((language) => {
  const [before, after] = translate(language, 'settings.blockTitle').split('{name}');
  const loose = (text: string) => escapeRegExp(text.trim()).replace(/\s+/g, '\\s*').replace(/:/g, '\\s*:');
  return new RegExp(`^\\s*${loose(before)}\\s*(.*?\\S)\\s*${loose(after)}\\s*$`, 'i');
});

/** The pipeline name of a block title cell (`Pipeline: Default` → `Default`), if it is one. */
export function blockTitleName(cell: unknown): string | undefined {
  if (typeof cell !== 'string') return undefined;
  for (const pattern of TITLE_PATTERNS) {
    const match = pattern.exec(cell);
    if (match !== null) return match[1];
  }
  return undefined;
}

export const DEFAULT_PIPELINE_NAME = 'Default';
