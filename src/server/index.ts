/**
 * The whole Apps Script surface of Sheets Pipeline. Every global is a one-line delegation
 * to `src/sheet`; gas-webpack-plugin turns each `global.NAME = ...` below into a top-level
 * `function NAME(...)` carrying the JSDoc written above it.
 *
 * Any global whose name does not end in `_` can be called from the browser with
 * `google.script.run`, so each one validates its arguments (or takes none).
 *
 * @OnlyCurrentDoc
 */
import '../core/i18n/server-strings';
import { dealScoreFunction } from '../core/custom-functions/deal-score';
import { pipelineForecastFunction } from '../core/custom-functions/pipeline-forecast';
import { salesCycleFunction, salesVelocityFunction } from '../core/custom-functions/sales-cycle';
import { stageConversionFunction } from '../core/custom-functions/stage-conversion';
import { staleDealsFunction } from '../core/custom-functions/stale-deals';
import { timeInStageFunction } from '../core/custom-functions/time-in-stage';
import { weightedPipelineFunction } from '../core/custom-functions/weighted-pipeline';
import { winRateFunction } from '../core/custom-functions/win-rate';
import { showHelp, showSidebar } from '../sheet/dialogs';
import { functionContext } from '../sheet/function-context';
import { routeEdit } from '../sheet/edit-router';
import { buildAddonMenu } from '../sheet/menu';
import { refreshReports } from '../sheet/reports/refresh-reports';
import { normaliseStageNames } from '../sheet/setup/normalise-stage-names';
import { setupPipeline } from '../sheet/setup/setup-pipeline';
import { validateAllRows } from '../sheet/validate/validate-all-rows';
import { activateDeal } from '../sheet/sidebar/activate-deal';
import { addDeal } from '../sheet/sidebar/add-deal';
import { moveDeal } from '../sheet/sidebar/move-deal';
import { setNextStep } from '../sheet/sidebar/set-next-step';
import { getSettings, saveSettings } from '../sheet/sidebar/settings';
import { getSidebarState } from '../sheet/sidebar/sidebar-state';

/**
 * Simple trigger: builds the add-on menu when the spreadsheet opens (also in AuthMode.NONE).
 * @param {GoogleAppsScript.Events.SheetsOnOpen} e The open event.
 */
global.onOpen = (e: GoogleAppsScript.Events.SheetsOnOpen) => buildAddonMenu();

/**
 * Runs when the add-on is installed: builds the menu at once, as `onOpen` would.
 * @param {GoogleAppsScript.Events.AddonOnInstall} e The install event.
 */
global.onInstall = (e: GoogleAppsScript.Events.AddonOnInstall) => buildAddonMenu();

/**
 * Simple trigger: routes every user edit to the sheet layer.
 * @param {GoogleAppsScript.Events.SheetsOnEdit} e The edit event.
 */
global.onEdit = (e: GoogleAppsScript.Events.SheetsOnEdit) => routeEdit(e);

/** Menu: sets up the active sheet as a stage-validated pipeline (or converts a sheet of leads). Running it again changes nothing. */
global.setupPipeline = () => setupPipeline();

/** Menu: rewrites stage cells spelt differently (aliases, other case or language) to the canonical stage names, one history entry per row. */
global.normaliseStageNames = () => normaliseStageNames();

/** Menu and sidebar: rebuilds the Conversion and Forecast tabs from the pipeline and its history. */
global.refreshReports = () => refreshReports();

/** Menu: checks every row against the pipeline rules and marks problems, changing no data. */
global.validateAllRows = () => validateAllRows();

/** Menu: opens the pipeline sidebar. */
global.showSidebar = () => showSidebar();

/** Menu: shows the help dialog. */
global.showHelp = () => showHelp();

/** Sidebar API (src/core/sidebar/sidebar-api.ts): everything the sidebar renders, in one call. */
global.getSidebarState = () => getSidebarState();

/**
 * Sidebar API: adds a deal, under the rules of any edit.
 * @param {DealFields} fields By English column name; Stage as a label.
 */
global.addDeal = (fields: unknown) => addDeal(fields);

