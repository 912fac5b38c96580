import { a1Notation, columnLetters, quotedSheetName } from '../../../src/core/columns/a1-notation';
import { columnLabel } from '../../../src/core/columns/column-label';
import { columnForHeader, mapColumns } from '../../../src/core/columns/find-columns';
import { isFieldFilled, isRequirableField, REQUIRED_FIELD_PROPERTY } from '../../../src/core/columns/required-fields';

describe('columnForHeader with CRM export headers', () => {
  it.each([
    // Salesforce
    ['StageName', 'Stage'], ['CloseDate', 'Expected close'], ['OwnerId', 'Owner'], ['Opportunity Owner', 'Owner'], ['Amount', 'Amount'],
    ['ForecastCategoryName', 'Forecast category'], ['CreatedDate', 'Created'], ['Account Name', 'Company'], ['Loss_Reason__c', 'Lost reason'],
    // HubSpot
    ['Deal Stage', 'Stage'], ['Deal owner', 'Owner'], ['Close Date', 'Expected close'], ['Create Date', 'Created'], ['Deal Name', 'Deal'],
    ['Amount in company currency', 'Amount'], ['Closed lost reason', 'Lost reason'], ['Associated Company', 'Company'],
    // Pipedrive
    ['Deal - Title', 'Deal'], ['Deal - Value', 'Amount'], ['Deal - Stage', 'Stage'], ['Deal - Expected close date', 'Expected close'],
    ['Deal - Deal created', 'Created'], ['Deal - Organization', 'Company'],
    // snake_case exports and decorated headers
    ['deal_stage', 'Stage'], ['close_value', 'Amount'], ['close_date', 'Expected close'], ['engage_date', 'Created'], ['sales_agent', 'Owner'],
    ['Expected close date', 'Expected close'], ['Amount (EUR)', 'Amount'], ['Montant (€)', 'Amount'], ['Probabilité (%)', 'Probability'],
  ])('%s → %s', (header, column) => expect(columnForHeader(header)).toBe(column));

  it('does not strip decorations off headers that mean something else', () => {
    expect(columnForHeader('Amount Currency')).toBeUndefined();
    expect(columnForHeader('Product (SKU)')).toBeUndefined();
    expect(columnForHeader(42)).toBeUndefined();
  });

  it('maps the CRM sample export', () => {
    const header = ['opportunity_id', 'sales_agent', 'product', 'account', 'deal_stage', 'engage_date', 'close_date', 'close_value'];
    expect(mapColumns(header)).toEqual({ 'Deal ID': 0, Owner: 1, Company: 3, Stage: 4, Created: 5, 'Expected close': 6, Amount: 7 });
  });
});

describe('a1Notation', () => {
  it('names cells as Sheets does', () => {
    expect(a1Notation(5, 3)).toBe('C5');
    expect([1, 26, 27, 52, 53, 702, 703].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  it('quotes sheet names for a reference, a quote inside doubled', () => {
    expect(quotedSheetName('Pipeline Settings')).toBe("'Pipeline Settings'");
    expect(quotedSheetName('Historique des étapes')).toBe("'Historique des étapes'");
    expect(quotedSheetName("Bob's deals")).toBe("'Bob''s deals'");
    expect(quotedSheetName('Sheet1')).toBe("'Sheet1'");
  });
});

describe('required fields', () => {
  it('maps every requirable column to a deal property that exists, in both languages', () => {
    for (const field of Object.keys(REQUIRED_FIELD_PROPERTY)) {
      expect(isRequirableField(field)).toBe(true);
      if (isRequirableField(field)) expect(columnForHeader(columnLabel(field, 'fr'))).toBe(field);
    }
    expect(isRequirableField('Phone')).toBe(false);
    expect(isRequirableField('Stage')).toBe(false);
  });

  it('counts text, numbers, dates, ticked boxes and categories as filled', () => {
    const deal = {
      id: '', name: ' ', company: 'Acme', contact: '', email: '', owner: '', amount: 0, probability: null, expectedClose: new Date(Number.NaN),
      created: new Date(0), lastActivity: null, nextStep: '', nextStepDue: null, lostReason: '', forecastCategory: null, leadSource: '',
      need: true, budget: false, authority: false, timing: false, score: null, notes: '',
    };
    expect(isFieldFilled(deal, 'Company')).toBe(true);
    expect(isFieldFilled(deal, 'Deal')).toBe(false);
    expect(isFieldFilled(deal, 'Amount')).toBe(true);
    expect(isFieldFilled(deal, 'Probability')).toBe(false);
    expect(isFieldFilled(deal, 'Expected close')).toBe(false);
    expect(isFieldFilled(deal, 'Created')).toBe(true);
    expect(isFieldFilled(deal, 'Need')).toBe(true);
    expect(isFieldFilled(deal, 'Budget')).toBe(false);
  });
});
