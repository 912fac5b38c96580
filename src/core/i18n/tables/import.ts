import { bilingual } from '../bilingual';

/**
 * Strings for importing a leads file (.csv, .xlsx) as a new pipeline workbook: the Import
 * report sheet, the command line's summary and progress. Used on the Node side only, so the
 * server bundle does not register them. Each entry: [English, French].
 */
export const IMPORT_STRINGS = bilingual({
  'import.column.row': [
    'Row',
    'Ligne',
  ],
  'import.column.column': [
    'Column',
    'Colonne',
  ],
  'import.column.value': [
    'Value',
    'Valeur',
  ],
  'import.column.problem': [
    'Problem',
    'Problème',
  ],
  'import.none': [
    'No problems: every row of {file} was imported and set up as it is.',
    'Aucun problème : chaque ligne de {file} a été importée et configurée telle quelle.',
  ],
  'import.problem.duplicateId': [
    'Deal ID "{id}" is on {count} rows ({rows}). The Stage History is keyed by Deal ID, so only row {first} got a history row: give each deal its own ID.',
    'L’ID affaire « {id} » figure sur {count} lignes ({rows}). L’historique des étapes est indexé par ID affaire : seule la ligne {first} a reçu une ligne d’historique. Donnez à chaque affaire son propre ID.',
  ],
  'import.problem.generatedId': [
    'No Deal ID: setup gave this deal {id}.',
    'Pas d’ID affaire : la configuration a attribué {id} à cette affaire.',
  ],
  'import.problem.generatedIdColumn': [
    'The file has no Deal ID column: setup added one and numbered the {count} {count:deal|deals} in file order, {first} on row {firstRow} to {last} on row {lastRow}.',
    'Le fichier n’a pas de colonne ID affaire : la configuration en a ajouté une et a numéroté les affaires ({count}) dans l’ordre du fichier, de {first} (ligne {firstRow}) à {last} (ligne {lastRow}).',
  ],
  'import.problem.missingField': [
    '{stage} requires {field}, and {count} {count:deal|deals} in {stage} {count:leaves|leave} it empty ({count:row|rows} {rows}). {count:It is|They are} kept and counted; fill {field} in before the next stage change, which the rules would otherwise refuse.',
    '{stage} exige {field}, et {count} {count:affaire|affaires} en {stage} {count:le laisse|le laissent} vide ({count:ligne|lignes} {rows}). {count:Elle est conservée et comptée|Elles sont conservées et comptées} ; remplissez {field} avant le prochain changement d’étape, que les règles refuseraient sinon.',
  ],
  'import.problem.missingFieldColumn': [
    '{stage} requires {field}, and the file has no {field} column: {count} {count:deal|deals} in {stage} {count:has|have} none. {count:It is|They are} kept and counted; add the column, or change what {stage} requires in Pipeline Settings.',
    '{stage} exige {field}, et le fichier n’a pas de colonne {field} : {count} {count:affaire|affaires} en {stage} n’en {count:a|ont} pas. {count:Elle est conservée et comptée|Elles sont conservées et comptées} ; ajoutez la colonne, ou changez ce qu’exige {stage} dans Paramètres du pipeline.',
  ],
  'import.problem.formulas': [
    'The file’s formulas are kept as their last values: {count} {count:cell|cells}, the first {cell} ({formula}). Put the formulas back in the pipeline if they should keep computing.',
    'Les formules du fichier sont gardées sous forme de leur dernière valeur : {count} {count:cellule|cellules}, la première en {cell} ({formula}). Remettez les formules dans le pipeline si elles doivent continuer à calculer.',
  ],
  'import.problem.dateOrderGuess.dmy': [
    'No date in this column or the file tells the day from the month (such as "{text}"): they were read day first (DD/MM/YYYY), as the {locale} locale writes dates. If they are month first, import the file again with the other locale.',
    'Aucune date de cette colonne ni du fichier ne distingue le jour du mois (comme « {text} ») : elles ont été lues jour d’abord (JJ/MM/AAAA), comme les écrit la langue {locale}. Si le mois vient d’abord, importez de nouveau le fichier avec l’autre langue.',
  ],
  'import.problem.dateOrderGuess.mdy': [
    'No date in this column or the file tells the day from the month (such as "{text}"): they were read month first (MM/DD/YYYY), as the {locale} locale writes dates. If they are day first, import the file again with the other locale.',
    'Aucune date de cette colonne ni du fichier ne distingue le jour du mois (comme « {text} ») : elles ont été lues mois d’abord (MM/JJ/AAAA), comme les écrit la langue {locale}. Si le jour vient d’abord, importez de nouveau le fichier avec l’autre langue.',
  ],
  'import.problem.decimalGuess': [
    'No number in this column tells whether "," or "." marks the decimals (such as "{text}"): "{separator}" was read as the decimal separator, as the {locale} locale writes numbers. If that is wrong, import the file again with the other locale.',
    'Aucun nombre de cette colonne n’indique si « , » ou « . » sépare les décimales (comme « {text} ») : « {separator} » a été lu comme séparateur décimal, comme l’écrit la langue {locale}. Si c’est faux, importez de nouveau le fichier avec l’autre langue.',
  ],
  'import.problem.mixedCurrencies': [
    'Amounts in several currencies ({signs}): the cells are kept as written, but the figures add them up as if they were one currency. Convert them to one currency, and set it in Pipeline Settings.',
    'Montants en plusieurs devises ({signs}) : les cellules sont gardées telles quelles, mais les calculs les additionnent comme une seule devise. Convertissez-les en une seule devise, et indiquez-la dans Paramètres du pipeline.',
  ],
  'import.problem.unknownStage': [
    'Unknown stage "{value}": the deal is kept as it is, without a Stage History row, and counted among the deals without a known stage. Add "{value}" to the aliases of a stage in Pipeline Settings, or pick a stage from the dropdown.',
    'Étape inconnue « {value} » : l’affaire est conservée telle quelle, sans ligne d’historique, et comptée parmi les affaires sans étape reconnue. Ajoutez « {value} » aux alias d’une étape dans Paramètres du pipeline, ou choisissez une étape dans la liste.',
  ],
  'import.problem.unknownStageClosed': [
    'Unknown stage "{value}": the deal counts as {stage} from its Status column, but the stage it had reached is not known, so the funnel and the lost-by-stage table cannot place it. Add "{value}" to the aliases of a stage in Pipeline Settings.',
    'Étape inconnue « {value} » : l’affaire compte comme {stage} d’après sa colonne Statut, mais l’étape qu’elle avait atteinte n’est pas connue : l’entonnoir et le tableau des pertes par étape ne peuvent pas la placer. Ajoutez « {value} » aux alias d’une étape dans Paramètres du pipeline.',
  ],
  'import.problem.statusClosed': [
    'Not a problem: the Status column closes {count} {count:deal|deals} (won: {won}, lost: {lost}). {count:It counts|They count} as won or lost (Stage History included) whatever their Stage cell says; a lost deal was lost at the stage its Stage cell names, unless Lost at stage says otherwise. Stage and Status cells are kept as they are.',
    'Pas un problème : la colonne Statut clôt {count} {count:affaire|affaires} (gagnées : {won}, perdues : {lost}). {count:Elle compte comme gagnée ou perdue|Elles comptent comme gagnées ou perdues} (historique des étapes compris) quoi que dise leur cellule Étape ; une affaire perdue l’a été à l’étape que nomme sa cellule Étape, sauf si Perdue à l’étape dit autre chose. Les cellules Étape et Statut sont gardées telles quelles.',
  ],
  'import.problem.deleted': [
    'Deleted in the CRM: the row is kept, but it is no deal of the pipeline. It is left out of every figure, list and stage count, and has no Stage History row.',
    'Supprimée dans le CRM : la ligne est gardée, mais ce n’est pas une affaire du pipeline. Elle est exclue de tous les calculs, listes et comptes par étape, et n’a pas de ligne d’historique.',
  ],
  'import.summary.status': [
    'Status column: closed as won: {won}, closed as lost: {lost}; deleted, left out: {deleted}.',
    'Colonne Statut : closes gagnées : {won}, closes perdues : {lost} ; supprimées, exclues : {deleted}.',
  ],
  'import.problem.noStage': [
    'No stage: the deal is kept, without a Stage History row, and counted among the deals without a known stage.',
    'Pas d’étape : l’affaire est conservée, sans ligne d’historique, et comptée parmi les affaires sans étape reconnue.',
  ],
  'import.problem.unreadable': [
    '{message} The value is kept as it is and left out of the figures.',
    '{message} La valeur est conservée telle quelle et laissée hors des calculs.',
  ],
  'import.problem.extraValues': [
    'This row has {count} values but the header names {width} columns: the extra values are kept in the columns at the right, which have no header.',
    'Cette ligne a {count} valeurs mais l’en-tête nomme {width} colonnes : les valeurs en trop sont conservées dans les colonnes de droite, sans en-tête.',
  ],
  'import.problem.unclosedQuote': [
    'A quote opened on line {line} of the file is never closed: everything after it was read into this cell. Check the file around that line.',
    'Un guillemet ouvert à la ligne {line} du fichier n’est jamais fermé : tout ce qui suit a été lu dans cette cellule. Vérifiez le fichier autour de cette ligne.',
  ],
  'import.summary.written': [
    'Wrote {file}: {sheets}.',
    '{file} écrit : {sheets}.',
  ],
  'import.summary.deals': [
    'Deals: {deals} (won: {won}, lost: {lost}, open: {open}).',
    'Affaires : {deals} (gagnées : {won}, perdues : {lost}, ouvertes : {open}).',
  ],
  'import.summary.unknownStage': [
    'Deals without a known stage: {count} (kept, not counted in the figures).',
    'Affaires sans étape reconnue : {count} (conservées, non comptées dans les calculs).',
  ],
  'import.summary.winRate': [
    'Win rate: {value} (won / (won + lost)).',
    'Taux de réussite : {value} (gagnées / (gagnées + perdues)).',
  ],
  'import.summary.noWinRate': [
    'Win rate: none yet (no won or lost deal).',
    'Taux de réussite : aucun pour l’instant (aucune affaire gagnée ou perdue).',
  ],
  'import.summary.weightedPipeline': [
    'Weighted pipeline: {value} (sum over open deals of Amount × probability: the deal’s Probability if set, else its stage’s).',
    'Pipeline pondéré : {value} (somme sur les affaires ouvertes du Montant × probabilité : celle de l’affaire si renseignée, sinon celle de son étape).',
  ],
  'import.summary.history': [
    'Stage History rows via import (one per deal with a known stage): {count}.',
    'Lignes de l’historique des étapes via import (une par affaire d’étape reconnue) : {count}.',
  ],
  'import.summary.problems': [
    'Problems: {count}, listed in the "{sheet}" sheet.',
    'Problèmes : {count}, listés dans la feuille « {sheet} ».',
  ],
  'import.summary.noProblems': [
    'Problems: none.',
    'Problèmes : aucun.',
  ],
  'import.progress.read': [
    'Reading {file}',
    'Lecture de {file}',
  ],
  'import.progress.setup': [
    'Setting up {count} {count:deal|deals}',
    'Configuration de {count} {count:affaire|affaires}',
  ],
  'import.progress.reports': [
    'Building the Conversion and Forecast tabs',
    'Création des onglets Conversion et Prévisions',
  ],
  'import.progress.problems': [
    'Listing problems',
    'Liste des problèmes',
  ],
  'import.progress.write': [
    'Writing {file}',
    'Écriture de {file}',
  ],
});
