/**
 * The demo deals and their stage history, as locale-free records. Each deal's history is
 * generated first and its Pipeline row derived from it, so the two always agree: the
 * last move is the current stage at its Stage entered time, lost deals leave from their
 * Lost at stage, onboarding deals pass through Closed won.
 */
import { COMPANIES, FIRST_NAMES, LAST_NAMES, OWNERS, slug } from './people';
import { Random } from './random';
import {
  ForecastCategory, LeadSource, LOST_REASONS, LostReason, OPEN_STAGES, Stage, STAGES,
} from './labels';

const DAY = 86400000;
const MINUTE = 60000;

/** Days in a stage before an open deal is stale (the defaults the add-on will ship). */
export const STALE_DAYS: Partial<Record<Stage, number>> = {
  prospecting: 14, qualification: 14, firstContact: 10, proposal: 21, negotiation: 14,
};

export type Via = 'sidebar' | 'edit' | 'import';

export interface StageMove {
  at: Date;
  from: Stage | '';
  to: Stage;
  via: Via;
}

export interface DemoDeal {
  id: string;
  product: number;
  company: string;
  contact: string;
  email: string;
  owner: string;
  stage: Stage;
  amount: number | '';
  /** Per-deal override of the stage probability, as a fraction; `''` means the stage default. */
  probability: number | '';
  expectedClose: Date | '';
  created: Date;
  stageEntered: Date;
  lastActivity: Date;
  nextStep: number | '';
  nextStepDue: Date | '';
  lostReason: LostReason | '';
  lostAtStage: Stage | '';
  forecastCategory: ForecastCategory;
  leadSource: LeadSource;
  bant: [boolean, boolean, boolean, boolean];
  score: number;
  note: number;
  history: StageMove[];
  stale: boolean;
}

const STAGE_WEIGHTS: Record<Stage, number> = {
  prospecting: 14, qualification: 12, firstContact: 12, proposal: 12, negotiation: 8, won: 10, lost: 10, onboarding: 5,
};
const LEAD_SOURCES: LeadSource[] = ['website', 'referral', 'outbound', 'event', 'partner', 'linkedin'];

/** Every stage twice, then weighted draws, shuffled so IDs do not follow stages. */
function stagePlan(random: Random): Stage[] {
  const count = random.int(60, 80);
  const plan: Stage[] = STAGES.flatMap((stage) => [stage, stage]);
  while (plan.length < count) plan.push(random.weighted(STAGE_WEIGHTS));
  return random.shuffle(plan);
}

/** Open stages a deal walks through up to and including `last`, sometimes skipping one (skips count as passed). */
function openPath(random: Random, last: number): Stage[] {
  const start = random.chance(0.2) && last > 0 ? 1 : 0;
  const path: Stage[] = [];
  for (let index = start; index <= last; index += 1) {
    if (index === start || index === last || !random.chance(0.15)) path.push(OPEN_STAGES[index]);
  }
  return path;
}

function stagePath(random: Random, stage: Stage): { path: Stage[]; lostAt: Stage | '' } {
  const open = OPEN_STAGES.indexOf(stage);
  if (open >= 0) return { path: openPath(random, open), lostAt: '' };
  if (stage === 'lost') {
    const lostAt = OPEN_STAGES[random.int(0, OPEN_STAGES.length - 1)];
    return { path: [...openPath(random, OPEN_STAGES.indexOf(lostAt)), 'lost'], lostAt };
  }
  const won = [...openPath(random, random.chance(0.75) ? 4 : 3), 'won'] as Stage[];
  return { path: stage === 'onboarding' ? [...won, 'onboarding'] : won, lostAt: '' };
}

/** How long ago the current stage was entered: past the threshold for stale deals, within it otherwise. */
function daysInStage(random: Random, stage: Stage, stale: boolean): number {
  const threshold = STALE_DAYS[stage];
  if (threshold === undefined) return random.int(1, 120);
  return stale ? threshold + random.int(6, 45) : random.int(0, threshold - 2);
}

/** Move times, walking back from the last one; each a few days and some minutes before the next. */
function moveTimes(random: Random, now: Date, count: number, lastAgeDays: number): Date[] {
  const times: number[] = [now.getTime() - lastAgeDays * DAY - random.int(5, 600) * MINUTE];
  while (times.length < count) times.unshift(times[0] - random.int(1, 18) * DAY - random.int(5, 600) * MINUTE);
  return times.map((time) => new Date(Math.floor(time / MINUTE) * MINUTE));
}

function history(random: Random, path: Stage[], times: Date[]): StageMove[] {
  return path.map((to, index) => ({
    at: times[index],
    from: index === 0 ? '' : path[index - 1],
    to,
    via: index === 0 ? 'import' : random.chance(0.6) ? 'sidebar' : 'edit',
  }));
}

function forecastCategory(random: Random, stage: Stage): ForecastCategory {
  switch (stage) {
    case 'won':
    case 'onboarding':
      return 'closed';
    case 'lost':
      return 'omitted';
    case 'negotiation':
      return random.chance(0.7) ? 'commit' : 'bestCase';
    case 'proposal':
      return random.chance(0.5) ? 'bestCase' : 'pipeline';
    default:
      return 'pipeline';
  }
}

