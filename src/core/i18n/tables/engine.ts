import { bilingual } from '../bilingual';

/** Strings of the pipeline engine: metric definitions, lead score, custom functions, deal statuses. Each entry: [English, French]. */
export const ENGINE_STRINGS = bilingual({
  'metric.reached': [
    'Deals that reached this stage: the Stage History shows it entered this stage or a later open or won stage (skipped stages count as passed); without history, open and won deals reached every stage up to their current one, lost deals every stage up to their Lost at stage, or up to the last open stage of the order when Lost at stage is blank.',
    'Affaires ayant atteint cette étape : l’historique des étapes montre qu’elles sont entrées dans cette étape ou dans une étape ouverte ou gagnée ultérieure (les étapes sautées comptent comme franchies) ; sans historique, une affaire ouverte ou gagnée a atteint toutes les étapes jusqu’à l’actuelle, une affaire perdue celles jusqu’à son étape « Perdue à l’étape », ou jusqu’à la dernière étape ouverte de l’ordre quand celle-ci est vide.',
  ],
  'metric.stageConversion': [
    'Conversion {from} → {to}: deals that reached {to} ÷ deals that reached {from} (never ÷ the deals currently in {from}).',
    'Conversion {from} → {to} : affaires ayant atteint {to} ÷ affaires ayant atteint {from} (jamais ÷ les affaires actuellement en {from}).',
  ],
  'metric.nextStepConversion': [
    'Next-step conversion: deals that reached the next stage ÷ deals that reached this stage.',
    'Conversion vers l’étape suivante : affaires ayant atteint l’étape suivante ÷ affaires ayant atteint cette étape.',
  ],
  'metric.cumulativeConversion': [
    'Cumulative conversion: deals that reached this stage ÷ deals that reached the first stage.',
    'Conversion cumulée : affaires ayant atteint cette étape ÷ affaires ayant atteint la première étape.',
  ],
  'metric.winRate': [
    'Win rate: won ÷ (won + lost) deals; with a period, deals whose closing date (entry into the won or lost stage in the Stage History, else Expected close) falls in it.',
    'Taux de réussite : affaires gagnées ÷ (gagnées + perdues) ; sur une période, les affaires dont la date de clôture (entrée dans l’étape gagnée ou perdue dans l’historique, sinon Clôture prévue) y tombe.',
  ],
  'metric.wonRevenue': [
    'Won revenue: total Amount of won deals.',
    'Chiffre gagné : somme des montants des affaires gagnées.',
  ],
  'metric.averageDealSize': [
    'Average deal size: mean Amount of won deals (deals without an Amount are left out).',
    'Montant moyen : moyenne des montants des affaires gagnées (les affaires sans montant sont exclues).',
  ],
  'metric.medianDealSize': [
    'Median deal size: middle Amount of won deals (half are smaller, half larger).',
    'Montant médian : montant du milieu des affaires gagnées (la moitié est inférieure, la moitié supérieure).',
  ],
  'metric.salesCycle': [
    'Sales cycle: days from Created (blank: when the Stage History shows the deal entering the pipeline by an edit, a paste or the sidebar) to the closing date of won deals, mean and median (deals missing either date are left out).',
    'Cycle de vente : jours entre Créée le (vide : l’entrée de l’affaire dans le pipeline par une saisie, un collage ou le panneau, selon l’historique) et la date de clôture des affaires gagnées, moyenne et médiane (les affaires sans l’une des deux dates sont exclues).',
  ],
  'metric.salesCycleLost': [
    'Sales cycle of lost deals: days from Created (blank: the deal’s entry into the pipeline, from the Stage History) to the closing date, mean and median.',
    'Cycle des affaires perdues : jours entre Créée le (vide : l’entrée de l’affaire dans le pipeline, selon l’historique) et la date de clôture, moyenne et médiane.',
  ],
  'metric.salesCycleClosed': [
    'Sales cycle of closed deals: days from Created (blank: the deal’s entry into the pipeline, from the Stage History) to the closing date of won and lost deals, mean and median.',
    'Cycle des affaires closes : jours entre Créée le (vide : l’entrée de l’affaire dans le pipeline, selon l’historique) et la date de clôture des affaires gagnées et perdues, moyenne et médiane.',
  ],
  'metric.timeInStage': [
    'Time in stage: days from entering the stage to the next move, per completed visit in the Stage History (median and mean); latest = each deal’s last visit, cumulative = each deal’s visits added up.',
    'Temps par étape : jours entre l’entrée dans l’étape et le changement suivant, par passage terminé dans l’historique (médiane et moyenne) ; dernier = le dernier passage de chaque affaire, cumulé = ses passages additionnés.',
  ],
  'metric.openVisitAge': [
    'Open visits: days since deals still in this stage entered it, as of {date}.',
    'Passages en cours : jours depuis l’entrée des affaires encore dans cette étape, au {date}.',
  ],
  'metric.staleDeal': [
    'Stale: an open deal in its stage for more days than the stage’s stale days, unless its Next step due is later than {date}.',
    'En sommeil : affaire ouverte restée dans son étape plus de jours que le seuil de l’étape, sauf si son échéance est postérieure au {date}.',
  ],
  'metric.openPipeline': [
    'Open pipeline: total Amount of open deals.',
    'Pipeline ouvert : somme des montants des affaires ouvertes.',
  ],
  'metric.weightedPipeline': [
    'Weighted pipeline: Σ Amount × probability over open deals (the deal’s Probability if set, else its stage’s).',
    'Pipeline pondéré : Σ montant × probabilité des affaires ouvertes (la probabilité de l’affaire si elle est renseignée, sinon celle de son étape).',
  ],
  'metric.forecastCategories': [
    'Forecast categories are cumulative: Closed (won) ⊂ Commit ⊂ Best case ⊂ Pipeline; Omitted and lost deals count in none. A blank category on an open deal counts as Pipeline.',
    'Les catégories de prévision sont cumulatives : Conclu (gagné) ⊂ Engagé ⊂ Meilleur cas ⊂ Pipeline ; les affaires exclues ou perdues ne comptent dans aucune. Une affaire ouverte sans catégorie compte dans Pipeline.',
  ],
  'metric.forecastByMonth': [
    'Forecast by month: open deals by the month of their Expected close (won deals by the month they closed), in the spreadsheet’s time zone.',
    'Prévisions par mois : affaires ouvertes selon le mois de leur clôture prévue (affaires gagnées selon le mois de leur clôture), dans le fuseau horaire du classeur.',
  ],
  'metric.forecastByOwner': [
    'Forecast by owner: open deals and won deals by Owner.',
    'Prévisions par responsable : affaires ouvertes et gagnées par responsable.',
  ],
  'metric.fittedProbability': [
    'History-fitted probability: won ÷ closed deals among the closed deals that reached this stage; n = number of those closed deals.',
    'Probabilité historique : affaires gagnées ÷ affaires closes parmi les affaires closes ayant atteint cette étape ; n = nombre de ces affaires closes.',
  ],
  'metric.fittedForecast': [
    'Fitted forecast: Σ Amount of open deals × the history-fitted probability of the furthest stage they reached.',
    'Prévision historique : Σ montant des affaires ouvertes × probabilité historique de l’étape la plus avancée atteinte.',
  ],
  'metric.salesVelocity': [
    'Sales velocity: open deals × win rate × average deal size ÷ sales cycle days = expected revenue per day.',
    'Vélocité des ventes : affaires ouvertes × taux de réussite × montant moyen ÷ durée du cycle en jours = chiffre attendu par jour.',
  ],
  'metric.leadScore': [
    'Lead score 0–100: 25 points each for Need, Budget, Authority and Timing; when a fit rating (0–1) is given, 20 points each for the four and up to 20 for fit.',
    'Score 0–100 : 25 points chacun pour Besoin, Budget, Autorité et Échéancier ; si une note d’adéquation (0–1) est fournie, 20 points chacun pour les quatre et jusqu’à 20 pour l’adéquation.',
  ],
  'metric.reason.no-closed-deals': [
    'No won or lost deals yet.',
    'Aucune affaire gagnée ou perdue pour l’instant.',
  ],
  'metric.reason.no-deals-reached': [
    'No deal reached this stage.',
    'Aucune affaire n’a atteint cette étape.',
  ],
  'metric.reason.last-stage': [
    'Last stage of the order.',
    'Dernière étape de l’ordre.',
  ],
  'metric.reason.no-won-deals': [
    'No won deal with an Amount.',
    'Aucune affaire gagnée avec un montant.',
  ],
  'metric.reason.zero-sales-cycle': [
    'The sales cycle of won deals averages 0 days or less (won the day they were created, or Created after the close): there is no per-day figure.',
    'Le cycle de vente des affaires gagnées est en moyenne de 0 jour ou moins (gagnées le jour de leur création, ou Créée le après la clôture) : pas de chiffre par jour.',
  ],
  'metric.reason.no-sales-cycle': [
    'No won deal with both Created and a closing date.',
    'Aucune affaire gagnée avec une date de création et de clôture.',
  ],
  'metric.reason.no-open-deals': [
    'No open deals.',
    'Aucune affaire ouverte.',
  ],
  'leadScore.need': [
    'Need',
    'Besoin',
  ],
  'leadScore.budget': [
    'Budget',
    'Budget',
  ],
  'leadScore.authority': [
    'Authority',
    'Autorité',
  ],
  'leadScore.timing': [
    'Timing',
    'Échéancier',
  ],
  'leadScore.fit': [
    'Fit',
    'Adéquation',
  ],
  'leadScore.met': [
    '{criterion} ✓ {points}/{max}',
    '{criterion} ✓ {points}/{max}',
  ],
  'leadScore.notMet': [
    '{criterion} ✗ 0/{max}',
    '{criterion} ✗ 0/{max}',
  ],
  'leadScore.explanation': [
    'Score {score}/100: {parts}.',
    'Score {score}/100 : {parts}.',
  ],
  'fn.error.notColumn': [
    '{name} must be one column or one row of cells, not {rows} {rows:row|rows} × {columns} {columns:column|columns}.',
    '{name} doit être une colonne ou une ligne de cellules, pas {rows} {rows:ligne|lignes} × {columns} {columns:colonne|colonnes}.',
  ],
  'fn.error.lengthMismatch': [
    '{first} has {firstCount} {firstCount:row|rows} but {second} has {secondCount}.',
    '{first} a {firstCount} {firstCount:ligne|lignes} mais {second} en a {secondCount}.',
  ],
  'fn.error.unknownStage': [
    'Unknown stage "{value}" ({name}, value {position}). Known stages: {known}.',
    'Étape inconnue « {value} » ({name}, valeur {position}). Étapes connues : {known}.',
  ],
  'fn.error.unknownStageArgument': [
    'Unknown stage "{value}" in {name}. Known stages: {known}.',
    'Étape inconnue « {value} » dans {name}. Étapes connues : {known}.',
  ],
  'fn.error.notInOrder': [
    'The stage "{value}" is not in the stage order given.',
    'L’étape « {value} » ne figure pas dans l’ordre des étapes donné.',
  ],
  'fn.error.notInFunnel': [
    'The stage "{value}" is not a step of the funnel: conversion runs along the open and won stages.',
    'L’étape « {value} » n’est pas une étape de l’entonnoir : la conversion suit les étapes ouvertes et gagnées.',
  ],
  'fn.error.order.unknown': [
    'Invalid stage order: unknown stage "{stage}".',
    'Ordre des étapes invalide : étape inconnue « {stage} ».',
  ],
  'fn.error.order.lost': [
    'Invalid stage order: "{stage}" is a lost stage; an order lists open and won stages only.',
    'Ordre des étapes invalide : « {stage} » est une étape perdue ; un ordre ne contient que des étapes ouvertes et gagnées.',
  ],
  'fn.error.order.twice': [
    'Invalid stage order: "{stage}" is listed twice.',
    'Ordre des étapes invalide : « {stage} » y figure deux fois.',
  ],
  'fn.error.incompleteHistory': [
    '{name}, value {position} is blank but the rest of that history row is filled: each move needs a Deal ID, a stage and a time.',
    '{name}, valeur {position} : vide alors que le reste de cette ligne d’historique est rempli ; chaque changement a besoin d’un ID affaire, d’une étape et d’une date.',
  ],
  'fn.error.lostAtNotOpen': [
    '{name}, value {position}: "{value}" is not an open stage; a deal is lost at the open stage it left.',
    '{name}, valeur {position} : « {value} » n’est pas une étape ouverte ; une affaire est perdue à l’étape ouverte qu’elle quittait.',
  ],
  'fn.error.notNumber': [
    '{name}, value {position}: "{value}" is not a number.',
    '{name}, valeur {position} : « {value} » n’est pas un nombre.',
  ],
  'fn.error.notDate': [
    '{name}, value {position}: "{value}" is not a date.',
    '{name}, valeur {position} : « {value} » n’est pas une date.',
  ],
  'fn.error.notProbability': [
    '{name}, value {position}: "{value}" is not a probability (0–1 or 0–100 %).',
    '{name}, valeur {position} : « {value} » n’est pas une probabilité (0–1 ou 0–100 %).',
  ],
  'fn.error.mixedDateOrder': [
    '{name} mixes day-first ("{dayFirst}") and month-first ("{monthFirst}") dates: write them one way.',
    '{name} mélange des dates jour d’abord (« {dayFirst} ») et mois d’abord (« {monthFirst} ») : écrivez-les d’une seule façon.',
  ],
  'fn.error.noValue': [
    'No value: {reason}',
    'Pas de valeur : {reason}',
  ],
  'fn.error.notBoolean': [
    '{name}, value {position}: "{value}" is not TRUE or FALSE.',
    '{name}, valeur {position} : « {value} » n’est ni VRAI ni FAUX.',
  ],
  'fn.error.badDate': [
    '{name} must be a date.',
    '{name} doit être une date.',
  ],
  'fn.error.settings': [
    'The Pipeline Settings sheet has a problem in {cell}: {message}',
    'La feuille Paramètres du pipeline a un problème en {cell} : {message}',
  ],
  'fn.header.stage': [
    'Stage',
    'Étape',
  ],
  'fn.header.reached': [
    'Reached',
    'Atteinte',
  ],
  'fn.header.nextStep': [
    'Next-step conversion',
    'Conversion vers l’étape suivante',
  ],
  'fn.header.cumulative': [
    'Cumulative conversion',
    'Conversion cumulée',
  ],
  'fn.header.month': [
    'Month',
    'Mois',
  ],
  'fn.header.open': [
    'Open pipeline',
    'Pipeline ouvert',
  ],
  'fn.header.weighted': [
    'Weighted pipeline',
    'Pipeline pondéré',
  ],
  'fn.header.visits': [
    'Completed visits',
    'Passages terminés',
  ],
  'fn.header.medianDays': [
    'Median days',
    'Jours (médiane)',
  ],
  'fn.header.meanDays': [
    'Mean days',
    'Jours (moyenne)',
  ],
  'fn.header.latestMedianDays': [
    'Latest visit, median days',
    'Dernier passage, jours (médiane)',
  ],
  'fn.header.cumulativeMedianDays': [
    'Cumulative, median days',
    'Cumulé, jours (médiane)',
  ],
  'fn.header.openAgeDays': [
    'Open visits, median age in days',
    'Passages en cours, âge médian en jours',
  ],
  'fn.header.openVisits': [
    'Open visits',
    'Passages en cours',
  ],
  'fn.noExpectedClose': [
    '(no expected close)',
    '(sans clôture prévue)',
  ],
  'parse.badStatus': [
    'Unknown status "{value}": write open, won, lost or deleted.',
    'Statut inconnu « {value} » : écrivez ouvert, gagné, perdu ou supprimé.',
  ],
  'status.open': [
    'open',
    'ouvert',
  ],
  'status.won': [
    'won',
    'gagné',
  ],
  'status.lost': [
    'lost',
    'perdu',
  ],
});
