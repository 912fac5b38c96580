import type { Deal, ForecastCategory } from '../../core/deals/deal';
import type { HistoryEntry } from '../../core/history/history-entry';
import type { PipelineDefinition } from '../../core/stages/stage';
import { COMPANIES, FIRST_NAMES, LAST_NAMES, slug } from '../demo/people';
import { Random } from '../demo/random';

export const HISTORY_PER_DEAL = 5;

const DAY = 86_400_000;
const HOUR = 3_600_000;
/** Deals are created over 22 months; the longest path (4 steps of ≤ 30 days) still ends before AS_OF. */
const FIRST_CREATED = Date.UTC(2023, 0, 1);
const CREATED_SPAN_DAYS = 670;
export const AS_OF = new Date(Date.UTC(2025, 2, 1));

/** Share of deals per current stage key; every default stage appears. */
const CURRENT_STAGE_WEIGHTS = {
  prospecting: 14,
  qualification: 12,
  'first-contact': 12,
  proposal: 12,
  negotiation: 10,
  'closed-won': 15,
  'closed-lost': 20,
  onboarding: 5,
};

const OPEN_CATEGORIES: Record<ForecastCategory | 'blank', number> = {
  pipeline: 40,
  'best-case': 20,
  commit: 15,
  // An open deal marked Closed by hand: the engine counts it as Commit; the bench must agree.
  closed: 2,
  omitted: 5,
  blank: 18,
};

const OWNER_NAMES = ['Alice Martin', 'Bruno Petit', 'Chloé Dubois', 'David Laurent', 'Emma Simon', 'Farid Haddad', 'Grace Collins',
  'Hugo Lambert', 'Inès Garcia', 'James Walker', 'Karim Benali', 'Léa Fontaine', 'Marc Olivier', 'Nora Lindqvist', 'Oscar Reed',
  'Paula Costa', 'Quentin Moreau', 'Rosa Ferrari', 'Sam Okafor', 'Tina Novak', 'Ugo Marchetti', 'Vera Kowalski', 'Will Turner', 'Yasmine Amrani'];

const LEAD_SOURCES = ['Website', 'Referral', 'Trade show', 'Cold call', 'Partner', 'LinkedIn'];
const NEXT_STEPS = ['Call back', 'Send proposal', 'Book demo', 'Follow up by e-mail', 'Meet decision maker'];

export interface SyntheticPipeline {
  deals: Deal[];
  /** Ordered by time, deals interleaved, like an append-only Stage History sheet. */
  history: HistoryEntry[];
  /** "Now" for stale deals and open visits. */
  asOf: Date;
}

/**
 * A deterministic pipeline of `count` deals with exactly HISTORY_PER_DEAL history rows
 * each. The history is consistent with each deal: its last entry is into the current
 * stage, closed deals pass through open stages first, a lost deal's "Lost at stage" is the
 * last open stage its history shows. Paths skip stages forward and some deals were sent
 * back and forth (so the history, not the current stage, tells how far a deal got), and
 * no two consecutive entries of a deal name the same stage.
 */
