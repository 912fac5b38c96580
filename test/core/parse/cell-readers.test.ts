import { localeConventions } from '../../../src/core/parse/locale-conventions';
import { readBooleanCell } from '../../../src/core/parse/parse-boolean';
import { forecastCategoryOf } from '../../../src/core/parse/parse-forecast-category';
import { isPercentColumn, readProbabilityCell } from '../../../src/core/parse/parse-probability';

describe('readBooleanCell', () => {
  it('reads English and French checkbox spellings', () => {
    for (const yes of [true, 'TRUE', 'vrai', 'Yes', 'oui', '1', 1, 'x', 'X']) expect(readBooleanCell(yes)).toBe(true);
    for (const no of [false, 'FALSE', 'Faux', 'no', 'NON', '0', 0]) expect(readBooleanCell(no)).toBe(false);
    expect(readBooleanCell('')).toBeNull();
    expect(readBooleanCell('maybe')).toBeUndefined();
    expect(readBooleanCell(2)).toBeUndefined();
  });
});

describe('readProbabilityCell', () => {
  it('reads fractions, percent columns and percent text', () => {
    expect(readProbabilityCell(0.4, false, '.')).toBe(0.4);
    expect(readProbabilityCell(40, true, '.')).toBe(0.4);
    expect(readProbabilityCell('40%', false, '.')).toBe(0.4);
    expect(readProbabilityCell('40 %', true, ',')).toBe(0.4);
    expect(readProbabilityCell('12,5 %', false, ',')).toBe(0.125);
    expect(readProbabilityCell('0,4', false, ',')).toBe(0.4);
    expect(readProbabilityCell('', false, '.')).toBeNull();
  });

  it('refuses anything outside 0–100 %', () => {
    expect(readProbabilityCell(1.5, false, '.')).toBeUndefined();
    expect(readProbabilityCell('140%', false, '.')).toBeUndefined();
    expect(readProbabilityCell(-0.1, false, '.')).toBeUndefined();
    expect(readProbabilityCell('likely', false, '.')).toBeUndefined();
  });

  it('sees a percent column in values above 1, but not in percent text', () => {
    expect(isPercentColumn([0.2, '', 40], '.')).toBe(true);
    expect(isPercentColumn(['10', '0.5'], '.')).toBe(true);
    expect(isPercentColumn([0.2, 1, '80%'], '.')).toBe(false);
  });
});

describe('forecastCategoryOf', () => {
  it('knows English, French and Salesforce/HubSpot spellings', () => {
    expect(['Pipeline', 'Best Case', 'BestCase', 'Commit', 'Closed', 'Omitted'].map(forecastCategoryOf)).toEqual(['pipeline', 'best-case', 'best-case', 'commit', 'closed', 'omitted']);
    expect(['Meilleur cas', 'Engagé', 'Conclu', 'Exclu', 'Not forecasted'].map(forecastCategoryOf)).toEqual(['best-case', 'commit', 'closed', 'omitted', 'omitted']);
    expect(forecastCategoryOf('Maybe')).toBeUndefined();
  });
});

describe('localeConventions', () => {
  it('knows decimal commas and date orders', () => {
    expect(localeConventions('en_US')).toEqual({ decimalSeparator: '.', dateOrder: 'mdy' });
    expect(localeConventions('en_GB')).toEqual({ decimalSeparator: '.', dateOrder: 'dmy' });
    expect(localeConventions('fr_FR')).toEqual({ decimalSeparator: ',', dateOrder: 'dmy' });
    expect(localeConventions('de_DE')).toEqual({ decimalSeparator: ',', dateOrder: 'dmy' });
    expect(localeConventions('de_CH')).toEqual({ decimalSeparator: '.', dateOrder: 'dmy' });
    expect(localeConventions('pt-BR')).toEqual({ decimalSeparator: ',', dateOrder: 'dmy' });
    expect(localeConventions('')).toEqual({ decimalSeparator: '.', dateOrder: 'mdy' });
  });
});
