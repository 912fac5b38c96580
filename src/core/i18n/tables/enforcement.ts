import { bilingual } from '../bilingual';

/** Strings for stage enforcement on edits, pastes and sidebar commands, and the Stage History. Each entry: [English, French]. */
export const ENFORCEMENT_STRINGS = bilingual({
  'history.column.timestamp': [
    'Timestamp',
    'Horodatage',
  ],
  'history.column.dealId': [
    'Deal ID',
    'ID affaire',
  ],
  'history.column.from': [
    'From',
    'De',
  ],
  'history.column.to': [
    'To',
    'Vers',
  ],
  'history.column.user': [
    'User',
    'Utilisateur',
  ],
  'history.column.via': [
    'Via',
    'Via',
  ],
  'history.column.amount': [
    'Amount',
    'Montant',
  ],
  'history.protection': [
    'Stage History is an append-only log kept by Sheets Pipeline: edit deals on the pipeline sheet instead.',
    'L’historique des étapes est un journal en ajout seul tenu par Sheets Pipeline : modifiez plutôt les affaires dans la feuille du pipeline.',
  ],
  'enforce.stageRequired': [
    'A deal must have a stage: pick one from the list instead of clearing the cell (to remove the deal, clear its whole row).',
    'Une affaire doit avoir une étape : choisissez-en une dans la liste au lieu de vider la cellule (pour supprimer l’affaire, videz toute sa ligne).',
  ],
  'enforce.busy': [
    'Another change was being saved at the same moment, so this one could not be checked and logged: it was undone. Please enter it again.',
    'Une autre modification était enregistrée au même moment : celle-ci n’a pas pu être vérifiée ni consignée, elle a été annulée. Saisissez-la de nouveau.',
  ],
  'enforce.settingsBroken': [
    'Pipeline Settings has a problem in {cell}: {message} Stage changes cannot be checked until it is fixed, so this one was undone.',
    'Les paramètres du pipeline ont un problème en {cell} : {message} Les changements d’étape ne peuvent pas être vérifiés tant qu’il n’est pas corrigé : celui-ci a été annulé.',
  ],
  'settings.problem': [
    'Pipeline Settings has a problem in {cell}: {message} Until it is fixed, stage changes on {sheet} are undone and its Stage dropdown stays as it was.',
    'Les paramètres du pipeline ont un problème en {cell} : {message} Tant qu’il n’est pas corrigé, les changements d’étape sur {sheet} sont annulés et sa liste d’étapes reste inchangée.',
  ],
  'settings.followed': [
    'The Stage dropdown and the stale and overdue highlighting of {sheet} now follow Pipeline Settings.',
    'La liste des étapes et la mise en évidence des affaires en retard et des actions échues de {sheet} suivent maintenant les paramètres du pipeline.',
  ],
  'enforce.toast.titleOne': [
    'Stage change undone',
    'Changement d’étape annulé',
  ],
  'enforce.toast.titleMany': [
    '{count} stage changes undone',
    '{count} changements d’étape annulés',
  ],
  'enforce.toast.item': [
    '{deal}: "{text}" — {reasons}',
    '{deal} : « {text} » — {reasons}',
  ],
  'enforce.toast.itemCleared': [
    '{deal}: cleared stage — {reasons}',
    '{deal} : étape vidée — {reasons}',
  ],
  'enforce.toast.more': [
    '…and {count} more. Each undone cell has a note with what was entered.',
    '… et {count} de plus. Chaque cellule rétablie porte une note avec le texte saisi.',
  ],
  'enforce.toast.keptOne': [
    '1 other stage change was saved.',
    '1 autre changement d’étape a été enregistré.',
  ],
  'enforce.toast.keptMany': [
    '{count} other stage changes were saved.',
    '{count} autres changements d’étape ont été enregistrés.',
  ],
  'enforce.row': [
    'row {row}',
    'ligne {row}',
  ],
  'enforce.note': [
    'Sheets Pipeline, {at}: "{text}" was undone. {reasons}',
    'Sheets Pipeline, {at} : « {text} » a été annulé. {reasons}',
  ],
  'enforce.noteCleared': [
    'Sheets Pipeline, {at}: clearing this stage was undone. {reasons}',
    'Sheets Pipeline, {at} : l’effacement de cette étape a été annulé. {reasons}',
  ],
  'cmd.invalid': [
    'Not a valid value: {field}.',
    'Valeur non valide : {field}.',
  ],
  'cmd.required': [
    '{field} is required.',
    '{field} est obligatoire.',
  ],
  'cmd.duplicateDeal': [
    'Deal ID {id} is on rows {rows}: the sidebar cannot tell which deal you mean. Give each deal its own ID (Validate all rows marks the others), then try again.',
    'L’ID affaire {id} figure aux lignes {rows} : le panneau ne peut pas savoir de quelle affaire il s’agit. Donnez à chaque affaire son propre ID (Valider toutes les lignes signale les autres), puis réessayez.',
  ],
  'cmd.stageInUse': [
    '{stage} is the stage of {count} {count:deal|deals}: move {count:it|them} to another stage before removing {stage}, or rename {stage} instead. Removed, {count:it|they} would have no known stage and drop out of every figure.',
    '{stage} est l’étape de {count} {count:affaire|affaires} : {count:déplacez-la|déplacez-les} vers une autre étape avant de supprimer {stage}, ou renommez plutôt {stage}. Sinon, {count:elle n’aurait|elles n’auraient} plus d’étape reconnue et {count:sortirait|sortiraient} de tous les calculs.',
  ],
  'cmd.noDeal': [
    'Deal {id} is not on the pipeline sheet.',
    'L’affaire {id} n’est pas dans la feuille du pipeline.',
  ],
  'cmd.duplicate': [
    '"{value}" names two stages.',
    '« {value} » désigne deux étapes.',
  ],
  'cmd.wonLost': [
    'The pipeline needs a won and a lost stage.',
    'Le pipeline doit avoir une étape gagnée et une étape perdue.',
  ],
});
