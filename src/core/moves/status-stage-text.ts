import type { Language } from '../i18n/language';
import { cellText } from '../parse/cell-text';
import { readStatusCell } from '../parse/parse-status';
import { stageMatcher } from '../stages/match-stage';
import type { PipelineDefinition } from '../stages/stage';
import { statusStager } from '../stages/status-stage';

/** The stage text a row stands for, from its Stage and Status cells (see `statusStageText`). */
export type StatusStageText = (stageCell: unknown, statusCell: unknown) => string;

/**
 * The stage a row stands for, as stage changes judge it: the Stage cell's text, or, when a
 * won or lost Status (Pipedrive's) closes the deal at another stage than its Stage cell
 * names (see `statusStager`), that stage's label in `language`. So a Status cell typed from
 * open to won is a move to Closed won, judged and logged like typing Closed won as Stage.
 * Cells are passed apart so that an edit's old value can stand in for either.
 */
export function statusStageText(definition: PipelineDefinition, language: Language): StatusStageText {
  const match = stageMatcher(definition);
  const stager = statusStager(definition);
  return (stageCell, statusCell) => {
    const text = cellText(stageCell);
    const status = readStatusCell(statusCell);
    if (status !== 'won' && status !== 'lost') return text;
    const cellStage = text === '' ? undefined : match(text);
    const stage = stager(cellStage, status);
    return stage === undefined || stage === cellStage ? text : stage.labels[language];
  };
}
