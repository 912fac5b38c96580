import type { PipelineDefinition, Stage } from './stage';

const AMOUNT_AND_CLOSE = ['Amount', 'Expected close'];

function stage(
  key: string,
  en: string,
  fr: string,
  kind: Stage['kind'],
  probability: number,
  staleDays: number | null,
  requiredFields: string[],
  aliases: string[],
): Stage {
  return { key, labels: { en, fr }, kind, probability, staleDays, requiredFields, aliases };
}

/**
 * The default pipeline of SPEC §2 (labels from GLOSSARY.md). The aliases cover the
 * spellings of common CRM exports so that imported sheets are recognised as they are.
 */
export function defaultPipeline(): PipelineDefinition {
  return {
    stages: [
      stage('prospecting', 'Prospecting', 'Prospection', 'open', 0.05, 14, [], ['Prospect', 'Lead', 'New', 'Nouveau', 'Lead In', 'New lead']),
      stage('qualification', 'Qualification', 'Qualification', 'open', 0.1, 14, [], ['Qualified', 'Qualifié', 'Qualifiée', 'Qualify', 'Qualified to buy', 'Needs Analysis', 'Discovery', 'Découverte']),
      stage('first-contact', 'First contact', 'Premier contact', 'open', 0.2, 10, [], ['Contacted', 'Contact made', 'Engaging', 'Engaged', 'Appointment scheduled', 'Meeting scheduled', 'Contacté', 'Rendez-vous']),
      stage('proposal', 'Proposal', 'Proposition', 'open', 0.4, 21, AMOUNT_AND_CLOSE, ['Proposal sent', 'Proposal made', 'Quote', 'Quote sent', 'Devis', 'Devis envoyé', 'Proposal/Price Quote', 'Presentation scheduled', 'Demo scheduled']),
      stage('negotiation', 'Negotiation', 'Négociation', 'open', 0.7, 14, AMOUNT_AND_CLOSE, ['Negotiation/Review', 'Negotiations started', 'Negotiating', 'Contract sent', 'Decision maker bought-in', 'Négo', 'Négociations']),
      stage('closed-won', 'Closed won', 'Gagné', 'won', 1, null, [], ['Won', 'Closed Won', 'closedwon', 'Deal won', 'Win', 'Gagnée', 'Signed', 'Signé', 'Conclu']),
      stage('closed-lost', 'Closed lost', 'Perdu', 'lost', 0, null, ['Lost reason'], ['Lost', 'Closed Lost', 'closedlost', 'Deal lost', 'Perdue']),
      stage('onboarding', 'Onboarding', 'Intégration', 'won', 1, null, [], ['Customer', 'Client', 'Post-sale']),
    ],
    rules: { allowSkipForward: true, allowBackward: true, allowReopen: false },
    lostReasons: {
      en: ['Price', 'Competitor', 'No budget', 'No decision', 'Timing', 'Other'],
      fr: ['Prix', 'Concurrent', 'Pas de budget', 'Pas de décision', 'Calendrier', 'Autre'],
    },
    currency: 'EUR',
  };
}
