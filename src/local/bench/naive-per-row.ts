/**
 * A NAIVE per-row implementation of the add-on's refresh, stage enforcement and sidebar
 * actions, as a first attempt would write it: a tiny Apps Script (plain JS, run by a second
 * `Runtime` over the same emulator) that reads and writes cell by cell with
 * `getRange(r, c).getValue()` / `setValue()` in loops and logs with `appendRow`; a new deal's
 * ID follows the highest found by reading the Deal ID column cell by cell; a sidebar action
 * finds its deal the same way and answers with the sidebar's figures, read cell by cell.
 * The bench counts its service calls beside ours (SPEC §8: "compare with a naive per-row
 * implementation in the same run").
 *
 * It is given every advantage that does not change its shape, so the ratio is a floor:
 * column numbers are hard-coded (no header read), there is no lock, no note, no settings
 * sheet, and a paste (no `oldValue`) looks up each deal's last stage in the history with
 * two whole-column reads (a per-row scan of the history would cost rows × history calls).
 */

/** 1-based columns of the pipeline sheet after setup, and of Stage History. */
export interface NaiveLayout {
  pipelineSheet: string;
  historySheet: string;
  columns: { id: number; deal: number; owner: number; stage: number; amount: number; probability: number; close: number; lostReason: number; lostAt: number; entered: number };
  history: { at: number; id: number; from: number; to: number };
  /** Stage labels in pipeline order, and which are closed (won or lost). */
  stages: { label: string; kind: 'open' | 'won' | 'lost'; probability: number; required: string[] }[];
  /** Whether a closed deal may be reopened, and a move backward is allowed. */
  allowReopen: boolean;
  allowBackward: boolean;
}