export function syntheticPipeline(count: number, definition: PipelineDefinition, seed = 20_240_601): SyntheticPipeline {
  const random = new Random(seed);
  const stages = definition.stages;
  const positionOf = new Map(stages.map((stage, position) => [stage.key, position]));
  const openPositions = stages.flatMap((stage, position) => (stage.kind === 'open' ? [position] : []));
  const wonPosition = stages.findIndex((stage) => stage.kind === 'won');
  const deals: Deal[] = [];
  const history: HistoryEntry[] = [];

  for (let i = 0; i < count; i++) {
    const id = `D-${String(i + 1).padStart(6, '0')}`;
    const current = positionOf.get(random.weighted(CURRENT_STAGE_WEIGHTS)) ?? 0;
    const path = stagePath(random, current, stages[current].kind, openPositions, wonPosition);
    const owner = random.chance(0.01) ? '' : random.pick(OWNER_NAMES);
    const created = FIRST_CREATED + random.int(0, CREATED_SPAN_DAYS) * DAY + random.int(8, 17) * HOUR;

    let at = created;
    for (let step = 0; step < path.length; step++) {
      if (step > 0) at += random.int(1, 30) * DAY + random.int(0, 8) * HOUR;
      history.push({
        at: new Date(at),
        dealId: id,
        from: step === 0 ? null : stages[path[step - 1]].key,
        to: stages[path[step]].key,
        user: owner,
        via: step === 0 ? 'import' : random.chance(0.5) ? 'sidebar' : 'edit',
        amount: null,
      });
    }
    const entered = at;
    const kind = stages[current].kind;
    const furthestOpen = path.reduce((furthest, position) => (stages[position].kind === 'open' ? position : furthest), -1);
    // Amount and Expected close are required from Proposal on; earlier deals often lack them.
    const pastProposal = kind !== 'open' || current >= (positionOf.get('proposal') ?? 0);
    const amount = pastProposal || random.chance(0.6) ? Math.round(Math.exp(7 + random.next() * 5) / 50) * 50 + 500 : null;
    const closeDay = Math.floor(entered / DAY) * DAY;
    const expectedClose =
      kind !== 'open' ? closeDay : pastProposal || random.chance(0.5) ? closeDay + random.int(15, 150) * DAY : null;
    if (history.length > 0 && amount !== null) history[history.length - 1].amount = amount;
    const contact = `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
    const company = random.pick(COMPANIES);
    const nextStepDue = kind === 'open' && random.chance(0.4) ? new Date(AS_OF.getTime() + random.int(-20, 20) * DAY) : null;

    deals.push({
      index: i,
      id,
      name: `${company} — ${random.pick(['Licences', 'Renewal', 'Pilot', 'Expansion', 'Services'])}`,
      company,
      contact,
      email: `${slug(contact).replace('-', '.')}@${slug(company)}.example`,
      owner,
      stageText: stages[current].labels.en,
      stage: stages[current].key,
      status: null,
      amount,
      probability: kind === 'open' && random.chance(0.15) ? random.int(1, 19) / 20 : null,
      expectedClose: expectedClose === null ? null : new Date(expectedClose),
      created: new Date(created),
      stageEntered: new Date(entered),
      lastActivity: new Date(entered + random.int(0, 10) * DAY),
      nextStep: nextStepDue ? random.pick(NEXT_STEPS) : '',
      nextStepDue,
      lostReason: kind === 'lost' ? random.pick(definition.lostReasons.en) : '',
      // Sometimes left blank: the engine then reads how far the deal got from its history.
      lostAtStage: kind === 'lost' && random.chance(0.9) ? stages[furthestOpen].key : null,
      forecastCategory: kind === 'won' ? 'closed' : kind === 'lost' ? 'omitted' : openCategory(random),
      leadSource: random.pick(LEAD_SOURCES),
      need: random.chance(0.7),
      budget: random.chance(0.5),
      authority: random.chance(0.5),
      timing: random.chance(0.4),
      score: null,
      notes: '',
    });
  }
  // An append-only log interleaves deals: order it by time (stable, so a deal's own order holds).
  const times = Float64Array.from(history, (entry) => entry.at.getTime());
  const order = Array.from(history.keys()).sort((a, b) => times[a] - times[b] || a - b);
  return { deals, history: order.map((k) => asParsed(history[k])), asOf: AS_OF };
}

/**
 * A fresh copy of an entry, made in log order like a parse of the Stage History sheet makes
 * them (its own Date and Deal ID string per row). Reusing the objects built deal by deal
 * would scatter a time-ordered walk over memory, which no real input does.
 */
function asParsed(entry: HistoryEntry): HistoryEntry {
  return { ...entry, at: new Date(entry.at.getTime()), dealId: `D-${entry.dealId.slice(2)}` };
}

function openCategory(random: Random): ForecastCategory | null {
  const category = random.weighted(OPEN_CATEGORIES);
  return category === 'blank' ? null : category;
}

/**
 * HISTORY_PER_DEAL stage positions ending at `current`: a forward path (an odd number of
 * entries, skipping stages at random) and back-and-forth detours between open stages to
 * fill the rest, two entries each.
 */
function stagePath(
  random: Random,
  current: number,
  kind: 'open' | 'won' | 'lost',
  openPositions: readonly number[],
  wonPosition: number,
): number[] {
  const tail = kind === 'open' ? [current] : kind === 'won' && current !== wonPosition ? [wonPosition, current] : [current];
  const openBefore = kind === 'open' ? openPositions.filter((position) => position < current) : [...openPositions];
  // Closed deals pass through at least one open stage.
  const minimumOpen = kind === 'open' ? 0 : 1;
  const lengths: number[] = [];
  for (let open = minimumOpen; open <= openBefore.length; open++) {
    const length = open + tail.length;
    if (length <= HISTORY_PER_DEAL && (HISTORY_PER_DEAL - length) % 2 === 0) lengths.push(open);
  }
  const openCount = random.pick(lengths);
  const chosen = random.shuffle(openBefore).slice(0, openCount).sort((a, b) => a - b);
  const path = [...chosen, ...tail];

  while (path.length < HISTORY_PER_DEAL) {
    // A detour leaves an open stage and comes back to it, before the deal closes.
    const candidates = path.flatMap((position, index) =>
      openPositions.includes(position) && (kind === 'open' || index < path.length - tail.length) ? [index] : [],
    );
    const index = random.pick(candidates);
    const stay = path[index];
    const neighbours = openPositions.filter((position) => Math.abs(position - stay) === 1);
    path.splice(index + 1, 0, random.pick(neighbours), stay);
  }
  return path;
}
