import type { ForecastCategory } from '../deals/deal';
import { LANGUAGES } from '../i18n/language';
import { translate } from '../i18n/strings';
import { foldLabel } from '../text/fold';

export const FORECAST_CATEGORIES: readonly ForecastCategory[] = ['pipeline', 'best-case', 'commit', 'closed', 'omitted'];

/**
 * Spellings beyond the English and French names: Salesforce's `ForecastCategoryName`
 * values and API names (`BestCase`, `Omitted`), HubSpot's (`Not forecasted`, `Closed won`).
 */
const EXPORT_SPELLINGS: Record<string, ForecastCategory> = {
  bestcase: 'best-case',
  upside: 'best-case',
  omit: 'omitted',
  notforecasted: 'omitted',
  closedwon: 'closed',
  won: 'closed',
};

const CATEGORY_BY_FOLDED: ReadonlyMap<string, ForecastCategory> = (() => {
  const map = new Map<string, ForecastCategory>(Object.entries(EXPORT_SPELLINGS));
  for (const category of FORECAST_CATEGORIES) {
    for (const language of LANGUAGES) map.set(foldLabel(translate(language, `forecastCategory.${category}`)), category);
    map.set(foldLabel(category), category);
  }
  return map;
})();

/** The forecast category a cell names, or `undefined`. */
export function forecastCategoryOf(text: unknown): ForecastCategory | undefined {
  return CATEGORY_BY_FOLDED.get(foldLabel(text));
}
