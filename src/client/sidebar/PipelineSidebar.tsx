import type { DealSummary, SidebarState } from '../../core/sidebar/sidebar-api';
import { callServer } from '../rpc';
import type { RunCommand } from './commands';
import { SelectedDeal } from './deal/SelectedDeal';
import { focusSoon } from './focus';
import { LazyDetails } from './LazyDetails';
import { formatDay } from './format';
import { AddDealForm } from './forms/AddDealForm';
import { DealList } from './lists/DealList';
import { RefreshReports } from './RefreshReports';
import { SettingsEditor } from './settings/SettingsEditor';
import { StageCounts } from './StageCounts';
import { useLanguage, useTranslate } from './translate';

interface Props {
  state: SidebarState;
  run: RunCommand;
  busy: boolean;
}

/** The sidebar once the state is in: the selected deal first (what a rep works on), then the lists, adding, reports and settings. */
export function PipelineSidebar({ state, run, busy }: Props) {
  const t = useTranslate();
  const language = useLanguage();
  if (state.pipelineSheet === null) return <p class="empty">{t('sidebar.noPipeline')}</p>;

  const select = (deal: DealSummary) => {
    run(
      () => callServer('activateDeal', deal.id),
      () => t('sidebar.activated', { deal: deal.name }),
    ).then((refused) => {
      if (refused.length === 0) focusSoon('deal-title');
    });
  };
  const staleLine = (deal: DealSummary) => t('sidebar.stale.days', { days: deal.daysInStage ?? '?', stage: deal.stageLabel });
  const dueLine = (deal: DealSummary) => {
    const when = deal.nextStepDue === null || deal.nextStepDue >= state.today ? t('sidebar.due.today') : t('sidebar.due.overdue', { date: formatDay(deal.nextStepDue, language) });
    return [deal.nextStep, when].filter(Boolean).join(' · ');
  };

  return (
    <>
      {state.selected ? (
        <SelectedDeal key={state.selected.id} deal={state.selected} state={state} run={run} busy={busy} />
      ) : (
        <section class="deal" aria-labelledby="deal-title">
          <h2 id="deal-title" tabIndex={-1}>
            {t('sidebar.deal.title')}
          </h2>
          <p class="empty">{t('sidebar.deal.none')}</p>
        </section>
      )}
      <DealList id="due" title={t('sidebar.due.title', { count: state.due.length })} empty={t('sidebar.due.empty')} deals={state.due} describe={dueLine} busy={busy} onSelect={select} />
      <DealList id="stale" title={t('sidebar.stale.title', { count: state.stale.length })} empty={t('sidebar.stale.empty')} deals={state.stale} describe={staleLine} busy={busy} onSelect={select} />
      <LazyDetails class="panel" name="add" summary={t('sidebar.add.title')}>
        {() => <AddDealForm state={state} run={run} busy={busy} />}
      </LazyDetails>
      {state.counts ? (
        <StageCounts counts={state.counts} sheet={state.pipelineSheet} language={language} />
      ) : (
        <p class="empty">{t('sidebar.noStageColumn', { sheet: state.pipelineSheet })}</p>
      )}
      <RefreshReports />
      <LazyDetails class="panel" name="settings" summary={t('sidebar.settings.title')}>
        {/* A saved or reloaded definition replaces the draft; unchanged settings keep what is being typed. */}
        {() => <SettingsEditor key={JSON.stringify(state.settings)} settings={state.settings} selectedDealId={state.selected?.id ?? null} run={run} busy={busy} />}
      </LazyDetails>
    </>
  );
}
