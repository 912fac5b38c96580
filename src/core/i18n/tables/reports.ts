import { bilingual } from '../bilingual';

/** Strings for the Conversion and Forecast tabs and Validate all rows. Each entry: [English, French]. */
export const REPORT_STRINGS = bilingual({
  // Summary labels (GLOSSARY.md: Win rate ... Weighted pipeline are exact).
  'report.summary.winRate': [
    'Win rate',
    'Taux de réussite',
  ],
  'report.summary.wonDeals': [
    'Won deals',
    'Affaires gagnées',
  ],
  'report.summary.lostDeals': [
    'Lost deals',
    'Affaires perdues',
  ],
  'report.summary.openDeals': [
    'Open deals',
    'Affaires ouvertes',
  ],
  'report.summary.averageDealSize': [
    'Average deal size',
    'Montant moyen',
  ],
  'report.summary.medianDealSize': [
    'Median deal size',
    'Montant médian',
  ],
  'report.summary.wonRevenue': [
    'Won revenue',
    'Chiffre gagné',
  ],
  'report.summary.salesCycle': [
    'Sales cycle (days)',
    'Cycle de vente (jours)',
  ],
  'report.summary.medianSalesCycle': [
    'Median sales cycle (days)',
    'Cycle de vente médian (jours)',
  ],
  'report.summary.lostCycle': [
    'Sales cycle of lost deals (days)',
    'Cycle des affaires perdues (jours)',
  ],
  'report.summary.salesVelocity': [
    'Sales velocity (per day)',
    'Vélocité des ventes (par jour)',
  ],
  'report.summary.staleDeals': [
    'Stale deals',
    'Affaires en sommeil',
  ],
  'report.summary.unknownStage': [
    'Deals without a known stage',
    'Affaires sans étape reconnue',
  ],
  'report.summary.updated': [
    'Updated',
    'Mis à jour',
  ],
  'report.summary.openPipeline': [
    'Open pipeline',
    'Pipeline ouvert',
  ],
  'report.summary.weightedPipeline': [
    'Weighted pipeline',
    'Pipeline pondéré',
  ],
  'report.summary.fittedForecast': [
    'History-fitted forecast',
    'Prévision historique',
  ],
  'report.summary.withoutAmount': [
    'Open deals without an amount',
    'Affaires ouvertes sans montant',
  ],
  // Definitions of the figures the metric table does not define.
  'report.def.dealsOfKind': [
    '{label}: deals whose Stage is one of the {kind} stages ({stages}).',
    '{label} : affaires dont l’Étape est une étape {kind} ({stages}).',
  ],
  'report.def.unknownStage': [
    'Rows whose Stage is blank or names no stage of the pipeline: left out of every figure (Validate all rows marks them).',
    'Lignes dont l’Étape est vide ou ne désigne aucune étape du pipeline : exclues de tous les chiffres (Valider toutes les lignes les signale).',
  ],
  'report.def.updated': [
    'When these figures were computed, from {deals} {deals:deal|deals} on the sheet "{sheet}" and {history} Stage History {history:row|rows}. Refresh reports to update them.',
    'Date du calcul de ces chiffres, à partir de {deals} {deals:affaire|affaires} de la feuille « {sheet} » et de {history} {history:ligne|lignes} de l’historique des étapes. Actualisez les rapports pour les mettre à jour.',
  ],
  'report.def.deletedLeftOut': [
    ' Left out: {count} {count:deal|deals} whose Status is deleted (removed in the CRM: no sales outcome).',
    ' Hors calcul : {count} {count:affaire|affaires} au Statut supprimé (retiré du CRM : pas un résultat commercial).',
  ],
  'report.def.withoutAmount': [
    'Open deals whose Amount is empty: they add nothing to the open, weighted and fitted pipeline.',
    'Affaires ouvertes dont le Montant est vide : elles n’ajoutent rien au pipeline ouvert, pondéré ni historique.',
  ],
  'report.def.category.commit': [
    'Commit: Closed + Σ Amount of open deals whose Forecast category is Commit (or Closed while the deal is still open).',
    'Engagé : Conclu + Σ montant des affaires ouvertes de catégorie Engagé (ou Conclu tant que l’affaire est ouverte).',
  ],
  'report.def.category.bestCase': [
    'Best case: Commit + Σ Amount of open deals whose Forecast category is Best case.',
    'Meilleur cas : Engagé + Σ montant des affaires ouvertes de catégorie Meilleur cas.',
  ],
  'report.def.category.pipeline': [
    'Pipeline: Best case + Σ Amount of open deals whose Forecast category is Pipeline or blank; Omitted and lost deals count in none.',
    'Pipeline : Meilleur cas + Σ montant des affaires ouvertes de catégorie Pipeline ou sans catégorie ; les affaires exclues ou perdues ne comptent dans aucune.',
  ],
  'report.reason.noLostCycle': [
    'No lost deal with both Created and a closing date.',
    'Aucune affaire perdue avec une date de création et de clôture.',
  ],
  // Tables.
  'report.funnel.title': [
    'Funnel: deals that reached each stage',
    'Entonnoir : affaires ayant atteint chaque étape',
  ],
  'report.lostByStage.title': [
    'Lost deals by stage',
    'Affaires perdues par étape',
  ],
  'report.lostByStage.note': [
    'Each lost deal at its Lost at stage, else the stage it left for the lost stage in the Stage History; share = lost deals at this stage ÷ all lost deals ({lost}).',
    'Chaque affaire perdue à son étape « Perdue à l’étape », sinon à l’étape qu’elle a quittée pour l’étape perdue dans l’historique ; part = affaires perdues à cette étape ÷ total des affaires perdues ({lost}).',
  ],
  'report.lostByReason.title': [
    'Lost deals by reason',
    'Affaires perdues par motif',
  ],
  'report.lostByReason.note': [
    'Each lost deal by its Lost reason; share = lost deals with this reason ÷ all lost deals ({lost}).',
    'Chaque affaire perdue selon son Motif de perte ; part = affaires perdues pour ce motif ÷ total des affaires perdues ({lost}).',
  ],
  'report.timeInStage.title': [
    'Time in stage (days)',
    'Temps par étape (jours)',
  ],
  'report.winRateByQuarter.title': [
    'Win rate by close quarter',
    'Taux de réussite par trimestre de clôture',
  ],
  'report.fitted.title': [
    'History-fitted probability by stage',
    'Probabilité historique par étape',
  ],
  'report.forecastByMonth.title': [
    'Forecast by expected-close month',
    'Prévisions par mois de clôture prévue',
  ],
  'report.forecastByOwner.title': [
    'Forecast by owner',
    'Prévisions par responsable',
  ],
  'report.column.share': [
    'Share of lost deals',
    'Part des affaires perdues',
  ],
  'report.column.lostAmount': [
    'Lost amount',
    'Montant perdu',
  ],
  'report.column.lostReason': [
    'Lost reason',
    'Motif de perte',
  ],
  'report.column.medianDays': [
    'Median (days)',
    'Médiane (jours)',
  ],
  'report.column.meanDays': [
    'Mean (days)',
    'Moyenne (jours)',
  ],
  'report.column.latestMedian': [
    'Latest visit per deal, median (days)',
    'Dernier passage par affaire, médiane (jours)',
  ],
  'report.column.cumulativeMedian': [
    'Cumulative per deal, median (days)',
    'Cumulé par affaire, médiane (jours)',
  ],
  'report.column.openAge': [
    'Median age of open visits (days)',
    'Âge médian des passages en cours (jours)',
  ],
  'report.column.quarter': [
    'Close quarter',
    'Trimestre de clôture',
  ],
  'report.column.fitted': [
    'History-fitted probability',
    'Probabilité historique',
  ],
  'report.column.sampleSize': [
    'Sample size (closed deals)',
    'Taille de l’échantillon (affaires closes)',
  ],
  'report.column.settingsProbability': [
    'Probability in settings',
    'Probabilité des paramètres',
  ],
  'report.column.owner': [
    'Owner',
    'Responsable',
  ],
  'report.none.stage': [
    '(stage not known)',
    '(étape inconnue)',
  ],
  'report.none.reason': [
    '(no reason given)',
    '(sans motif)',
  ],
  'report.none.quarter': [
    '(no close date)',
    '(sans date de clôture)',
  ],
  'report.none.owner': [
    '(no owner)',
    '(sans responsable)',
  ],
  'report.empty': [
    'No data yet.',
    'Pas encore de données.',
  ],
  'report.chart.funnel': [
    'Deals that reached each stage',
    'Affaires ayant atteint chaque étape',
  ],
  'report.chart.forecast': [
    'Open pipeline by expected-close month',
    'Pipeline ouvert par mois de clôture prévue',
  ],
  'report.tempName': [
    '{name} (updating…)',
    '{name} (mise à jour…)',
  ],
  // Validate all rows.
  'validate.notePrefix': [
    '⚠ Sheets Pipeline: ',
    '⚠ Sheets Pipeline : ',
  ],
  'validate.unknownStage': [
    'Unknown stage "{value}": use one of {stages}.',
    'Étape inconnue « {value} » : utilisez {stages}.',
  ],
  'validate.blankStage': [
    'No stage: use one of {stages}.',
    'Pas d’étape : utilisez {stages}.',
  ],
  'validate.missingField': [
    '{field} is required in the stage {stage}.',
    '{field} est obligatoire à l’étape {stage}.',
  ],
  'validate.missingFieldColumn': [
    'The stage {stage} requires {field}, but this sheet has no {field} column.',
    'L’étape {stage} exige {field}, mais cette feuille n’a pas de colonne {field}.',
  ],
  'validate.missingId': [
    'No Deal ID: the Stage History cannot follow this deal. Run Set up this sheet to generate one.',
    'Pas d’ID affaire : l’historique des étapes ne peut pas suivre cette affaire. Lancez Configurer cette feuille pour en générer un.',
  ],
  'validate.noIdColumn': [
    'This sheet has no Deal ID column: the Stage History cannot follow its deals. Run Set up this sheet to add one.',
    'Cette feuille n’a pas de colonne ID affaire : l’historique des étapes ne peut pas suivre ses affaires. Lancez Configurer cette feuille pour l’ajouter.',
  ],
  'validate.duplicateId': [
    'Deal ID {id} is also used on row {rows}: each deal needs its own ID.',
    'L’ID affaire {id} est aussi utilisé ligne {rows} : chaque affaire doit avoir son propre ID.',
  ],
  'validate.historyMismatch': [
    'Stage is {stage}, but the Stage History last moved this deal to {history}.',
    'L’étape est {stage}, mais l’historique des étapes a placé cette affaire en dernier à l’étape {history}.',
  ],
  'validate.kind.unknown-stage': [
    'unknown or blank stage',
    'étape inconnue ou vide',
  ],
  'validate.kind.missing-field': [
    'missing required field',
    'champ obligatoire manquant',
  ],
  'validate.kind.missing-id': [
    'missing Deal ID',
    'ID affaire manquant',
  ],
  'validate.kind.duplicate-id': [
    'duplicate Deal ID',
    'ID affaire en double',
  ],
  'validate.kind.history-mismatch': [
    'stage differs from the Stage History',
    'étape différente de l’historique',
  ],
  'validate.kind.unreadable': [
    'unreadable cell',
    'cellule illisible',
  ],
  'validate.summary.none': [
    'Rows checked: {rows}. No problems found.',
    'Lignes vérifiées : {rows}. Aucun problème.',
  ],
  'validate.summary.some': [
    'Rows checked: {rows}. Problems: {count}, on {problemRows} of them ({kinds}), each marked with a note starting "⚠ Sheets Pipeline". No data was changed.',
    'Lignes vérifiées : {rows}. Problèmes : {count}, sur {problemRows} d’entre elles ({kinds}), chacun signalé par une note commençant par « ⚠ Sheets Pipeline ». Aucune donnée n’a été modifiée.',
  ],
});