/** Later stages have more of Need/Budget/Authority/Timing confirmed. */
function bantFor(random: Random, stageIndex: number): DemoDeal['bant'] {
  const likelihood = Math.min(0.95, 0.15 + stageIndex * 0.18);
  return [random.chance(likelihood + 0.1), random.chance(likelihood), random.chance(likelihood - 0.05), random.chance(likelihood)];
}

/** A calendar date (midnight UTC) `days` after `from`, for Expected close and Next step due. */
function dateAfter(from: Date, days: number): Date {
  const day = Math.floor(from.getTime() / DAY) + days;
  return new Date(day * DAY);
}

/** Amount in whole currency units, rounded like a quote (to 100 or 500). */
function amountFor(random: Random): number {
  const raw = Math.exp(Math.log(2000) + random.next() * (Math.log(120000) - Math.log(2000)));
  return raw < 20000 ? Math.round(raw / 100) * 100 : Math.round(raw / 500) * 500;
}

function buildDeal(random: Random, now: Date, index: number, stage: Stage, stale: boolean, dueInFuture: boolean): DemoDeal {
  const { path, lostAt } = stagePath(random, stage);
  const times = moveTimes(random, now, path.length, daysInStage(random, stage, stale));
  const moves = history(random, path, times);
  const stageIndex = STAGES.indexOf(stage);
  const open = OPEN_STAGES.includes(stage);
  const company = random.pick(COMPANIES);
  const contact = `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
  const reachedProposal = path.some((s) => STAGES.indexOf(s) >= STAGES.indexOf('proposal')) || stageIndex >= 3;
  const hasAmount = reachedProposal || random.chance(stage === 'prospecting' ? 0.4 : 0.7);
  const stageEntered = times[times.length - 1];
  const closedAt = stage === 'onboarding' ? times[times.length - 2] : stageEntered;
  const sinceEntered = Math.floor((now.getTime() - stageEntered.getTime()) / DAY);
  const lastActivity = new Date(stageEntered.getTime() + random.int(0, Math.max(0, stale ? 3 : sinceEntered)) * DAY);
  const bant = bantFor(random, Math.min(stageIndex, 5));
  const hasNextStep = stage !== 'lost' && stage !== 'won';
  return {
    id: `D-${String(index + 1).padStart(6, '0')}`,
    product: random.int(0, 6),
    company,
    contact,
    email: `${slug(contact).replace('-', '.')}@${slug(company)}.example`,
    owner: random.pick(OWNERS),
    stage,
    amount: hasAmount ? amountFor(random) : '',
    probability: '',
    expectedClose: !reachedProposal && !random.chance(0.4) ? '' : open ? dateAfter(now, random.int(7, 120)) : dateAfter(closedAt, 0),
    created: times[0],
    stageEntered,
    lastActivity: lastActivity.getTime() < now.getTime() ? lastActivity : stageEntered,
    nextStep: hasNextStep ? random.int(0, 2) : '',
    nextStepDue: !hasNextStep ? '' : dateAfter(now, dueInFuture || random.chance(0.7) ? random.int(1, 21) : -random.int(1, 10)),
    lostReason: stage === 'lost' ? random.pick(LOST_REASONS) : '',
    lostAtStage: lostAt,
    forecastCategory: forecastCategory(random, stage),
    leadSource: random.pick(LEAD_SOURCES),
    bant,
    score: Math.max(0, Math.min(100, bant.filter(Boolean).length * 22 + random.int(0, 12))),
    note: random.int(0, 5),
    history: moves,
    stale,
  };
}

/** A few reps override the stage probability on open deals they feel strongly about. */
function overrideProbabilities(random: Random, deals: DemoDeal[]): void {
  const candidates = random.shuffle(deals.filter((deal) => ['proposal', 'negotiation'].includes(deal.stage)));
  for (const deal of candidates.slice(0, 4)) deal.probability = random.pick([0.25, 0.5, 0.6, 0.85, 0.9]);
}

export function demoDeals(random: Random, now: Date): DemoDeal[] {
  const plan = stagePlan(random);
  const openIndexes = plan.flatMap((stage, index) => (OPEN_STAGES.includes(stage) ? [index] : []));
  const staleIndexes = random.shuffle(openIndexes).slice(0, Math.max(6, Math.round(openIndexes.length * 0.25)));
  // The first three stale deals have their next step planned: stale, yet not forgotten.
  const dueInFuture = new Set(staleIndexes.slice(0, 3));
  const stale = new Set(staleIndexes);
  const deals = plan.map((stage, index) => buildDeal(random, now, index, stage, stale.has(index), dueInFuture.has(index)));
  overrideProbabilities(random, deals);
  return deals;
}

/** Every move of every deal, oldest first (ties by Deal ID, so the order is stable). */
export function historyRows(deals: DemoDeal[]): { deal: DemoDeal; move: StageMove }[] {
  return deals
    .flatMap((deal) => deal.history.map((move) => ({ deal, move })))
    .sort((a, b) => a.move.at.getTime() - b.move.at.getTime() || a.deal.id.localeCompare(b.deal.id));
}
