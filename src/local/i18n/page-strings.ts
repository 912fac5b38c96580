import { bilingual } from '../../core/i18n/bilingual';
import { translator } from './translator';

const NBSP = '\u00a0';

/**
 * The local preview page's own strings (src/local/preview/page): its top bar, status,
 * toasts, grid and chart texts, and what screen readers read. Bundled into
 * dist/local/preview.html alone, so the CLI's strings stay out of it. Each entry:
 * [English, French]; `{name}` placeholders; French with no-break spaces (U+00A0) before
 * « : ; ? ! » and inside guillemets. The sheet names are the glossary's (the page speaks the
 * language the preview imports in).
 */
export const PAGE_STRINGS = bilingual({
  'page.title': [
    'Sheets Pipeline — local preview',
    'Sheets Pipeline — aperçu local',
  ],
  'page.import': [
    'Import a file…',
    'Importer un fichier…',
  ],
  'page.download': [
    'Download .xlsx',
    'Télécharger en .xlsx',
  ],
  'page.formula': [
    'Selected cell content',
    'Contenu de la cellule sélectionnée',
  ],
  'page.grid': [
    'Sheet',
    'Feuille',
  ],
  'page.sidebar': [
    'Add-on sidebar',
    'Panneau du module complémentaire',
  ],
  'page.sidebarFrame': [
    'Sheets Pipeline sidebar',
    'Panneau Sheets Pipeline',
  ],
  'page.tabs': [
    'Sheets',
    'Feuilles',
  ],
  'status.saving': [
    'Saving…',
    'Enregistrement…',
  ],
  'status.saved': [
    'All changes saved',
    'Toutes les modifications sont enregistrées',
  ],
  'status.importing': [
    'Importing {file}…',
    'Import de {file}…',
  ],
  'toast.invalidInput': [
    'Invalid input',
    'Saisie non valide',
  ],
  'toast.inputRejected': [
    'The input was rejected.',
    'La saisie a été refusée.',
  ],
  'toast.onEditFailed': [
    'onEdit failed',
    'Échec de onEdit',
  ],
  'toast.editFailed': [
    'Edit failed',
    'Échec de la modification',
  ],
  'toast.loadFailed': [
    'Could not load the workbook',
    'Impossible de charger le classeur',
  ],
  'toast.importFailed': [
    'Import failed',
    'Échec de l’import',
  ],
  'toast.imported': [
    'Imported {file}',
    '{file} importé',
  ],
  'import.summary': [
    '{deals}, {problems}.',
    '{deals}, {problems}.',
  ],
  'import.summaryWithBackup': [
    '{deals}, {problems}. The previous workbook is kept as {backup}.',
    '{deals}, {problems}. Le classeur précédent est conservé sous {backup}.',
  ],
  'import.deals': [
    '{count} {count:deal|deals}',
    '{count} {count:affaire|affaires}',
  ],
  'import.problems.none': [
    'no problems',
    'aucun problème',
  ],
  'import.problems': [
    '{count} {count:problem|problems} listed in the Import report',
    "{count} {count:problème listé|problèmes listés} dans le Rapport d'import",
  ],
  'error.noServer': [
    'The preview server does not answer: is npm start still running?',
    `Le serveur de l’aperçu ne répond pas${NBSP}: npm start est-il toujours lancé${NBSP}?`,
  ],
  'error.http': [
    'The preview server answered HTTP {status}.',
    'Le serveur de l’aperçu a répondu HTTP {status}.',
  ],
  'grid.editCell': [
    'Edit {cell}',
    'Modifier {cell}',
  ],
  'chart.noData': [
    'No data',
    'Aucune donnée',
  ],
  'chart.series': [
    'Series {number}',
    'Série {number}',
  ],
  'chart.untitled': [
    '{type} chart',
    'Graphique {type}',
  ],
  'chart.type.BAR': [
    'Bar chart',
    'Graphique à barres',
  ],
  'chart.type.COLUMN': [
    'Column chart',
    'Graphique à colonnes',
  ],
  'chart.type.LINE': [
    'Line chart',
    'Graphique en courbes',
  ],
  'chart.type.AREA': [
    'Area chart',
    'Graphique en aires',
  ],
  'chart.type.STEPPED_AREA': [
    'Stepped area chart',
    'Graphique en aires à escalier',
  ],
  'chart.type.PIE': [
    'Pie chart',
    'Graphique à secteurs',
  ],
  'chart.type.SCATTER': [
    'Scatter chart',
    'Graphique à nuage de points',
  ],
  'chart.pointTooltip': [
    '{category} — {series}: {value}',
    `{category} — {series}${NBSP}: {value}`,
  ],
  'chart.sliceTooltip': [
    '{category}: {value} ({share})',
    `{category}${NBSP}: {value} ({share})`,
  ],
  'chart.seriesSummary': [
    '{series}: {points}',
    `{series}${NBSP}: {points}`,
  ],
  'chart.summarySeparator': [
    '; ',
    `${NBSP}; `,
  ],
});

export type PageStringKey = keyof (typeof PAGE_STRINGS)['en'];

/** A page string in `language`, placeholders filled. */
export const pageText = translator(PAGE_STRINGS);
