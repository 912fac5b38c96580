/**
 * Compresses the strings tables of the Apps Script bundle (a step of scripts/build.js).
 *
 * The bilingual strings tables are about a fifth of dist/Code.js. In the webpack output each
 * is a call `bilingual({ 'key': ['English', 'French'], ... })` (src/core/i18n/bilingual.ts).
 * `packStringTables` takes every such literal out, gzips their JSON together (one payload,
 * base64 in a string literal) and replaces each literal with a function that reads its table
 * from the payload, decoded by Apps Script's own Utilities service:
 *
 *   JSON.parse(Utilities.ungzip(Utilities.newBlob(Utilities.base64Decode(PAYLOAD), 'application/x-gzip')).getDataAsString('UTF-8'))
 *
 * `bilingual` reads its pairs only when the table is first read, and `translate` reads a table
 * only when a key is not in the tables before it. The strings nearly every execution reads
 * (the words recognised in the sheets, the menu captions: FREQUENT_STRINGS in
 * src/core/i18n/tables/frequent.ts) stay as written and are looked up first, so the payload
 * is decoded at most once per execution, when it first shows a message: never while the
 * script loads (Apps Script loads the whole file for every custom-function call and every
 * edit), to read the sheets or to build the menu.
 *
 * Only the bundle calls Utilities: src/core stays free of Apps Script globals, and Node,
 * the tests and the sidebar use the tables as written. The local emulator implements the
 * Utilities calls above (src/local/emulator/utilities.ts), and test/bundle runs the result.
 *
 * Anything unexpected (no table, a table that is not a literal of string pairs, a key in two
 * tables, the bundle not being one webpack IIFE) throws: the build must not ship tables
 * half-packed or unreachable.
 */
const assert = require('assert');
const zlib = require('zlib');
const ts = require('typescript');

/** The table left as written: nearly every execution reads it (src/core/i18n/tables/frequent.ts). */
const UNPACKED_TABLE = 'FREQUENT_STRINGS';
const DECODER = 'packedStringTables';
const CACHE = 'packedStringTablesCache';

/** `bilingual`, `bilingual_bilingual` (webpack's rename on a clash), or `(0, module.bilingual)`. */
function isBilingualCallee(expression) {
  let node = expression;
  while (ts.isParenthesizedExpression(node)) node = node.expression;
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.CommaToken) node = node.right;
  const name = ts.isIdentifier(node) ? node.text : ts.isPropertyAccessExpression(node) ? node.name.text : '';
  return name === 'bilingual' || name.endsWith('_bilingual');
}

/** A string literal, or a concatenation of them (long strings are written `'...' + '...'`). */
function stringValue(node, where) {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isParenthesizedExpression(node)) return stringValue(node.expression, where);
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) return stringValue(node.left, where) + stringValue(node.right, where);
  throw new Error(`${where}: expected a string literal, found ${node.getText().slice(0, 80)}`);
}

/** The `{ key: [English, French] }` literal of a `bilingual(...)` call, as plain data. */
function readTable(call) {
  const where = `bilingual(...) at offset ${call.getStart()}`;
  if (call.arguments.length !== 1 || !ts.isObjectLiteralExpression(call.arguments[0])) {
    throw new Error(`${where}: expected one object literal argument`);
  }
  const table = {};
  for (const property of call.arguments[0].properties) {
    if (!ts.isPropertyAssignment(property) || !(ts.isStringLiteral(property.name) || ts.isIdentifier(property.name))) {
      throw new Error(`${where}: expected 'key': [English, French] entries, found ${property.getText().slice(0, 80)}`);
    }
    const key = property.name.text;
    const pair = property.initializer;
    if (!ts.isArrayLiteralExpression(pair) || pair.elements.length !== 2) throw new Error(`${where}: "${key}" is not [English, French]`);
    if (Object.prototype.hasOwnProperty.call(table, key)) throw new Error(`${where}: "${key}" twice`);
    table[key] = [stringValue(pair.elements[0], `${where}, "${key}"`), stringValue(pair.elements[1], `${where}, "${key}"`)];
  }
  return table;
}

/** The name a call's value is assigned to (`const NAME = bilingual(...)`), if any. */
function declaredName(call) {
  const parent = call.parent;
  return parent && ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name) ? parent.name.text : undefined;
}

