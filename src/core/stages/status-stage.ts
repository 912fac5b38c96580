import type { DealStatus } from '../deals/deal';
import type { PipelineDefinition, Stage } from './stage';

/** The stage a deal is at, from the stage its Stage cell names and its Status (see `statusStager`). */
export type StatusStager = (cellStage: Stage | undefined, status: DealStatus | null | undefined) => Stage | undefined;

/**
 * CRMs such as Pipedrive keep won and lost in a Status column apart from the Stage, which
 * then says where the deal stood: its last stage for a won deal, the stage it was lost at
 * for a lost one. A `won` Status puts the deal at the pipeline's first won stage, unless its
 * Stage cell already names a won stage (Onboarding); `lost` likewise with lost stages. An
 * open, deleted or missing Status leaves the Stage cell's stage, and so does a pipeline
 * without a stage of that kind.
 */
export function statusStager(definition: PipelineDefinition): StatusStager {
  const won = definition.stages.find((stage) => stage.kind === 'won');
  const lost = definition.stages.find((stage) => stage.kind === 'lost');
  return (cellStage, status) => {
    const closing = status === 'won' ? won : status === 'lost' ? lost : undefined;
    return closing === undefined || cellStage?.kind === closing.kind ? cellStage : closing;
  };
}
