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
      stage('prospecting', 'Prospecting', 'Prospection', 'open', 0.05, 14, [], ['Prospect', 'Lead', 'New', 'Nouveau']),
      stage('qualification', 'Qualification', 'Qualification', 'open', 0.1, 14, [], ['Qualified', 'Qualifié', 'Qualifiée', 'Qualify']),
      stage('first-contact', 'First contact', 'Premier contact', 'open', 0.2, 10, [], ['Contacted', 'Contact made', 'Engaging', 'Contacté']),
      stage('proposal', 'Proposal', 'Proposition', 'open', 0.4, 21, AMOUNT_AND_CLOSE, ['Proposal sent', 'Quote', 'Devis', 'Proposal/Price Quote']),
      stage('negotiation', 'Negotiation', 'Négociation', 'open', 0.7, 14, AMOUNT_AND_CLOSE, ['Negotiation/Review', 'Contract sent', 'Négo']),
      stage('closed-won', 'Closed won', 'Gagné', 'won', 1, null, [], ['Won', 'Closed Won', 'closedwon', 'Gagnée', 'Signed', 'Signé']),
      stage('closed-lost', 'Closed lost', 'Perdu', 'lost', 0, null, ['Lost reason'], ['Lost', 'Closed Lost', 'closedlost', 'Perdue']),
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
