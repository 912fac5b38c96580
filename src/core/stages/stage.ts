import type { Language } from '../i18n/language';

/** `open` stages are worked; `won` and `lost` close a deal (Onboarding is a post-sale `won` stage). */
export type StageKind = 'open' | 'won' | 'lost';

export interface Stage {
  /** Stable key used in settings and history, e.g. `proposal`. */
  key: string;
  labels: Record<Language, string>;
  kind: StageKind;
  /** Default win probability for deals in this stage, 0–1. */
  probability: number;
  /** Days in this stage after which an open deal is stale; `null` when it never goes stale. */
  staleDays: number | null;
  /** English names of the deal columns that must be filled to enter this stage. */
  requiredFields: string[];
  /** Other spellings that mean this stage (CRM exports, older sheets). */
  aliases: string[];
}

/** The pipeline-wide rules of SPEC §2. */
export interface PipelineRules {
  allowSkipForward: boolean;
  allowBackward: boolean;
  allowReopen: boolean;
}

export interface PipelineDefinition {
  /** Stages in pipeline order. */
  stages: Stage[];
  rules: PipelineRules;
  lostReasons: Record<Language, string[]>;
  currency: string;
}
