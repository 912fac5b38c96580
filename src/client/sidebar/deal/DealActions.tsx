import { useState } from 'preact/hooks';
import type { DealDetail, SidebarState, StageInfo } from '../../../core/sidebar/sidebar-api';
import type { RunCommand } from '../commands';
import { focusSoon } from '../focus';
import { MoveForm } from '../forms/MoveForm';
import { useTranslate } from '../translate';

interface Props {
  deal: DealDetail;
  state: SidebarState;
  run: RunCommand;
  busy: boolean;
}

/** Advance / won / lost buttons for an open deal; each opens the move form for its target stage. */
export function DealActions({ deal, state, run, busy }: Props) {
  const t = useTranslate();
  const [target, setTarget] = useState<StageInfo | null>(null);
  const current = state.stages.find((s) => s.key === deal.stage);
  if (current && current.kind !== 'open') return <p class="note">{t('sidebar.next.closed')}</p>;

  const next = deal.nextStage ? state.stages.find((s) => s.key === deal.nextStage?.key) : undefined;
  const won = state.stages.find((s) => s.kind === 'won');
  const lost = state.stages.find((s) => s.kind === 'lost');
  const actions: { id: string; stage: StageInfo; label: string; tone: string }[] = [];
  if (next) actions.push({ id: 'advance', stage: next, label: t('sidebar.action.advance', { stage: next.label }), tone: '' });
  // Without skipping forward, an open deal wins through every stage before won: "Mark won" would only be refused.
  const canJumpToWon = state.settings.rules.allowSkipForward || !current;
  if (won && won.key !== next?.key && canJumpToWon) actions.push({ id: 'won', stage: won, label: t('sidebar.action.won'), tone: 'won' });
  if (lost) actions.push({ id: 'lost', stage: lost, label: t('sidebar.action.lost'), tone: 'lost' });

  if (target) {
    const opener = actions.find((a) => a.stage.key === target.key)?.id ?? 'advance';
    return (
      <MoveForm
        key={target.key}
        deal={deal}
        target={target}
        state={state}
        run={run}
        busy={busy}
        onClose={(moved) => {
          setTarget(null);
          // After a move the deal heading says where the deal now is; after Cancel, back to the button used.
          focusSoon(moved ? 'deal-title' : `action-${opener}`);
        }}
      />
    );
  }
  return (
    <div class="actions" role="group" aria-label={t('sidebar.deal.title')}>
      {actions.map((action) => (
        <button key={action.id} id={`action-${action.id}`} type="button" class={action.tone} disabled={busy} onClick={() => setTarget(action.stage)}>
          {action.label}
        </button>
      ))}
    </div>
  );
}
