/** Every user-visible word of the demo, in English and French (labels from GLOSSARY.md). */
export type DemoLocale = 'en' | 'fr';

export const STAGES = ['prospecting', 'qualification', 'firstContact', 'proposal', 'negotiation', 'won', 'lost', 'onboarding'] as const;
export type Stage = (typeof STAGES)[number];
/** The open stages, in pipeline order. */
export const OPEN_STAGES = STAGES.slice(0, 5) as Stage[];

export type ForecastCategory = 'pipeline' | 'bestCase' | 'commit' | 'closed' | 'omitted';
export type LostReason = 'price' | 'competitor' | 'noBudget' | 'noDecision' | 'timing';
export const LOST_REASONS: LostReason[] = ['price', 'competitor', 'noBudget', 'noDecision', 'timing'];
export type LeadSource = 'website' | 'referral' | 'outbound' | 'event' | 'partner' | 'linkedin';

export const PIPELINE_COLUMNS = [
  'dealId', 'deal', 'company', 'contact', 'email', 'owner', 'stage', 'amount', 'probability', 'expectedClose',
  'created', 'stageEntered', 'lastActivity', 'nextStep', 'nextStepDue', 'lostReason', 'lostAtStage',
  'forecastCategory', 'leadSource', 'need', 'budget', 'authority', 'timing', 'score', 'notes',
] as const;
export type PipelineColumn = (typeof PIPELINE_COLUMNS)[number];

export const HISTORY_COLUMNS = ['timestamp', 'dealId', 'from', 'to', 'user', 'via', 'amount'] as const;
export type HistoryColumn = (typeof HISTORY_COLUMNS)[number];

interface Words {
  sheets: { pipeline: string; history: string };
  stages: Record<Stage, string>;
  pipelineColumns: Record<PipelineColumn, string>;
  historyColumns: Record<HistoryColumn, string>;
  forecast: Record<ForecastCategory, string>;
  lostReasons: Record<LostReason, string>;
  leadSources: Record<LeadSource, string>;
  stageHelp: string;
  historyProtection: string;
  products: string[];
  nextSteps: Record<Stage, string[]>;
  notes: string[];
}

const en: Words = {
  sheets: { pipeline: 'Pipeline', history: 'Stage History' },
  stages: {
    prospecting: 'Prospecting', qualification: 'Qualification', firstContact: 'First contact', proposal: 'Proposal',
    negotiation: 'Negotiation', won: 'Closed won', lost: 'Closed lost', onboarding: 'Onboarding',
  },
  pipelineColumns: {
    dealId: 'Deal ID', deal: 'Deal', company: 'Company', contact: 'Contact', email: 'Email', owner: 'Owner', stage: 'Stage',
    amount: 'Amount', probability: 'Probability', expectedClose: 'Expected close', created: 'Created', stageEntered: 'Stage entered',
    lastActivity: 'Last activity', nextStep: 'Next step', nextStepDue: 'Next step due', lostReason: 'Lost reason',
    lostAtStage: 'Lost at stage', forecastCategory: 'Forecast category', leadSource: 'Lead source', need: 'Need', budget: 'Budget',
    authority: 'Authority', timing: 'Timing', score: 'Score', notes: 'Notes',
  },
  historyColumns: { timestamp: 'Timestamp', dealId: 'Deal ID', from: 'From', to: 'To', user: 'User', via: 'Via', amount: 'Amount' },
  forecast: { pipeline: 'Pipeline', bestCase: 'Best case', commit: 'Commit', closed: 'Closed', omitted: 'Omitted' },
  lostReasons: { price: 'Price', competitor: 'Competitor', noBudget: 'No budget', noDecision: 'No decision', timing: 'Timing' },
  leadSources: { website: 'Website', referral: 'Referral', outbound: 'Outbound', event: 'Event', partner: 'Partner', linkedin: 'LinkedIn' },
  stageHelp: 'Pick a stage from the list.',
  historyProtection: 'Stage History is an append-only log',
  products: ['CRM rollout', 'Annual licence', 'Data migration', 'Support plan', 'Analytics add-on', 'Team training', 'Platform upgrade'],
  nextSteps: {
    prospecting: ['Research the account', 'Send intro email', 'Connect on LinkedIn'],
    qualification: ['Discovery call', 'Confirm budget owner', 'Qualify timeline'],
    firstContact: ['Book a demo', 'Send case study', 'Follow-up call'],
    proposal: ['Send proposal', 'Review quote with buyer', 'Answer security questionnaire'],
    negotiation: ['Agree on discount', 'Legal review of contract', 'Get signature'],
    won: ['Send invoice', 'Hand over to onboarding'],
    lost: [],
    onboarding: ['Kick-off meeting', 'Configure workspace', 'Training session'],
  },
  notes: ['Decision expected after board meeting', 'Champion is the head of sales', 'Asked for a pilot first', 'Compares us with two vendors', 'Renewal of an existing contract', ''],
};

