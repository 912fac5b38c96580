import { bilingual } from '../bilingual';

/** Strings for setting up and converting a sheet, normalising stage names, stale and overdue formatting. Each entry: [English, French]. */
export const SETUP_STRINGS = bilingual({
  'setup.title': [
    'Pipeline set up',
    'Pipeline configuré',
  ],
  'setup.summary.sheet': [
    'Sheet "{sheet}", header on row {row}.',
    'Feuille « {sheet} », en-tête sur la ligne {row}.',
  ],
  'setup.summary.deals': [
    'Deals found: {count}.',
    'Affaires trouvées : {count}.',
  ],
  'setup.summary.idsGenerated': [
    'Deal IDs generated: {count} ({first} to {last}).',
    'ID d’affaire générés : {count} (de {first} à {last}).',
  ],
  'setup.summary.noIdsGenerated': [
    'Deal IDs generated: none.',
    'ID d’affaire générés : aucun.',
  ],
  'setup.summary.columnsAdded': [
    'Columns added at the right: {columns}.',
    'Colonnes ajoutées à droite : {columns}.',
  ],
  'setup.summary.noColumnsAdded': [
    'Columns added: none (your columns are kept as they are).',
    'Colonnes ajoutées : aucune (vos colonnes restent telles quelles).',
  ],
  'setup.summary.datesFilled': [
    'Empty Stage entered dates filled with today’s date: {entered}. Created is left blank where it was: when those deals were created is not known.',
    'Dates d’entrée dans l’étape vides remplies à la date du jour : {entered}. Créée le reste vide là où elle l’était : la création de ces affaires n’est pas connue.',
  ],
  'setup.summary.history': [
    'Stage History rows added: {count}.',
    'Lignes ajoutées à l’historique des étapes : {count}.',
  ],
  'setup.summary.settingsCreated': [
    'Created the sheet "{sheet}" with the default stages: edit it to change stages, probabilities and rules.',
    'Feuille « {sheet} » créée avec les étapes par défaut : modifiez-la pour changer les étapes, les probabilités et les règles.',
  ],
  'setup.summary.historyCreated': [
    'Created the sheet "{sheet}", the log of every stage change.',
    'Feuille « {sheet} » créée : le journal de chaque changement d’étape.',
  ],
  'setup.summary.unrecognised': [
    'Stages not recognised, left as they are: {list}. Pick a stage from the dropdown, or add the name as an alias in the settings.',
    'Étapes non reconnues, laissées telles quelles : {list}. Choisissez une étape dans la liste, ou ajoutez ce nom comme alias dans les paramètres.',
  ],
  'setup.summary.differentlySpelt': [
    'Stages spelt differently from their names, left as they are: {list}. Choose Normalise stage names to rewrite them.',
    'Étapes écrites autrement que leur nom, laissées telles quelles : {list}. Choisissez Normaliser les noms d’étapes pour les réécrire.',
  ],
  'setup.summary.statusClosed': [
    'Status column: deals counted as won: {won}, as lost: {lost}; their Stage cell is kept as the stage they were at (for a lost deal, its Lost at stage).',
    'Colonne Statut : affaires comptées gagnées : {won}, perdues : {lost} ; leur cellule Étape est gardée comme l’étape où elles en étaient (pour une affaire perdue, son étape de perte).',
  ],
  'setup.summary.statusDeleted': [
    'Status deleted: {count} {count:deal|deals} kept in the sheet but left out of the Stage History and of every figure.',
    'Statut supprimé : {count} {count:affaire gardée|affaires gardées} dans la feuille mais {count:exclue|exclues} de l’historique des étapes et de tous les calculs.',
  ],
  'setup.summary.unrecognisedStatus': [
    'Statuses not recognised, read as no status (write open, won, lost or deleted): {list}.',
    'Statuts non reconnus, lus comme vides (écrivez ouvert, gagné, perdu ou supprimé) : {list}.',
  ],
  'setup.summary.unrecognisedItem': [
    '"{text}" ({rows})',
    '« {text} » ({rows})',
  ],
  'setup.summary.differentItem': [
    '"{text}" = {canonical} ({rows})',
    '« {text} » = {canonical} ({rows})',
  ],
  'setup.summary.row': [
    'row {rows}',
    'ligne {rows}',
  ],
  'setup.summary.rows': [
    'rows {rows}',
    'lignes {rows}',
  ],
  'setup.summary.moreRows': [
    '{rows} and {more} more',
    '{rows} et {more} autres',
  ],
  'setup.summary.duplicateIds': [
    'Deal IDs on more than one row (the history cannot tell these deals apart): {list}.',
    'ID d’affaire présents sur plusieurs lignes (l’historique ne peut pas distinguer ces affaires) : {list}.',
  ],
  'setup.summary.checkboxes': [
    'Checkboxes on: {columns}.',
    'Cases à cocher sur : {columns}.',
  ],
  'setup.summary.checkboxSkipped': [
    'No checkboxes on "{column}": it holds other values (row {row}: "{value}").',
    'Pas de cases à cocher sur « {column} » : la colonne contient d’autres valeurs (ligne {row} : « {value} »).',
  ],
  'setup.summary.unchanged': [
    'Already set up: nothing needed changing.',
    'Déjà configuré : rien à changer.',
  ],
  'setup.error.ownedSheet': [
    'The sheet "{sheet}" belongs to Sheets Pipeline. Open the sheet of leads you want to set up, then choose Set up this sheet again.',
    'La feuille « {sheet} » appartient à Sheets Pipeline. Ouvrez la feuille de prospects à configurer, puis choisissez à nouveau Configurer cette feuille.',
  ],
  'setup.error.settings': [
    'The sheet "{sheet}" has a mistake in {cell}: {message} Fix it, then set up again.',
    'La feuille « {sheet} » contient une erreur en {cell} : {message} Corrigez-la, puis relancez la configuration.',
  ],
  'setup.error.title': [
    'Cannot set up this sheet',
    'Impossible de configurer cette feuille',
  ],
  'setup.stageHelp': [
    'Choose a stage: {stages}.',
    'Choisissez une étape : {stages}.',
  ],
  'normalise.title': [
    'Stage names normalised',
    'Noms d’étapes normalisés',
  ],
  'normalise.summary.changed': [
    'Stage cells rewritten to their names: {count}, each logged in the Stage History.',
    'Cellules d’étape réécrites avec leur nom : {count}, chacune inscrite dans l’historique des étapes.',
  ],
  'normalise.summary.none': [
    'Every recognised stage is already written as its name.',
    'Chaque étape reconnue est déjà écrite avec son nom.',
  ],
  'normalise.summary.noId': [
    'Left as they are because the row has no Deal ID (choose Set up this sheet to generate them): {list}.',
    'Laissées telles quelles car la ligne n’a pas d’ID d’affaire (choisissez Configurer cette feuille pour les générer) : {list}.',
  ],
  'normalise.summary.formulas': [
    'Left as they are because the cell holds a formula: {list}.',
    'Laissées telles quelles car la cellule contient une formule : {list}.',
  ],
  'normalise.error.noPipeline': [
    'This spreadsheet has no pipeline sheet yet: open your sheet of leads and choose Set up this sheet first.',
    'Ce classeur n’a pas encore de feuille de pipeline : ouvrez votre feuille de prospects et choisissez d’abord Configurer cette feuille.',
  ],
  'normalise.error.title': [
    'Cannot normalise stage names',
    'Impossible de normaliser les noms d’étapes',
  ],
});
