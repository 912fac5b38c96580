/** Strings for stage enforcement on edits, pastes and sidebar commands, and the Stage History. English first; the French table is typed against it. */
const en = {
  'history.column.timestamp': 'Timestamp',
  'history.column.dealId': 'Deal ID',
  'history.column.from': 'From',
  'history.column.to': 'To',
  'history.column.user': 'User',
  'history.column.via': 'Via',
  'history.column.amount': 'Amount',
  'history.protection': 'Stage History is an append-only log kept by Sheets Pipeline: edit deals on the pipeline sheet instead.',
} as const;

const fr: Record<keyof typeof en, string> = {
  'history.column.timestamp': 'Horodatage',
  'history.column.dealId': 'ID affaire',
  'history.column.from': 'De',
  'history.column.to': 'Vers',
  'history.column.user': 'Utilisateur',
  'history.column.via': 'Via',
  'history.column.amount': 'Montant',
  'history.protection': 'L’historique des étapes est un journal en ajout seul tenu par Sheets Pipeline : modifiez plutôt les affaires dans la feuille du pipeline.',
};

export const ENFORCEMENT_STRINGS = { en, fr };
