import type { Language } from './language';

/**
 * Every user-visible string, in English and French. The French table is typed against the
 * English one, so a key missing in either language does not compile. Placeholders are
 * `{name}`, filled by `translate`.
 */
const en = {
  'addon.name': 'Sheets Pipeline',
  'menu.setup': 'Set up this sheet',
  'menu.openSidebar': 'Open sidebar',
  'menu.refreshReports': 'Refresh reports',
  'menu.validateAll': 'Validate all rows',
  'menu.settings': 'Settings',
  'menu.help': 'Help',
  'sheet.pipeline': 'Pipeline',
  'sheet.settings': 'Pipeline Settings',
  'sheet.history': 'Stage History',
  'sheet.conversion': 'Conversion',
  'sheet.forecast': 'Forecast',
  'sheet.importReport': 'Import report',
  'sidebar.title': 'Sheets Pipeline',
  'sidebar.loading': 'Loading…',
  'sidebar.retry': 'Try again',
  'sidebar.error': 'Could not load the pipeline: {message}',
  'sidebar.dealsByStage': 'Deals by stage',
  'sidebar.dealsByStageNote': 'Deals whose Stage cell is this stage (or one of its aliases) on the sheet "{sheet}".',
  'sidebar.total': 'Total',
  'sidebar.unrecognised': 'Not a known stage',
  'sidebar.blank': 'No stage',
  'sidebar.noPipeline': 'No Pipeline sheet yet. Open the sheet of leads you want to track, then choose Extensions › Sheets Pipeline › Set up this sheet.',
  'sidebar.noStageColumn': 'The sheet "{sheet}" has no Stage column in its first rows.',
  'help.title': 'Sheets Pipeline help',
  'help.body':
    'Sheets Pipeline turns a sheet of leads into a stage-validated sales pipeline. ' +
    'Open the sidebar to see your deals by stage. Every figure states how it is computed, ' +
    'and your data never leaves this spreadsheet.',
} as const;

export type StringKey = keyof typeof en;

const fr: Record<StringKey, string> = {
  'addon.name': 'Sheets Pipeline',
  'menu.setup': 'Configurer cette feuille',
  'menu.openSidebar': 'Ouvrir le panneau',
  'menu.refreshReports': 'Actualiser les rapports',
  'menu.validateAll': 'Valider toutes les lignes',
  'menu.settings': 'Paramètres',
  'menu.help': 'Aide',
  'sheet.pipeline': 'Pipeline',
  'sheet.settings': 'Paramètres du pipeline',
  'sheet.history': 'Historique des étapes',
  'sheet.conversion': 'Conversion',
  'sheet.forecast': 'Prévisions',
  'sheet.importReport': "Rapport d'import",
  'sidebar.title': 'Sheets Pipeline',
  'sidebar.loading': 'Chargement…',
  'sidebar.retry': 'Réessayer',
  'sidebar.error': 'Impossible de charger le pipeline : {message}',
  'sidebar.dealsByStage': 'Affaires par étape',
  'sidebar.dealsByStageNote': 'Affaires dont la cellule Étape contient cette étape (ou l’un de ses alias) dans la feuille « {sheet} ».',
  'sidebar.total': 'Total',
  'sidebar.unrecognised': 'Étape inconnue',
  'sidebar.blank': 'Sans étape',
  'sidebar.noPipeline': 'Pas encore de feuille Pipeline. Ouvrez la feuille de prospects à suivre, puis choisissez Extensions › Sheets Pipeline › Configurer cette feuille.',
  'sidebar.noStageColumn': 'La feuille « {sheet} » n’a pas de colonne Étape dans ses premières lignes.',
  'help.title': 'Aide de Sheets Pipeline',
  'help.body':
    'Sheets Pipeline transforme une feuille de prospects en pipeline commercial aux étapes validées. ' +
    'Ouvrez le panneau pour voir vos affaires par étape. Chaque chiffre indique comment il est calculé, ' +
    'et vos données ne quittent jamais ce classeur.',
};

export const STRINGS: Record<Language, Record<StringKey, string>> = { en, fr };

/** The string `key` in `language`, with `{name}` placeholders replaced from `params`. */
export function translate(language: Language, key: StringKey, params: Record<string, string | number> = {}): string {
  return STRINGS[language][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}
