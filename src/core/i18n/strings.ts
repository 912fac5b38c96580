import { bilingual } from './bilingual';
import type { Language } from './language';
import type { ENFORCEMENT_STRINGS } from './tables/enforcement';
import type { ENGINE_STRINGS } from './tables/engine';
import { FREQUENT_STRINGS } from './tables/frequent';
import type { IMPORT_STRINGS } from './tables/import';
import type { REPORT_STRINGS } from './tables/reports';
import type { SETUP_STRINGS } from './tables/setup';
import type { SIDEBAR_STRINGS } from './tables/sidebar';
import { fillPlaceholders } from './placeholders';

/**
 * Every user-visible string, in English and French, side by side (`key: [English, French]`):
 * a key missing either language does not compile. Placeholders are `{name}`, filled by
 * `translate`.
 */
const BASE = bilingual({
  'sidebar.title': [
    'Sheets Pipeline',
    'Sheets Pipeline',
  ],
  'sidebar.noPipeline': [
    'No Pipeline sheet yet. Open the sheet of leads you want to track, then choose Extensions › Sheets Pipeline › Set up this sheet.',
    'Pas encore de feuille Pipeline. Ouvrez la feuille de prospects à suivre, puis choisissez Extensions › Sheets Pipeline › Configurer cette feuille.',
  ],
  'sidebar.noStageColumn': [
    'The sheet "{sheet}" has no Stage column in its first rows.',
    'La feuille « {sheet} » n’a pas de colonne Étape dans ses premières lignes.',
  ],
  'help.title': [
    'Sheets Pipeline help',
    'Aide de Sheets Pipeline',
  ],
  'help.body': [
    'Sheets Pipeline turns a sheet of leads into a stage-validated sales pipeline. ' +
      'Open the sidebar to see your deals by stage. Every figure states how it is computed, ' +
      'and your data never leaves this spreadsheet.',
    'Sheets Pipeline transforme une feuille de prospects en pipeline commercial aux étapes validées. ' +
      'Ouvrez le panneau pour voir vos affaires par étape. Chaque chiffre indique comment il est calculé, ' +
      'et vos données ne quittent jamais ce classeur.',
  ],
  'stage.unknown': [
    'Unknown stage "{value}"',
    'Étape inconnue « {value} »',
  ],
  'settings.error.unknownKind': [
    'Unknown kind "{value}": write open, won or lost.',
    'Type inconnu « {value} » : écrivez ouverte, gagnée ou perdue.',
  ],
  'settings.error.duplicateName': [
    '"{value}" already names the stage "{stage}": each name and alias may mean one stage only.',
    '« {value} » désigne déjà l’étape « {stage} » : chaque nom et alias ne peut désigner qu’une étape.',
  ],
  'settings.error.badProbability': [
    'Probability "{value}" is not between 0 % and 100 % (write 0.4, 40 or 40 %).',
    'La probabilité « {value} » n’est pas comprise entre 0 % et 100 % (écrivez 0,4, 40 ou 40 %).',
  ],
  'settings.error.missingProbability': [
    'An open stage needs a probability (write 0.4, 40 or 40 %).',
    'Une étape ouverte a besoin d’une probabilité (écrivez 0,4, 40 ou 40 %).',
  ],
  'settings.error.badStaleDays': [
    '"{value}" is not a whole number of days.',
    '« {value} » n’est pas un nombre entier de jours.',
  ],
  'settings.error.unknownField': [
    'Unknown required field "{value}": use deal column names such as Amount or Expected close.',
    'Champ obligatoire inconnu « {value} » : utilisez des noms de colonnes comme Montant ou Clôture prévue.',
  ],
  'settings.error.noWonStage': [
    'Pipeline "{name}" has no won stage: set the kind of one stage to won.',
    'Le pipeline « {name} » n’a pas d’étape gagnée : donnez le type gagnée à une étape.',
  ],
  'settings.error.noLostStage': [
    'Pipeline "{name}" has no lost stage: set the kind of one stage to lost.',
    'Le pipeline « {name} » n’a pas d’étape perdue : donnez le type perdue à une étape.',
  ],
  'settings.error.missingStageName': [
    'This stage has no name in English or in French.',
    'Cette étape n’a de nom ni en anglais ni en français.',
  ],
  'settings.error.badRuleValue': [
    '"{value}" is not TRUE or FALSE.',
    '« {value} » n’est ni VRAI ni FAUX.',
  ],
  'settings.error.badCurrency': [
    '"{value}" is not a three-letter currency code such as EUR or USD.',
    '« {value} » n’est pas un code de devise à trois lettres comme EUR ou USD.',
  ],
  'settings.error.duplicatePipeline': [
    'Another block already defines the pipeline "{name}".',
    'Un autre bloc définit déjà le pipeline « {name} ».',
  ],
  'settings.error.noStages': [
    'Pipeline "{name}" has no stage table: add a header row (Key, Stage (English), Stage (French), Kind, Probability…) and one row per stage.',
    'Le pipeline « {name} » n’a pas de tableau des étapes : ajoutez une ligne d’en-tête (Clé, Étape (anglais), Étape (français), Type, Probabilité…) puis une ligne par étape.',
  ],
  'settings.error.unrecognisedRow': [
    'Row not understood: "{value}" is not a stage table, a rule, the currency or a lost-reason list.',
    'Ligne non comprise : « {value} » n’est ni un tableau des étapes, ni une règle, ni la devise, ni une liste de motifs de perte.',
  ],
  'move.skipNotAllowed': [
    'Cannot skip {stages}: this pipeline does not allow skipping stages forward.',
    'Impossible de sauter {stages} : ce pipeline n’autorise pas à sauter des étapes.',
  ],
  'move.backwardNotAllowed': [
    'Cannot move back from {from} to {to}: this pipeline does not allow moving backward.',
    'Impossible de revenir de {from} à {to} : ce pipeline n’autorise pas le retour en arrière.',
  ],
  'move.reopenNotAllowed': [
    'Cannot move a closed deal from {from} to {to}: this pipeline does not allow reopening closed deals.',
    'Impossible de passer une affaire close de {from} à {to} : ce pipeline n’autorise pas la réouverture des affaires closes.',
  ],
  'move.missingField': [
    '{field} is required to enter {stage}.',
    '{field} est obligatoire pour passer à l’étape {stage}.',
  ],
  'parse.noHeader': [
    'No header row naming a Stage column in the first {rows} rows.',
    'Aucune ligne d’en-tête avec une colonne Étape dans les {rows} premières lignes.',
  ],
  'parse.badNumber': [
    '"{value}" is not a number.',
    '« {value} » n’est pas un nombre.',
  ],
  'parse.badDate': [
    '"{value}" is not a date (write 2024-03-01, or day and month in the same order as the rest of the column).',
    '« {value} » n’est pas une date (écrivez 2024-03-01, ou le jour et le mois dans le même ordre que le reste de la colonne).',
  ],
  'parse.badProbability': [
    '"{value}" is not a probability between 0 % and 100 %.',
    '« {value} » n’est pas une probabilité entre 0 % et 100 %.',
  ],
  'parse.badBoolean': [
    '"{value}" is not yes or no (TRUE, FALSE, yes, no, 1, 0, x).',
    '« {value} » n’est ni oui ni non (VRAI, FAUX, oui, non, 1, 0, x).',
  ],
  'parse.unknownForecastCategory': [
    'Unknown forecast category "{value}": write Pipeline, Best case, Commit, Closed or Omitted.',
    'Catégorie de prévision inconnue « {value} » : écrivez Pipeline, Meilleur cas, Engagé, Conclu ou Exclu.',
  ],
  'parse.mixedDateOrder': [
    'Column "{column}" mixes day-first dates ({dayFirst}, row {dayFirstRow}) and month-first dates ({monthFirst}, row {monthFirstRow}), so its day/month dates cannot be read. Use one order, or ISO dates such as 2024-03-01.',
    'La colonne « {column} » mélange des dates jour/mois ({dayFirst}, ligne {dayFirstRow}) et mois/jour ({monthFirst}, ligne {monthFirstRow}) : ses dates jour/mois ne peuvent pas être lues. Utilisez un seul ordre, ou des dates ISO comme 2024-03-01.',
  ],
});