/** The statements of the webpack bootstrap IIFE, the one scope every module of the bundle shares. */
function bootstrapBody(source) {
  const [first, ...rest] = source.statements;
  let callee = first && ts.isExpressionStatement(first) && ts.isCallExpression(first.expression) ? first.expression.expression : undefined;
  while (callee && ts.isParenthesizedExpression(callee)) callee = callee.expression;
  const ok = callee && (ts.isArrowFunction(callee) || ts.isFunctionExpression(callee)) && ts.isBlock(callee.body) && rest.every(ts.isEmptyStatement);
  if (!ok) throw new Error('packStringTables: the bundle is not one webpack bootstrap IIFE');
  return callee.body;
}

function gzipBase64(json) {
  return zlib.gzipSync(Buffer.from(json, 'utf8'), { level: 9 }).toString('base64');
}

/**
 * Rewrites the webpack bundle (everything after gas-webpack-plugin's header, before terser):
 * returns the new code, and the tables packed and left as written, for the build's report.
 */
function packStringTables(code) {
  for (const name of [DECODER, CACHE]) {
    if (new RegExp(`\\b${name}\\b`).test(code)) throw new Error(`packStringTables: the bundle already uses the name ${name}`);
  }
  const source = ts.createSourceFile('Code.js', code, ts.ScriptTarget.ES2020, true, ts.ScriptKind.JS);
  const body = bootstrapBody(source);

  const calls = [];
  const visit = (node) => {
    if (ts.isCallExpression(node) && isBilingualCallee(node.expression)) calls.push(node);
    ts.forEachChild(node, visit);
  };
  visit(source);

  const packed = [];
  const packedCalls = [];
  const plain = [];
  const keys = new Set();
  for (const call of calls) {
    const table = readTable(call);
    for (const key of Object.keys(table)) {
      if (keys.has(key)) throw new Error(`packStringTables: the key "${key}" is in two tables`);
      keys.add(key);
    }
    const name = declaredName(call);
    if (name === UNPACKED_TABLE || (name && name.endsWith(`_${UNPACKED_TABLE}`))) {
      plain.push(table);
    } else {
      packed.push(table);
      packedCalls.push(call);
    }
  }
  if (plain.length !== 1) throw new Error(`packStringTables: expected the ${UNPACKED_TABLE} table once, found it ${plain.length} times`);
  if (packed.length === 0) throw new Error('packStringTables: no bilingual({...}) strings table found in the bundle');

  const json = JSON.stringify(packed);
  const payload = gzipBase64(json);
  assert.deepStrictEqual(JSON.parse(zlib.gunzipSync(Buffer.from(payload, 'base64')).toString('utf8')), packed, 'packStringTables: the payload does not decode to the tables');

  // Decoded once per execution, on the first read of a packed table. Utilities.ungzip wants a
  // gzip blob: the bytes from base64Decode get the content type Utilities.gzip gives its output.
  const decoder =
    `var ${CACHE};\n` +
    `function ${DECODER}() {\n` +
    `  return ${CACHE} || (${CACHE} = JSON.parse(Utilities.ungzip(Utilities.newBlob(Utilities.base64Decode(${JSON.stringify(payload)}), 'application/x-gzip')).getDataAsString('UTF-8')));\n` +
    `}\n`;
  const edits = packedCalls.map((call, index) => {
    const argument = call.arguments[0];
    return { start: argument.getStart(), end: argument.end, text: `() => ${DECODER}()[${index}]` };
  });
  // At the top of the bootstrap function, after its directives ('use strict' must stay first).
  const firstStatement = body.statements.find((statement) => !(ts.isExpressionStatement(statement) && ts.isStringLiteral(statement.expression)));
  const at = firstStatement ? firstStatement.getFullStart() : body.end - 1;
  edits.push({ start: at, end: at, text: `\n${decoder}` });
  edits.sort((a, b) => b.start - a.start);
  let out = code;
  for (const edit of edits) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);

  checkKeysReachable(out, keys);
  return { code: out, packed, plain, json, payload };
}

/**
 * Every shortened key the code spells (`'~1x'`, see `shortenStringKeys` in build.js) must be
 * in a table. Keys built at run time (`validate.kind.${kind}`) keep their names, and are in
 * the tables under those names.
 */
function checkKeysReachable(code, keys) {
  const missing = [...code.matchAll(/(['"])(~[0-9a-z]+)\1/g)].map((m) => m[2]).filter((key) => !keys.has(key));
  if (missing.length > 0) throw new Error(`packStringTables: keys used but in no table: ${[...new Set(missing)].join(', ')}`);
}

module.exports = { packStringTables };