/**
 * Sidebar API: moves a deal to a stage with the fields that stage needs.
 * @param {string} dealId
 * @param {string} toStage A stage key.
 * @param {DealFields} fields By English column name.
 */
global.moveDeal = (dealId: unknown, toStage: unknown, fields: unknown) => moveDeal(dealId, toStage, fields);

/**
 * Sidebar API: sets or clears a deal's next step and due date.
 * @param {string} dealId
 * @param {string} text '' clears it.
 * @param {string} dueIsoDate yyyy-mm-dd, or ''.
 */
global.setNextStep = (dealId: unknown, text: unknown, dueIsoDate: unknown) => setNextStep(dealId, text, dueIsoDate);

/**
 * Sidebar API: selects a deal's row.
 * @param {string} dealId
 */
global.activateDeal = (dealId: unknown) => activateDeal(dealId);

/** Sidebar API: the pipeline settings. */
global.getSettings = () => getSettings();

/**
 * Sidebar API: checks and saves the pipeline settings.
 * @param {SettingsData} settings
 * @param {string|null=} selectedDealId The deal the sidebar shows, shown again in the answer.
 */
global.saveSettings = (settings: unknown, selectedDealId?: unknown) => saveSettings(settings, selectedDealId);

// Custom functions. Each reads only its arguments and, read-only, the Pipeline Settings
// sheet (stage names, aliases, probabilities); defaults apply when that sheet is absent.
// Ranges may be open-ended (B2:B): trailing blank rows are ignored.

/**
 * Stage-to-stage conversion: deals that reached "to" / deals that reached "from" (a deal that skipped a stage counts as having passed it). With neither from nor to, returns the funnel table: stage, reached, next-step conversion, cumulative conversion.
 *
 * @param {Range} stages The Stage column, e.g. Pipeline!G2:G.
 * @param {string} from Optional stage converted from, e.g. "Proposal". Alone: conversion to the next stage.
 * @param {string} to Optional stage converted to, e.g. "Closed won". Alone: cumulative conversion from the first stage.
 * @param {Range} lost_at Optional Lost at stage column, e.g. Pipeline!Q2:Q, for lost deals.
 * @param {Range} order Optional funnel order, e.g. {"Prospecting","Engaging","Won"}.
 * @return The conversion rate (0 to 1), or the funnel table.
 * @customfunction
 */
global.STAGE_CONVERSION = (stages: unknown, from: unknown, to: unknown, lost_at: unknown, order: unknown) => stageConversionFunction(functionContext(), stages, from, to, lost_at, order);

/**
 * Win rate = won / (won + lost), optionally over deals that closed between start and end (both days included).
 *
 * @param {Range} stages The Stage column, e.g. Pipeline!G2:G.
 * @param {Range} close_dates Optional close dates, e.g. Pipeline!J2:J (needed with start or end).
 * @param {Date} start Optional first close date counted, e.g. DATE(2024,1,1).
 * @param {Date} end Optional last close date counted, e.g. DATE(2024,3,31).
 * @return The win rate, 0 to 1.
 * @customfunction
 */
global.WIN_RATE = (stages: unknown, close_dates: unknown, start: unknown, end: unknown) => winRateFunction(functionContext(), stages, close_dates, start, end);

/**
 * Weighted pipeline = sum over open deals of Amount × probability (the deal's own probability when given, else its stage's).
 *
 * @param {Range} stages The Stage column, e.g. Pipeline!G2:G.
 * @param {Range} amounts The Amount column, e.g. Pipeline!H2:H.
 * @param {Range} probabilities Optional per-deal probabilities, e.g. Pipeline!I2:I (0–1, or percent when values exceed 1).
 * @return The weighted open pipeline.
 * @customfunction
 */
global.WEIGHTED_PIPELINE = (stages: unknown, amounts: unknown, probabilities: unknown) => weightedPipelineFunction(functionContext(), stages, amounts, probabilities);

/**
 * Open pipeline by expected-close month (in the spreadsheet's time zone): month, open amount, weighted amount.
 *
 * @param {Range} stages The Stage column, e.g. Pipeline!G2:G.
 * @param {Range} amounts The Amount column, e.g. Pipeline!H2:H.
 * @param {Range} expected_close The Expected close column, e.g. Pipeline!J2:J.
 * @param {Range} probabilities Optional per-deal probabilities, e.g. Pipeline!I2:I.
 * @return A table: month, open, weighted.
 * @customfunction
 */
