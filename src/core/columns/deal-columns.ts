/**
 * The deal columns of SPEC §2, by English name, with the French name of GLOSSARY.md and
 * the other headers that mean the same column (CRM exports, snake_case variants).
 * Headers are matched folded (see `foldLabel`), so case, accents and spacing do not count.
 */
export const DEAL_COLUMNS = {
  'Deal ID': { fr: 'ID affaire', synonyms: ['ID', 'Opportunity ID', 'Record ID', 'Identifiant', 'Deal number'] },
  Deal: { fr: 'Affaire', synonyms: ['Deal name', 'Opportunity', 'Opportunity Name', 'Name', 'Title', 'Titre', 'Nom', 'Opportunité', 'Nom de l’affaire', 'Nom de l’opportunité'] },
  Company: { fr: 'Entreprise', synonyms: ['Account', 'Account Name', 'Organization', 'Organisation', 'Société', 'Compte', 'Associated Company', 'Company name', 'Organization name', 'Client'] },
  Contact: { fr: 'Contact', synonyms: ['Contact name', 'Person', 'Contact person', 'Interlocuteur', 'Associated Contact', 'Primary contact'] },
  Email: { fr: 'E-mail', synonyms: ['Email address', 'Mail', 'Courriel'] },
  Phone: { fr: 'Téléphone', synonyms: ['Phone number', 'Tel'] },
  Owner: { fr: 'Responsable', synonyms: ['Deal owner', 'Opportunity Owner', 'Owner Name', 'OwnerId', 'Owner Full Name', 'HubSpot owner', 'Assigned to', 'Sales agent', 'Sales rep', 'Rep', 'Commercial', 'Propriétaire'] },
  Stage: { fr: 'Étape', synonyms: ['Deal stage', 'StageName', 'Pipeline stage', 'Sales stage', 'Opportunity stage', 'Phase', 'Étape de la transaction', 'Étape de l’affaire'] },
  /** Pipedrive's open / won / lost / deleted beside its Stage (see `readStatusCell`); French exports call it `Statut`. */
  Status: { fr: 'Statut', synonyms: ['Deal status', 'Status (deal)', 'Statut de l’affaire', 'Statut de la transaction', 'État'] },
  Amount: { fr: 'Montant', synonyms: ['Value', 'Deal value', 'Deal amount', 'close_value', 'Amount in company currency', 'Opportunity amount', 'Revenue', 'Valeur', 'Montant HT', 'Montant de l’affaire'] },
  Probability: { fr: 'Probabilité', synonyms: ['Win probability', 'Deal probability', 'Probabilité de gain'] },
  'Expected close': { fr: 'Clôture prévue', synonyms: ['Close date', 'Expected close date', 'Expected close date (deal)', 'Closing date', 'Date de clôture', 'Date de clôture prévue'] },
  Created: { fr: 'Créée le', synonyms: ['Created date', 'Create date', 'Created at', 'Date de création', 'engage_date', 'Deal created', 'Add time', 'Creation date'] },
  'Stage entered': { fr: "Entrée dans l'étape", synonyms: ['Stage entered date', 'Entered stage', 'Date d’entrée dans l’étape', 'Date entered current stage', 'Stage change date'] },
  'Last activity': { fr: 'Dernière activité', synonyms: ['Last activity date', 'Last activity date (deal)'] },
  'Next step': { fr: 'Prochaine action', synonyms: ['Next action', 'Next activity'] },
  'Next step due': { fr: 'Échéance', synonyms: ['Next step date', 'Next activity date', 'Due date', 'Next step due date'] },
  'Lost reason': { fr: 'Motif de perte', synonyms: ['Loss reason', 'Closed lost reason', 'Lost reason (deal)', 'Raison de la perte', 'Lost reason description'] },
  'Lost at stage': { fr: "Perdue à l'étape", synonyms: ['Lost stage', 'Stage when lost'] },
  'Forecast category': { fr: 'Catégorie de prévision', synonyms: ['ForecastCategoryName', 'Forecast', 'Catégorie de prévisions'] },
  'Lead source': { fr: 'Source', synonyms: ['Source of lead', 'Original source', 'Original source type', 'Origine', 'Source du prospect'] },
  Need: { fr: 'Besoin', synonyms: [] },
  Budget: { fr: 'Budget', synonyms: [] },
  Authority: { fr: 'Autorité', synonyms: ['Decision maker', 'Décideur'] },
  Timing: { fr: 'Échéancier', synonyms: ['Timeline', 'Calendrier'] },
  Score: { fr: 'Score', synonyms: ['Lead score'] },
  Notes: { fr: 'Notes', synonyms: ['Note', 'Comments', 'Description', 'Deal description', 'Commentaires'] },
} as const;

export type DealColumn = keyof typeof DEAL_COLUMNS;

export const DEAL_COLUMN_NAMES = Object.keys(DEAL_COLUMNS) as DealColumn[];
