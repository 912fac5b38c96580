import type { Deal } from './deal';

/** A deal with every field empty, for building deals from a few columns (custom functions). */
export function blankDeal(index: number, id = ''): Deal {
  return {
    index,
    id,
    name: '',
    company: '',
    contact: '',
    email: '',
    owner: '',
    stageText: '',
    stage: null,
    status: null,
    amount: null,
    probability: null,
    expectedClose: null,
    created: null,
    stageEntered: null,
    lastActivity: null,
    nextStep: '',
    nextStepDue: null,
    lostReason: '',
    lostAtStage: null,
    forecastCategory: null,
    leadSource: '',
    need: false,
    budget: false,
    authority: false,
    timing: false,
    score: null,
    notes: '',
  };
}