global.PIPELINE_FORECAST = (stages: unknown, amounts: unknown, expected_close: unknown, probabilities: unknown) => pipelineForecastFunction(functionContext(), stages, amounts, expected_close, probabilities);

/**
 * Sales cycle: mean days from Created to close, over won deals.
 *
 * @param {Range} created The Created column, e.g. Pipeline!K2:K.
 * @param {Range} closed The close date column, e.g. Pipeline!J2:J.
 * @param {Range} stages The Stage column, e.g. Pipeline!G2:G.
 * @return Mean days to win.
 * @customfunction
 */
global.SALES_CYCLE = (created: unknown, closed: unknown, stages: unknown) => salesCycleFunction(functionContext(), created, closed, stages);

/**
 * Time in stage from the Stage History: per visit, exit minus entry in days. With a stage, the median of its completed visits; without, a table by stage.
 *
 * @param {Range} history_ids The history's Deal ID column, e.g. 'Stage History'!B2:B.
 * @param {Range} history_stages The history's To column (stage entered), e.g. 'Stage History'!D2:D.
 * @param {Range} history_times The history's Timestamp column, e.g. 'Stage History'!A2:A.
 * @param {string} stage Optional stage, e.g. "Proposal".
 * @return Median days in the stage, or a table: stage, completed visits, median and mean days, median of each deal's latest visit and of each deal's visits added up, open visits and their median age.
 * @customfunction
 */
global.TIME_IN_STAGE = (history_ids: unknown, history_stages: unknown, history_times: unknown, stage: unknown) => timeInStageFunction(functionContext(), history_ids, history_stages, history_times, stage);

/**
 * Stale deals: open deals whose days in their stage exceed the stage's stale days, unless their next step is due later. Most overdue first.
 *
 * @param {Range} ids The Deal ID column, e.g. Pipeline!A2:A.
 * @param {Range} stages The Stage column, e.g. Pipeline!G2:G.
 * @param {Range} stage_entered The Stage entered column, e.g. Pipeline!L2:L.
 * @param {Range} next_step_due Optional Next step due column, e.g. Pipeline!O2:O.
 * @param {Date} as_of Optional date to judge on, e.g. TODAY() (default: now).
 * @return The stale Deal IDs, one per row.
 * @customfunction
 */
global.STALE_DEALS = (ids: unknown, stages: unknown, stage_entered: unknown, next_step_due: unknown, as_of: unknown) => staleDealsFunction(functionContext(), ids, stages, stage_entered, next_step_due, as_of);

/**
 * Sales velocity = open deals × win rate × average won deal / sales cycle days: expected revenue per day.
 *
 * @param {Range} stages The Stage column, e.g. Pipeline!G2:G.
 * @param {Range} amounts The Amount column, e.g. Pipeline!H2:H.
 * @param {Range} created The Created column, e.g. Pipeline!K2:K.
 * @param {Range} closed The close date column, e.g. Pipeline!J2:J.
 * @return Value per day.
 * @customfunction
 */
global.SALES_VELOCITY = (stages: unknown, amounts: unknown, created: unknown, closed: unknown) => salesVelocityFunction(functionContext(), stages, amounts, created, closed);

/**
 * Lead score 0–100: 25 points each for Need, Budget, Authority and Timing (ticked boxes).
 *
 * @param {boolean} need Need, e.g. Pipeline!T2 or Pipeline!T2:T for a column of scores.
 * @param {boolean} budget Budget, e.g. Pipeline!U2.
 * @param {boolean} authority Authority, e.g. Pipeline!V2.
 * @param {boolean} timing Timing, e.g. Pipeline!W2.
 * @return The score, 0 to 100 (one per row for columns).
 * @customfunction
 */
global.DEAL_SCORE = (need: unknown, budget: unknown, authority: unknown, timing: unknown) => dealScoreFunction(functionContext(), need, budget, authority, timing);