/** The naive script's source; its entry points are `naiveRefresh()`, `onEdit(e)`, `naiveMoveDeal(id, stage, fields)` and `naiveAddDeal(fields)`. */
export function naivePerRowScript(layout: NaiveLayout): string {
  return `
var LAYOUT = ${JSON.stringify(layout)};
var C = LAYOUT.columns;

function stageIndex_(label) {
  for (var i = 0; i < LAYOUT.stages.length; i++) if (LAYOUT.stages[i].label === label) return i;
  return -1;
}

/** Conversion and Forecast figures, every cell read and written one by one. */
function naiveRefresh() {
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  var sheet = ss.getSheetByName(LAYOUT.pipelineSheet);
  var last = sheet.getLastRow();
  var count = {}, amountByStage = {}, lostByReason = {}, byOwner = {}, byMonth = {};
  var won = 0, lost = 0, open = 0, wonAmount = 0, openAmount = 0, weighted = 0;
  for (var r = 2; r <= last; r++) {
    var id = sheet.getRange(r, C.id).getValue();
    if (id === '') continue;
    var stage = sheet.getRange(r, C.stage).getValue();
    var amount = Number(sheet.getRange(r, C.amount).getValue()) || 0;
    var owner = sheet.getRange(r, C.owner).getValue();
    var probability = sheet.getRange(r, C.probability).getValue();
    var close = sheet.getRange(r, C.close).getValue();
    var reason = sheet.getRange(r, C.lostReason).getValue();
    var s = LAYOUT.stages[stageIndex_(stage)];
    if (!s) continue;
    count[stage] = (count[stage] || 0) + 1;
    amountByStage[stage] = (amountByStage[stage] || 0) + amount;
    if (s.kind === 'won') { won++; wonAmount += amount; }
    else if (s.kind === 'lost') { lost++; lostByReason[reason] = (lostByReason[reason] || 0) + 1; }
    else {
      open++;
      openAmount += amount;
      var p = probability === '' ? s.probability : Number(probability);
      weighted += amount * p;
      byOwner[owner] = (byOwner[owner] || 0) + amount * p;
      var month = close instanceof Date ? close.getUTCFullYear() + '-' + (close.getUTCMonth() + 1) : '(none)';
      byMonth[month] = (byMonth[month] || 0) + amount * p;
    }
  }
  var history = ss.getSheetByName(LAYOUT.historySheet);
  var hLast = history.getLastRow();
  var reached = {};
  for (var h = 2; h <= hLast; h++) {
    var dealId = history.getRange(h, LAYOUT.history.id).getValue();
    var to = history.getRange(h, LAYOUT.history.to).getValue();
    history.getRange(h, LAYOUT.history.at).getValue();
    reached[to + '|' + dealId] = true;
  }
  var reachedByStage = {};
  for (var key in reached) {
    var st = key.split('|')[0];
    reachedByStage[st] = (reachedByStage[st] || 0) + 1;
  }

  var conversion = naiveReportSheet_(ss, 'Naive Conversion');
  var row = 1;
  function put(cells) {
    for (var c = 0; c < cells.length; c++) conversion.getRange(row, c + 1).setValue(cells[c]);
    row++;
  }
  put(['Win rate', won + lost ? won / (won + lost) : '']);
  put(['Won deals', won]);
  put(['Lost deals', lost]);
  put(['Open deals', open]);
  put(['Average deal size', won ? wonAmount / won : '']);
  row++;
  put(['Stage', 'Deals', 'Reached', 'Amount']);
  for (var i = 0; i < LAYOUT.stages.length; i++) {
    var label = LAYOUT.stages[i].label;
    put([label, count[label] || 0, reachedByStage[label] || 0, amountByStage[label] || 0]);
  }
  row++;
  put(['Lost reason', 'Deals']);
  for (var rsn in lostByReason) put([rsn, lostByReason[rsn]]);

  var forecast = naiveReportSheet_(ss, 'Naive Forecast');
  conversion = forecast;
  row = 1;
  put(['Open pipeline', openAmount]);
  put(['Weighted pipeline', weighted]);
  row++;
  put(['Month', 'Weighted']);
  for (var m in byMonth) put([m, byMonth[m]]);
  row++;
  put(['Owner', 'Weighted']);
  for (var o in byOwner) put([o, byOwner[o]]);
  return { deals: won + lost + open };
}

function naiveReportSheet_(ss, name) {
  var sheet = ss.getSheetByName(name);
  if (sheet) { sheet.clear(); return sheet; }
  return ss.insertSheet(name);
}

/** A reason the move is refused, or '' (reads the required fields one by one). */
function naiveCheck_(sheet, r, from, to) {
  var t = stageIndex_(to);
  if (t < 0) return 'unknown stage';
  var f = stageIndex_(from);
  if (f >= 0 && LAYOUT.stages[f].kind !== 'open' && LAYOUT.stages[t].kind === 'open' && !LAYOUT.allowReopen) return 'closed deals cannot be reopened';
  if (f >= 0 && t < f && LAYOUT.stages[t].kind === 'open' && !LAYOUT.allowBackward) return 'backward move';
  var required = LAYOUT.stages[t].required;
  for (var i = 0; i < required.length; i++) {
    var col = required[i] === 'Amount' ? C.amount : required[i] === 'Expected close' ? C.close : C.lostReason;
    if (sheet.getRange(r, col).getValue() === '') return required[i] + ' is required';
  }
  return '';
}

/** Stage enforcement, row by row: check, revert or log with appendRow, stamp Stage entered. */
function onEdit(e) {
  var range = e.range;
  var sheet = range.getSheet();
  if (sheet.getName() !== LAYOUT.pipelineSheet) return;
  var first = range.getColumn(), rows = range.getNumRows();
  if (C.stage < first || C.stage > first + range.getNumColumns() - 1) return;
  var history = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(LAYOUT.historySheet);
  var lastKnown = null;
  if (rows > 1 || e.oldValue === undefined) {
    lastKnown = {};
    var n = history.getLastRow() - 1;
    var ids = history.getRange(2, LAYOUT.history.id, n, 1).getValues();
    var tos = history.getRange(2, LAYOUT.history.to, n, 1).getValues();
    for (var k = 0; k < n; k++) lastKnown[ids[k][0]] = tos[k][0];
  }
  var undone = [];
  for (var i = 0; i < rows; i++) {
    var r = range.getRow() + i;
    var id = sheet.getRange(r, C.id).getValue();
    var to = sheet.getRange(r, C.stage).getValue();
    var from = lastKnown ? (lastKnown[id] || '') : e.oldValue;
    if (to === from) continue;
    var reason = naiveCheck_(sheet, r, from, to);
    if (reason) {
      sheet.getRange(r, C.stage).setValue(from);
      undone.push(id + ': ' + reason);
      continue;
    }
    if (id === '') {
      id = naiveNextId_(sheet);
      sheet.getRange(r, C.id).setValue(id);
    }
    naiveLog_(sheet, history, r, id, from, to, 'edit');
  }
  if (undone.length) SpreadsheetApp.getActiveSpreadsheet().toast(undone.join('\\n'), undone.length + ' stage changes undone');
}

/** The history row, Stage entered and Lost at stage of an accepted change. */
function naiveLog_(sheet, history, r, id, from, to, via) {
  var amount = sheet.getRange(r, C.amount).getValue();
  history.appendRow([new Date(), id, from, to, Session.getActiveUser().getEmail(), via, amount]);
  sheet.getRange(r, C.entered).setValue(new Date());
  if (stageIndex_(to) >= 0 && LAYOUT.stages[stageIndex_(to)].kind === 'lost') sheet.getRange(r, C.lostAt).setValue(from);
}

/** The ID after the highest D- ID of the Deal ID column, read cell by cell. */
function naiveNextId_(sheet) {
  var highest = 0;
  for (var r = 2; r <= sheet.getLastRow(); r++) {
    var m = /^D-(\\d+)$/.exec(String(sheet.getRange(r, C.id).getValue()));
    if (m && Number(m[1]) > highest) highest = Number(m[1]);
  }
  return 'D-' + ('00000' + (highest + 1)).slice(-6);
}

/** The sidebar's figures (deals by stage, stale and due deals, the history), read cell by cell. */
function naiveState_(sheet) {
  var byStage = {}, stale = 0, due = 0, now = Date.now();
  for (var r = 2; r <= sheet.getLastRow(); r++) {
    var stage = sheet.getRange(r, C.stage).getValue();
    var entered = sheet.getRange(r, C.entered).getValue();
    sheet.getRange(r, C.id).getValue();
    sheet.getRange(r, C.owner).getValue();
    sheet.getRange(r, C.amount).getValue();
    byStage[stage] = (byStage[stage] || 0) + 1;
    if (entered instanceof Date && now - entered.getTime() > 14 * 86400000) stale++;
    if (sheet.getRange(r, C.close).getValue() instanceof Date) due++;
  }
  var history = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(LAYOUT.historySheet);
  for (var h = 2; h <= history.getLastRow(); h++) {
    history.getRange(h, LAYOUT.history.id).getValue();
    history.getRange(h, LAYOUT.history.to).getValue();
  }
  return { byStage: byStage, stale: stale, due: due };
}

/** The row of a deal, found by reading the Deal ID column cell by cell. */
function naiveRow_(sheet, id) {
  for (var r = 2; r <= sheet.getLastRow(); r++) if (sheet.getRange(r, C.id).getValue() === id) return r;
  return -1;
}

/** Sidebar "move": the deal's row, the check, the cells one by one, the history row, then the figures. */
function naiveMoveDeal(id, to, fields) {
  var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(LAYOUT.pipelineSheet);
  var history = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(LAYOUT.historySheet);
  var r = naiveRow_(sheet, id);
  if (r < 0) return { ok: false };
  var from = sheet.getRange(r, C.stage).getValue();
  for (var name in fields) sheet.getRange(r, C[name]).setValue(fields[name]);
  var reason = naiveCheck_(sheet, r, from, to);
  if (reason) return { ok: false, reason: reason };
  sheet.getRange(r, C.stage).setValue(to);
  naiveLog_(sheet, history, r, id, from, to, 'sidebar');
  return { ok: true, state: naiveState_(sheet) };
}

/** Sidebar "add": the next ID, a row below the last, its cells one by one, the history row, then the figures. */
function naiveAddDeal(fields) {
  var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(LAYOUT.pipelineSheet);
  var history = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(LAYOUT.historySheet);
  var id = naiveNextId_(sheet);
  var r = sheet.getLastRow() + 1;
  sheet.getRange(r, C.id).setValue(id);
  for (var name in fields) sheet.getRange(r, C[name]).setValue(fields[name]);
  naiveLog_(sheet, history, r, id, '', fields.stage, 'sidebar');
  return { ok: true, dealId: id, state: naiveState_(sheet) };
}
`;
}
