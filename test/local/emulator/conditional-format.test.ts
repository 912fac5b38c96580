import { setup } from './helpers';

describe('conditional formats', () => {
  it('builds rules and reads their condition, format and ranges', () => {
    const { g, sheet } = setup();
    const rule = g.SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied('=$C2>5')
      .setBackground('#ff0000')
      .setFontColor('#ffffff')
      .setBold(true)
      .setRanges([sheet.getRange('A2:D10')])
      .build();
    const cond = rule.getBooleanCondition();
    expect(cond?.getCriteriaType()).toBe(g.SpreadsheetApp.BooleanCriteria.CUSTOM_FORMULA);
    expect(cond?.getCriteriaValues()).toEqual(['=$C2>5']);
    expect([cond?.getBackground(), cond?.getFontColor(), cond?.getBold()]).toEqual(['#ff0000', '#ffffff', true]);
    expect(rule.getRanges().map((r) => r.getA1Notation())).toEqual(['A2:D10']);
    const copy = rule.copy().whenTextEqualTo('Won').build();
    expect(copy.getBooleanCondition()?.getCriteriaValues()).toEqual(['Won']);
    expect(rule.getBooleanCondition()?.getCriteriaValues()).toEqual(['=$C2>5']);
  });

  it('setConditionalFormatRules replaces all rules of the sheet', () => {
    const { g, sheet } = setup();
    const app = g.SpreadsheetApp;
    const make = (b: GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder) => b.setRanges([sheet.getRange('A1:A5')]).setBackground('#00ff00').build();
    sheet.setConditionalFormatRules([make(app.newConditionalFormatRule().whenTextContains('x')), make(app.newConditionalFormatRule().whenCellEmpty())]);
    expect(sheet.getConditionalFormatRules()).toHaveLength(2);
    sheet.setConditionalFormatRules([make(app.newConditionalFormatRule().whenNumberGreaterThan(3))]);
    const rules = sheet.getConditionalFormatRules();
    expect(rules.map((r) => String(r.getBooleanCondition()?.getCriteriaType()))).toEqual(['NUMBER_GREATER_THAN']);
    // Merging means read, add, write back.
    sheet.setConditionalFormatRules([...rules, make(app.newConditionalFormatRule().whenCellNotEmpty())]);
    expect(sheet.getConditionalFormatRules()).toHaveLength(2);
  });
});

describe('embedded charts', () => {
  it('builds, inserts, lists, updates and removes charts', () => {
    const { g, sheet } = setup();
    const chart = sheet
      .newChart()
      .setChartType(g.Charts.ChartType.BAR)
      .addRange(sheet.getRange('A1:B5'))
      .setPosition(2, 4, 10, 20)
      .setOption('title', 'Pipeline')
      .build();
    expect(chart.getChartId()).toBeNull();
    sheet.insertChart(chart);
    const [inserted] = sheet.getCharts();
    expect(inserted.getChartId()).toEqual(expect.any(Number));
    expect(inserted.getOptions().get('title')).toBe('Pipeline');
    expect(inserted.getRanges().map((r) => r.getA1Notation())).toEqual(['A1:B5']);
    expect(inserted.getContainerInfo().getAnchorColumn()).toBe(4);
    sheet.updateChart(inserted.modify().setOption('title', 'New').setChartType(g.Charts.ChartType.COLUMN).build());
    expect(sheet.getCharts().map((c) => c.getOptions().get('title'))).toEqual(['New']);
    expect(sheet.getCharts()[0].modify().getChartType()).toBe(g.Charts.ChartType.COLUMN);
    sheet.removeChart(sheet.getCharts()[0]);
    expect(sheet.getCharts()).toHaveLength(0);
  });
});
