import { bilingual } from '../bilingual';

/**
 * The strings nearly every execution reads, in either language: the words the add-on
 * recognises in the spreadsheet (the names of its sheets, the labels and stage kinds of
 * Pipeline Settings, the forecast categories) and the captions of the add-on menu, built on
 * every open. Module-level constants of src/sheet and src/core/parse fold the sheet names
 * and categories into lookup sets while the script loads; custom functions and edits read
 * Pipeline Settings. Every bundle has them (src/core/i18n/strings.ts registers this table
 * first, and `translate` looks here first).
 *
 * The Apps Script build ships every other table of dist/Code.js compressed, decoded on the
 * first translation that needs it (scripts/pack-string-tables.js); this one, and only this
 * one, it leaves as written, so that loading the script, reading the sheets and building
 * the menu (also in AuthMode.NONE) decode nothing: only showing a message does.
 * test/bundle checks it. Each entry: [English, French].
 */
export const FREQUENT_STRINGS = bilingual({
  'menu.setup': [
    'Set up this sheet',
    'Configurer cette feuille',
  ],
  'menu.openSidebar': [
    'Open sidebar',
    'Ouvrir le panneau',
  ],
  'menu.refreshReports': [
    'Refresh reports',
    'Actualiser les rapports',
  ],
  'menu.validateAll': [
    'Validate all rows',
    'Valider toutes les lignes',
  ],
  'menu.normalise': [
    'Normalise stage names',
    'Normaliser les noms d’étapes',
  ],
  'menu.help': [
    'Help',
    'Aide',
  ],
  'sheet.pipeline': [
    'Pipeline',
    'Pipeline',
  ],
  'sheet.settings': [
    'Pipeline Settings',
    'Paramètres du pipeline',
  ],
  'sheet.history': [
    'Stage History',
    'Historique des étapes',
  ],
  'sheet.conversion': [
    'Conversion',
    'Conversion',
  ],
  'sheet.forecast': [
    'Forecast',
    'Prévisions',
  ],
  'sheet.importReport': [
    'Import report',
    "Rapport d'import",
  ],
  'forecastCategory.pipeline': [
    'Pipeline',
    'Pipeline',
  ],
  'forecastCategory.best-case': [
    'Best case',
    'Meilleur cas',
  ],
  'forecastCategory.commit': [
    'Commit',
    'Engagé',
  ],
  'forecastCategory.closed': [
    'Closed',
    'Conclu',
  ],
  'forecastCategory.omitted': [
    'Omitted',
    'Exclu',
  ],

  'settings.blockTitle': [
    'Pipeline: {name}',
    'Pipeline : {name}',
  ],
  'settings.column.key': [
    'Key',
    'Clé',
  ],
  'settings.column.labelEn': [
    'Stage (English)',
    'Étape (anglais)',
  ],
  'settings.column.labelFr': [
    'Stage (French)',
    'Étape (français)',
  ],
  'settings.column.kind': [
    'Kind',
    'Type',
  ],
  'settings.column.probability': [
    'Probability',
    'Probabilité',
  ],
  'settings.column.staleDays': [
    'Stale after (days)',
    'Inactive après (jours)',
  ],
  'settings.column.requiredFields': [
    'Required fields',
    'Champs obligatoires',
  ],
  'settings.column.aliases': [
    'Aliases',
    'Alias',
  ],
  'settings.kind.open': [
    'open',
    'ouverte',
  ],
  'settings.kind.won': [
    'won',
    'gagnée',
  ],
  'settings.kind.lost': [
    'lost',
    'perdue',
  ],
  'settings.rule.allowSkipForward': [
    'Allow skipping stages forward',
    'Autoriser à sauter des étapes',
  ],
  'settings.rule.allowBackward': [
    'Allow moving backward',
    'Autoriser le retour en arrière',
  ],
  'settings.rule.allowReopen': [
    'Allow reopening closed deals',
    'Autoriser la réouverture des affaires closes',
  ],
  'settings.currency': [
    'Currency',
    'Devise',
  ],
  'settings.lostReasons.en': [
    'Lost reasons (English)',
    'Motifs de perte (anglais)',
  ],
  'settings.lostReasons.fr': [
    'Lost reasons (French)',
    'Motifs de perte (français)',
  ],});
