import { bilingual } from '../bilingual';

/** Strings for the sidebar's views: the selected deal, its forms, the lists, the settings editor. Each entry: [English, French]. */
export const SIDEBAR_STRINGS = bilingual({
  // The sidebar's frame: loading, errors, deals by stage (only the sidebar shows them).
  'sidebar.loading': [
    'Loading…',
    'Chargement…',
  ],
  'sidebar.retry': [
    'Try again',
    'Réessayer',
  ],
  'sidebar.error': [
    'Could not load the pipeline: {message}',
    'Impossible de charger le pipeline : {message}',
  ],
  'sidebar.dealsByStage': [
    'Deals by stage',
    'Affaires par étape',
  ],
  'sidebar.dealsByStageNote': [
    'Deals whose Stage cell is this stage (or one of its aliases) on the sheet "{sheet}".',
    'Affaires dont la cellule Étape contient cette étape (ou l’un de ses alias) dans la feuille « {sheet} ».',
  ],
  'sidebar.total': [
    'Total',
    'Total',
  ],
  'sidebar.unrecognised': [
    'Not a known stage',
    'Étape inconnue',
  ],
  'sidebar.blank': [
    'No stage',
    'Sans étape',
  ],
  'sidebar.showActiveRow': [
    'Show the active row',
    'Afficher la ligne active',
  ],
  'sidebar.working': [
    'Working…',
    'En cours…',
  ],
  'sidebar.deal.title': [
    'Selected deal',
    'Affaire sélectionnée',
  ],
  'sidebar.deal.none': [
    'Select a row of the Pipeline sheet to work on its deal here.',
    'Sélectionnez une ligne de la feuille Pipeline pour travailler ici sur son affaire.',
  ],
  'sidebar.deal.noName': [
    '(no name)',
    '(sans nom)',
  ],
  'sidebar.deal.inStage': [
    'In {stage} for {days} {days:day|days}',
    'En {stage} depuis {days} {days:jour|jours}',
  ],
  'sidebar.deal.inStageOneDay': [
    'In {stage} for 1 day',
    'En {stage} depuis 1 jour',
  ],
  'sidebar.deal.inStageToday': [
    'In {stage} since today',
    'En {stage} depuis aujourd’hui',
  ],
  'sidebar.deal.inStageUnknown': [
    'In {stage}',
    'En {stage}',
  ],
  'sidebar.deal.noId': [
    'This row has no Deal ID, so the sidebar cannot act on it. Type its stage in the Stage cell (the add-on then gives it an ID), or type an ID in the Deal ID cell.',
    'Cette ligne n’a pas d’ID affaire : le panneau ne peut pas agir dessus. Saisissez son étape dans la cellule Étape (l’add-on lui donne alors un ID), ou saisissez un ID dans la cellule ID affaire.',
  ],
  'sidebar.deal.noStage': [
    'No stage yet',
    'Pas encore d’étape',
  ],
  'sidebar.deal.lostAt': [
    'Lost at {stage}: {reason}',
    'Perdue à l’étape {stage} : {reason}',
  ],
  'sidebar.deal.empty': [
    '—',
    '—',
  ],
  'sidebar.path.title': [
    'Stage path',
    'Parcours',
  ],
  'sidebar.path.passed': [
    'passed',
    'franchie',
  ],
  'sidebar.path.skipped': [
    'skipped, counts as passed',
    'sautée, compte comme franchie',
  ],
  'sidebar.path.current': [
    'current stage',
    'étape actuelle',
  ],
  'sidebar.path.future': [
    'not reached yet',
    'pas encore atteinte',
  ],
  'sidebar.history.title': [
    'History ({count})',
    'Historique ({count})',
  ],
  'sidebar.history.empty': [
    'No stage change logged yet.',
    'Aucun changement d’étape enregistré.',
  ],
  'sidebar.history.entered': [
    'Entered {to}',
    'Entrée en {to}',
  ],
  'sidebar.history.moved': [
    '{from} → {to}',
    '{from} → {to}',
  ],
  'sidebar.history.byVia': [
    '{user}, {via}',
    '{user}, {via}',
  ],
  'sidebar.via.sidebar': [
    'sidebar',
    'panneau',
  ],
  'sidebar.via.edit': [
    'cell edit',
    'saisie',
  ],
  'sidebar.via.paste': [
    'paste',
    'collage',
  ],
  'sidebar.via.import': [
    'import',
    'import',
  ],
  'sidebar.via.setup': [
    'setup',
    'configuration',
  ],
  'sidebar.via.normalise': [
    'normalised',
    'normalisation',
  ],
  'sidebar.next.requires': [
    'To enter {stage}: {fields}.',
    'Pour passer à {stage} : {fields}.',
  ],
  'sidebar.next.ready': [
    'Nothing more is needed to enter {stage}.',
    'Rien ne manque pour passer à {stage}.',
  ],
  'sidebar.next.closed': [
    'This deal is closed.',
    'Cette affaire est close.',
  ],
  'sidebar.action.advance': [
    'Advance to {stage}',
    'Passer à {stage}',
  ],
  'sidebar.action.won': [
    'Mark won',
    'Marquer gagnée',
  ],
  'sidebar.action.lost': [
    'Mark lost',
    'Marquer perdue',
  ],
  'sidebar.action.cancel': [
    'Cancel',
    'Annuler',
  ],
  'sidebar.move.title': [
    'Move to {stage}',
    'Passer à {stage}',
  ],
  'sidebar.move.submit': [
    'Move to {stage}',
    'Passer à {stage}',
  ],
  'sidebar.move.nothingNeeded': [
    'No field to fill: confirm the move.',
    'Aucun champ à remplir : confirmez le changement.',
  ],
  'sidebar.move.done': [
    '{deal} moved to {stage}.',
    '{deal} est passée à {stage}.',
  ],
  'sidebar.field.required': [
    'required',
    'obligatoire',
  ],
  'sidebar.field.choose': [
    'Choose…',
    'Choisir…',
  ],
  'sidebar.field.percentHint': [
    'Percent, 0 to 100.',
    'En pourcentage, de 0 à 100.',
  ],
  'sidebar.error.required': [
    '{field} is required.',
    '{field} est obligatoire.',
  ],
  'sidebar.error.number': [
    '{field} must be a number, such as 12000 or 12 000,50.',
    '{field} doit être un nombre, comme 12000 ou 12 000,50.',
  ],
  'sidebar.error.percent': [
    '{field} must be between 0 and 100 %.',
    '{field} doit être compris entre 0 et 100 %.',
  ],
  'sidebar.error.date': [
    '{field} must be a valid date.',
    '{field} doit être une date valide.',
  ],
  'sidebar.error.email': [
    '{field} must be an e-mail address such as name@example.com.',
    '{field} doit être une adresse e-mail comme nom@exemple.fr.',
  ],
  'sidebar.error.fix': [
    'Fix the marked fields, then try again.',
    'Corrigez les champs signalés, puis réessayez.',
  ],
  'sidebar.error.server': [
    'The spreadsheet did not answer: {message}',
    'Le classeur n’a pas répondu : {message}',
  ],
  'sidebar.nextStep.title': [
    'Next step',
    'Prochaine action',
  ],
  'sidebar.nextStep.submit': [
    'Save next step',
    'Enregistrer la prochaine action',
  ],
  'sidebar.nextStep.done': [
    'Next step saved for {deal}.',
    'Prochaine action enregistrée pour {deal}.',
  ],
  'sidebar.add.title': [
    'Add a deal',
    'Ajouter une affaire',
  ],
  'sidebar.add.submit': [
    'Add deal',
    'Ajouter l’affaire',
  ],
  'sidebar.add.done': [
    '{deal} added as {id}.',
    '{deal} ajoutée sous l’ID {id}.',
  ],
  'sidebar.stale.title': [
    'Stale deals ({count})',
    'Affaires en sommeil ({count})',
  ],
  'sidebar.stale.empty': [
    'No stale deal.',
    'Aucune affaire en sommeil.',
  ],
  'sidebar.stale.days': [
    '{days} {days:day|days} in {stage}',
    '{days} {days:jour|jours} en {stage}',
  ],
  'sidebar.due.title': [
    'Next steps due ({count})',
    'Prochaines actions à faire ({count})',
  ],
  'sidebar.due.empty': [
    'No next step due today or overdue.',
    'Aucune prochaine action pour aujourd’hui ni en retard.',
  ],
  'sidebar.due.today': [
    'Due today',
    'À faire aujourd’hui',
  ],
  'sidebar.due.overdue': [
    'Overdue since {date}',
    'En retard depuis le {date}',
  ],
  'sidebar.list.hint': [
    'Selects the deal’s row in the sheet.',
    'Sélectionne la ligne de l’affaire dans la feuille.',
  ],
  'sidebar.activated': [
    '{deal} selected.',
    '{deal} sélectionnée.',
  ],
  'sidebar.refresh.title': [
    'Reports',
    'Rapports',
  ],
  'sidebar.refresh.button': [
    'Refresh reports',
    'Actualiser les rapports',
  ],
  'sidebar.refresh.busy': [
    'Refreshing reports…',
    'Actualisation des rapports…',
  ],
  'sidebar.refresh.done': [
    'Refreshed {tabs} from {deals} {deals:deal|deals} at {time}.',
    '{tabs} actualisés à partir de {deals} {deals:affaire|affaires} à {time}.',
  ],
  'sidebar.refresh.failed': [
    'Reports not refreshed: {message}',
    'Rapports non actualisés : {message}',
  ],
  'sidebar.settings.title': [
    'Settings',
    'Paramètres',
  ],
  'sidebar.settings.stages': [
    'Stages',
    'Étapes',
  ],
  'sidebar.settings.stageNumber': [
    'Stage {n}: {name}',
    'Étape {n} : {name}',
  ],
  'sidebar.settings.up': [
    'Move {stage} up',
    'Monter {stage}',
  ],
  'sidebar.settings.down': [
    'Move {stage} down',
    'Descendre {stage}',
  ],
  'sidebar.settings.drag': [
    'Drag {stage} to another place in the order (or use the arrow buttons)',
    'Faire glisser {stage} à une autre place (ou utiliser les flèches)',
  ],
  'sidebar.settings.moved': [
    '{stage} is now stage {n}.',
    '{stage} est maintenant l’étape {n}.',
  ],
  'sidebar.settings.remove': [
    'Remove {stage}',
    'Supprimer {stage}',
  ],
  'sidebar.settings.add': [
    'Add a stage',
    'Ajouter une étape',
  ],
  'sidebar.settings.newStage': [
    'New stage',
    'Nouvelle étape',
  ],
  'sidebar.settings.requiredCount': [
    'Required fields ({count})',
    'Champs obligatoires ({count})',
  ],
  'sidebar.settings.aliasesHint': [
    'Other names, separated by commas.',
    'Autres noms, séparés par des virgules.',
  ],
  'sidebar.settings.staleHint': [
    'Blank: never stale.',
    'Vide : jamais en sommeil.',
  ],
  'sidebar.settings.rules': [
    'Rules',
    'Règles',
  ],
  'sidebar.settings.lostReasonsHint': [
    'One reason per line.',
    'Un motif par ligne.',
  ],
  'sidebar.settings.save': [
    'Save settings',
    'Enregistrer les paramètres',
  ],
  'sidebar.settings.discard': [
    'Discard changes',
    'Annuler les modifications',
  ],
  'sidebar.settings.saved': [
    'Settings saved.',
    'Paramètres enregistrés.',
  ],
  'sidebar.settings.error.name': [
    'Give the stage a name.',
    'Donnez un nom à l’étape.',
  ],
  'sidebar.settings.error.duplicate': [
    '"{value}" already names the stage "{stage}": each name and alias may mean one stage only.',
    '« {value} » désigne déjà l’étape « {stage} » : chaque nom et alias ne peut désigner qu’une étape.',
  ],
  'sidebar.settings.error.probability': [
    'Write a probability between 0 and 100 %.',
    'Écrivez une probabilité comprise entre 0 et 100 %.',
  ],
  'sidebar.settings.error.staleDays': [
    'Write a whole number of days, or leave blank.',
    'Écrivez un nombre entier de jours, ou laissez vide.',
  ],
  'sidebar.settings.error.noWon': [
    'Set the kind of one stage to won.',
    'Donnez le type gagnée à une étape.',
  ],
  'sidebar.settings.error.noLost': [
    'Set the kind of one stage to lost.',
    'Donnez le type perdue à une étape.',
  ],
  'sidebar.settings.error.lostReasons': [
    'List at least one lost reason.',
    'Indiquez au moins un motif de perte.',
  ],
  'sidebar.settings.error.currency': [
    'Write a three-letter currency code such as EUR or USD.',
    'Écrivez un code de devise à trois lettres comme EUR ou USD.',
  ],
});
