/** Embedded charts: `Sheet.newChart()` builder, the chart object, and its options. */
import type { ChartModel } from './model';
import type { SheetStore } from './sheet-store';
import type { Workbook } from './workbook';
import { ChartType, enumName } from './enums';
import { SCRIPT_CLASS, ScriptObject, asGas, implOf } from './proxy';
import { RangeImpl } from './range';

type GasChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;
type GasBuilder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;

/** A chart the script holds: `model.id` is 0 until inserted, and ranges keep their sheets. */
export interface ChartState {
  model: ChartModel;
  ranges: RangeImpl[];
}

function copyChartState(state: ChartState): ChartState {
  return {
    model: { ...state.model, ranges: [], position: { ...state.model.position }, options: { ...state.model.options } },
    ranges: [...state.ranges],
  };
}

/** The model the sheet stores, ranges as its grid ranges. */
export function chartToModel(state: ChartState): ChartModel {
  const copy = copyChartState(state);
  return { ...copy.model, ranges: state.ranges.map((r) => ({ ...r.grid })) };
}

export function chartFromModel(model: ChartModel, workbook: Workbook, store: SheetStore): EmbeddedChartImpl {
  const state: ChartState = { model, ranges: model.ranges.map((g) => new RangeImpl(workbook, store, { ...g })) };
  return new EmbeddedChartImpl(copyChartState(state));
}

export class ChartOptionsImpl extends ScriptObject implements Pick<GoogleAppsScript.Charts.ChartOptions, 'get'> {
  readonly [SCRIPT_CLASS] = 'ChartOptions';

  constructor(readonly options: Record<string, unknown>) {
    super();
  }

  get(option: string): unknown {
    return this.options[option] ?? null;
  }
}

export class ContainerInfoImpl
  extends ScriptObject
  implements Pick<GoogleAppsScript.Spreadsheet.ContainerInfo, 'getAnchorRow' | 'getAnchorColumn' | 'getOffsetX' | 'getOffsetY'>
{
  readonly [SCRIPT_CLASS] = 'ContainerInfo';

  constructor(readonly position: ChartModel['position']) {
    super();
  }

  getAnchorRow(): number {
    return this.position.row;
  }

  getAnchorColumn(): number {
    return this.position.column;
  }

  getOffsetX(): number {
    return this.position.offsetX;
  }

  getOffsetY(): number {
    return this.position.offsetY;
  }
}

export class EmbeddedChartImpl extends ScriptObject implements Pick<GasChart, 'getChartId' | 'getRanges' | 'getOptions' | 'modify' | 'getContainerInfo'> {
  readonly [SCRIPT_CLASS] = 'EmbeddedChart';

  constructor(readonly state: ChartState) {
    super();
  }

  /** Null until the chart is inserted into a sheet, as in Apps Script. */
  getChartId(): number | null {
    return this.state.model.id || null;
  }

  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return this.state.ranges.map((r) => asGas<GoogleAppsScript.Spreadsheet.Range>(r));
  }

  getOptions(): GoogleAppsScript.Charts.ChartOptions {
    return asGas(new ChartOptionsImpl({ ...this.state.model.options }));
  }

  getContainerInfo(): GoogleAppsScript.Spreadsheet.ContainerInfo {
    return asGas(new ContainerInfoImpl({ ...this.state.model.position }));
  }

  modify(): GasBuilder {
    return asGas(new EmbeddedChartBuilderImpl(copyChartState(this.state)));
  }
}

type BuilderApi = Pick<
  GasBuilder,
  'setChartType' | 'addRange' | 'removeRange' | 'clearRanges' | 'setPosition' | 'setOption' | 'build' | 'getChartType' | 'getRanges'
>;

export class EmbeddedChartBuilderImpl extends ScriptObject implements BuilderApi {
  readonly [SCRIPT_CLASS] = 'EmbeddedChartBuilder';

  constructor(
    readonly state: ChartState = {
      model: { id: 0, type: ChartType.BAR, ranges: [], position: { row: 1, column: 1, offsetX: 0, offsetY: 0 }, options: {} },
      ranges: [],
    },
  ) {
    super();
  }

  setChartType(type: GoogleAppsScript.Charts.ChartType): GasBuilder {
    this.state.model.type = enumName(type);
    return asGas(this);
  }

  getChartType(): GoogleAppsScript.Charts.ChartType {
    return this.state.model.type as unknown as GoogleAppsScript.Charts.ChartType;
  }

  addRange(range: GoogleAppsScript.Spreadsheet.Range): GasBuilder {
    this.state.ranges.push(implOf(range, RangeImpl, 'SpreadsheetApp.EmbeddedChartBuilder.addRange'));
    return asGas(this);
  }

  removeRange(range: GoogleAppsScript.Spreadsheet.Range): GasBuilder {
    const target = implOf(range, RangeImpl, 'SpreadsheetApp.EmbeddedChartBuilder.removeRange');
    const key = JSON.stringify([target.store.id, target.grid]);
    this.state.ranges = this.state.ranges.filter((r) => JSON.stringify([r.store.id, r.grid]) !== key);
    return asGas(this);
  }

  clearRanges(): GasBuilder {
    this.state.ranges = [];
    return asGas(this);
  }

  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return this.state.ranges.map((r) => asGas<GoogleAppsScript.Spreadsheet.Range>(r));
  }

  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): GasBuilder {
    this.state.model.position = { row: anchorRowPos, column: anchorColPos, offsetX, offsetY };
    return asGas(this);
  }

  setOption(option: string, value: unknown): GasBuilder {
    this.state.model.options[option] = value;
    return asGas(this);
  }

  build(): GasChart {
    return asGas(new EmbeddedChartImpl(copyChartState(this.state)));
  }
}
