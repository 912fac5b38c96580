import type { PathStep } from '../../../core/sidebar/sidebar-api';
import { useTranslate } from '../translate';

interface Props {
  path: PathStep[];
}

/**
 * Where the deal is along the pipeline. Colour and shape show each step's status, and the
 * same status is written out for screen readers, since colour alone says nothing to them.
 */
export function StagePath({ path }: Props) {
  const t = useTranslate();
  return (
    <div class="path-block">
      <h3 id="path-title">{t('sidebar.path.title')}</h3>
      <ol class="path" aria-labelledby="path-title">
        {path.map((step) => (
          <li key={step.key} class={`step ${step.status}`} aria-current={step.status === 'current' ? 'step' : undefined} data-status={step.status}>
            <span class="marker" aria-hidden="true">
              {step.status === 'passed' ? '✓' : step.status === 'skipped' ? '↷' : step.status === 'current' ? '●' : '○'}
            </span>
            <span class="step-label">{step.label}</span>
            <span class="sr-only">{` (${t(`sidebar.path.${step.status}`)})`}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}
