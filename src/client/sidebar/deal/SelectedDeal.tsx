import type { DealDetail, SidebarState } from '../../../core/sidebar/sidebar-api';
import { columnLabel } from '../../../core/columns/column-label';
import type { RunCommand } from '../commands';
import { formatDay, formatMoney } from '../format';
import { NextStepForm } from '../forms/NextStepForm';
import { useLanguage, useTranslate } from '../translate';
import { DealActions } from './DealActions';
import { HistoryTimeline } from './HistoryTimeline';
import { StagePath } from './StagePath';

interface Props {
  deal: DealDetail;
  state: SidebarState;
  run: RunCommand;
  busy: boolean;
}

/** The deal on the active row: who and how much, where it is on its path, what the next stage needs, and its forms. */
export function SelectedDeal({ deal, state, run, busy }: Props) {
  const t = useTranslate();
  const language = useLanguage();
  const empty = t('sidebar.deal.empty');
  const stageLabel = deal.stageLabel;
  const inStage = deal.stage === null && stageLabel === ''
    ? t('sidebar.deal.noStage')
    : deal.daysInStage === null
      ? t('sidebar.deal.inStageUnknown', { stage: stageLabel })
      : deal.daysInStage === 0
        ? t('sidebar.deal.inStageToday', { stage: stageLabel })
        : deal.daysInStage === 1
          ? t('sidebar.deal.inStageOneDay', { stage: stageLabel })
          : t('sidebar.deal.inStage', { stage: stageLabel, days: deal.daysInStage });
  const facts: [string, string][] = [
    [columnLabel('Company', language), deal.company || empty],
    [columnLabel('Owner', language), deal.owner || empty],
    [columnLabel('Amount', language), deal.amount === null ? empty : formatMoney(deal.amount, state.currency, language)],
    [columnLabel('Expected close', language), deal.expectedClose ? formatDay(deal.expectedClose, language) : empty],
  ];
  const next = deal.nextStage;
  return (
    <section class="deal" aria-labelledby="deal-title" data-deal={deal.id}>
      <p class="overline">
        {deal.id === '' ? t('sidebar.deal.title') : `${t('sidebar.deal.title')} · ${deal.id}`}
      </p>
      {/* Focus lands here after a move or a selection from a list, so the new stage is read out first. */}
      <h2 id="deal-title" class="deal-name" tabIndex={-1}>
        {deal.name || t('sidebar.deal.noName')}
      </h2>
      <p class="in-stage" data-testid="in-stage">
        {inStage}
      </p>
      <dl class="facts">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {deal.lostReason && state.stages.find((s) => s.key === deal.stage)?.kind === 'lost' && (
        <p class="note">{t('sidebar.deal.lostAt', { stage: deal.lostAtStage ?? empty, reason: deal.lostReason })}</p>
      )}
      <StagePath path={deal.path} />
      {next && (
        <p class="next-needs" data-testid="next-needs">
          {next.missing.length > 0
            ? t('sidebar.next.requires', { stage: next.label, fields: next.missing.map((m) => m.label).join(', ') })
            : t('sidebar.next.ready', { stage: next.label })}
        </p>
      )}
      {deal.id === '' ? (
        // Every action names its deal by ID: without one, none could work.
        <p class="note" data-testid="no-deal-id">
          {t('sidebar.deal.noId')}
        </p>
      ) : (
        <>
          <DealActions deal={deal} state={state} run={run} busy={busy} />
          <NextStepForm key={`${deal.nextStep}|${deal.nextStepDue ?? ''}`} deal={deal} state={state} run={run} busy={busy} />
        </>
      )}
      <HistoryTimeline history={deal.history} />
    </section>
  );
}