type BaseKey = keyof typeof BASE.en;

/**
 * Feature tables live in `tables/`, each with its English and French halves typed against
 * each other. Each bundle registers only the tables it uses (see `server-strings.ts` and
 * the sidebar's `client-strings.ts`): the server and the sidebar are size-budgeted
 * (SPEC §8), and neither needs the other's strings. No key is in two tables.
 */
type Table = { readonly en: Record<string, string>; readonly fr: Record<string, string> };

export type StringKey =
  | BaseKey
  | keyof (typeof FREQUENT_STRINGS)['en']
  | keyof (typeof ENGINE_STRINGS)['en']
  | keyof (typeof SETUP_STRINGS)['en']
  | keyof (typeof ENFORCEMENT_STRINGS)['en']
  | keyof (typeof REPORT_STRINGS)['en']
  | keyof (typeof SIDEBAR_STRINGS)['en']
  | keyof (typeof IMPORT_STRINGS)['en'];

/**
 * The registered tables, in the order `translate` searches them. A table is read (and, in
 * dist/Code.js, decoded: see `bilingual`) only when a key is looked up past the tables
 * before it, so the strings nearly every execution reads (`tables/frequent.ts`) come first.
 */
const TABLES: Table[] = [FREQUENT_STRINGS, BASE];

let merged: Record<Language, Record<string, string>> | undefined;

function mergeInto(target: Record<Language, Record<string, string>>, table: Table): void {
  Object.assign(target.en, table.en);
  Object.assign(target.fr, table.fr);
}

function allStrings(): Record<Language, Record<string, string>> {
  if (merged === undefined) {
    merged = { en: {}, fr: {} };
    for (const table of TABLES) mergeInto(merged, table);
  }
  return merged;
}

/**
 * Every registered string by language, merged on first read. That reads (in dist/Code.js,
 * decodes) every table: the add-on itself goes through `translate`.
 */
export const STRINGS: Readonly<Record<Language, Record<string, string>>> = {
  get en() {
    return allStrings().en;
  },
  get fr() {
    return allStrings().fr;
  },
};

/** Adds a feature table to the strings this bundle can translate. */
export function registerStrings(table: Table): void {
  TABLES.push(table);
  if (merged !== undefined) mergeInto(merged, table);
}

function lookUp(language: Language, key: string): string | undefined {
  for (const table of TABLES) {
    const strings = table[language];
    if (Object.prototype.hasOwnProperty.call(strings, key)) return strings[key];
  }
  return undefined;
}

/** The string `key` in `language`, with `{name}` placeholders replaced from `params`. */
export function translate(language: Language, key: StringKey, params: Record<string, string | number> = {}): string {
  const text = lookUp(language, key);
  // A table this bundle did not register is a build mistake: say which key, never show `undefined`.
  if (text === undefined) throw new Error(`Missing string "${key}" (its table is not registered in this bundle)`);
  return fillPlaceholders(text, params, language);
}