const fr: Words = {
  sheets: { pipeline: 'Pipeline', history: 'Historique des étapes' },
  stages: {
    prospecting: 'Prospection', qualification: 'Qualification', firstContact: 'Premier contact', proposal: 'Proposition',
    negotiation: 'Négociation', won: 'Gagné', lost: 'Perdu', onboarding: 'Intégration',
  },
  pipelineColumns: {
    dealId: 'ID affaire', deal: 'Affaire', company: 'Entreprise', contact: 'Contact', email: 'E-mail', owner: 'Responsable', stage: 'Étape',
    amount: 'Montant', probability: 'Probabilité', expectedClose: 'Clôture prévue', created: 'Créée le', stageEntered: "Entrée dans l'étape",
    lastActivity: 'Dernière activité', nextStep: 'Prochaine action', nextStepDue: 'Échéance', lostReason: 'Motif de perte',
    lostAtStage: "Perdue à l'étape", forecastCategory: 'Catégorie de prévision', leadSource: 'Source', need: 'Besoin', budget: 'Budget',
    authority: 'Autorité', timing: 'Échéancier', score: 'Score', notes: 'Notes',
  },
  historyColumns: { timestamp: 'Horodatage', dealId: 'ID affaire', from: 'De', to: 'Vers', user: 'Utilisateur', via: 'Via', amount: 'Montant' },
  forecast: { pipeline: 'Pipeline', bestCase: 'Meilleur cas', commit: 'Engagé', closed: 'Conclu', omitted: 'Exclu' },
  lostReasons: { price: 'Prix', competitor: 'Concurrent', noBudget: 'Pas de budget', noDecision: 'Pas de décision', timing: 'Calendrier' },
  leadSources: { website: 'Site web', referral: 'Recommandation', outbound: 'Prospection sortante', event: 'Salon', partner: 'Partenaire', linkedin: 'LinkedIn' },
  stageHelp: 'Choisissez une étape dans la liste.',
  historyProtection: "L'historique des étapes est un journal en ajout seul",
  products: ['Déploiement CRM', 'Licence annuelle', 'Migration de données', 'Contrat de support', 'Module analytique', 'Formation équipe', 'Mise à niveau plateforme'],
  nextSteps: {
    prospecting: ['Étudier le compte', "Envoyer un e-mail d'introduction", 'Contacter sur LinkedIn'],
    qualification: ['Appel de découverte', 'Identifier le décideur budgétaire', 'Valider le calendrier'],
    firstContact: ['Planifier une démo', 'Envoyer un cas client', 'Appel de relance'],
    proposal: ['Envoyer la proposition', "Revoir le devis avec l'acheteur", 'Répondre au questionnaire sécurité'],
    negotiation: ['Valider la remise', 'Revue juridique du contrat', 'Obtenir la signature'],
    won: ['Envoyer la facture', "Passer le relais à l'intégration"],
    lost: [],
    onboarding: ['Réunion de lancement', "Configurer l'espace", 'Session de formation'],
  },
  notes: ["Décision attendue après le conseil d'administration", 'Le sponsor est le directeur commercial', "Souhaite d'abord un pilote", 'Nous compare à deux concurrents', "Renouvellement d'un contrat existant", ''],
};

export const WORDS: Record<DemoLocale, Words> = { en, fr };
