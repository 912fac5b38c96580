#!/usr/bin/env node
/**
 * `npm run build`: writes the Apps Script project into dist/ and the local runtime into dist/local/.
 *
 *   dist/Code.js           webpack + ts-loader + gas-webpack-plugin (globals as top-level functions with JSDoc),
 *                          then, behind those globals: string keys shortened, strings tables gzipped into one
 *                          payload decoded on first use by Apps Script's Utilities (pack-string-tables.js),
 *                          and the whole minified with terser
 *   dist/Sidebar.html      esbuild bundle of src/client/sidebar, JS and CSS inlined into one file
 *   dist/appsscript.json   the manifest, copied
 *   dist/local/cli.js      the local runtime, preview server and CLI for Node (esbuild)
 *   dist/local/preview.html the preview page, inlined like the sidebar
 *   dist/local/bridge.js   google.script.run for the sidebar in the preview, bridged to the local runtime
 *   dist/local/bench.js    `npm run bench` (SPEC §8 budgets), when src/local/bench exists
 */
const fs = require('fs');
const path = require('path');
const webpack = require('webpack');
const esbuild = require('esbuild');
const terser = require('terser');
const { packStringTables } = require('./pack-string-tables');

const root = path.resolve(__dirname, '..');
const dist = path.join(root, 'dist');

function runWebpack() {
  const config = require(path.join(root, 'webpack.config.js'));
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) return reject(error);
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    });
  });
}

/**
 * Shortens the strings tables' keys in the server bundle: `'report.summary.winRate'` becomes
 * `'k1x'` everywhere it appears as a string literal (the table and every `translate` call),
 * saving over 10 KB of dist/Code.js. Keys the code builds at run time (`validate.kind.${kind}`)
 * keep their names: any key under such a prefix is left alone. Every key is a dotted name
 * that nothing else in the bundle spells, and the bundle tests run the result.
 */
function shortenStringKeys(code) {
  const tableKeys = new Set([...code.matchAll(/^\s+'([A-Za-z]+(?:\.[\w-]+)+)': \[$/gm)].map((m) => m[1]));
  const dynamicPrefixes = [...code.matchAll(/`([A-Za-z]+(?:\.[\w-]+)*\.)\$\{/g)].map((m) => m[1]);
  let next = 0;
  const shortKeys = new Map();
  for (const key of tableKeys) {
    if (dynamicPrefixes.some((prefix) => key.startsWith(prefix))) continue;
    shortKeys.set(key, `~${(next++).toString(36)}`);
  }
  return code.replace(/(['"])([A-Za-z]+(?:\.[\w-]+)+)\1/g, (literal, quote, key) => (shortKeys.has(key) ? `${quote}${shortKeys.get(key)}${quote}` : literal));
}

/**
 * Minifies dist/Code.js behind its public surface. gas-webpack-plugin writes the globals
 * first, as top-level `function NAME(params) {}` stubs with their JSDoc (which Sheets reads
 * for custom-function help); that header is kept as written, and only the webpack bundle
 * after it is packed and minified, keeping dist/Code.js under the 150 KB budget of SPEC §8.
 * Packing (pack-string-tables.js) puts the strings tables in one gzipped payload that only
 * the built bundle decodes, with Apps Script's Utilities, on the first translation that
 * needs it: the sources (src/core) never name an Apps Script global for it. Returns a line
 * for the build's report.
 */
async function minifyServerBundle() {
  const file = path.join(dist, 'Code.js');
  const code = shortenStringKeys(fs.readFileSync(file, 'utf8'));
  const start = code.indexOf('/******/ (() => {');
  if (start < 0) throw new Error('dist/Code.js: webpack bootstrap not found; cannot separate the globals from the bundle');
  const packed = packStringTables(code.slice(start));
  // terser, three compress passes, ES2020 syntax, with the unsafe_* rewrites that keep every value the same (the tests
  // run against this output). Not unsafe_comps: it turns `!(a >= b)` into `a < b`, which is false, not true, for NaN, and
  // the engine tests missing dates that way. Not unsafe_math: it reorders arithmetic, and the figures must be exact.
  const body = await terser.minify(packed.code, {
    ecma: 2020,
    compress: { passes: 3, unsafe: true, unsafe_arrows: true, unsafe_methods: true, unsafe_undefined: true, unsafe_regexp: true, pure_getters: true },
    mangle: true,
    format: { comments: false, ascii_only: false },
  });
  // Apps Script reads @OnlyCurrentDoc from any comment: it asks for access to this spreadsheet only.
  const annotation = '/**\n * Sheets Pipeline: a stage-validated sales pipeline in Google Sheets.\n * @OnlyCurrentDoc\n */\n';
  fs.writeFileSync(file, `${annotation}${code.slice(0, start).trimEnd()}\n${body.code}\n`);
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  return `${packed.packed.length} strings tables packed: ${kb(Buffer.byteLength(packed.json))} of JSON, ${kb(packed.payload.length)} gzipped in base64`;
}

/** Bundles a browser entry and its stylesheet, and inlines both into an HTML template. */
async function buildInlinedPage({ entry, css, template, out }) {
  const js = await esbuild.build({
    entryPoints: [path.join(root, entry)],
    bundle: true,
    minify: true,
    write: false,
    format: 'iife',
    target: ['es2019', 'chrome80'],
    jsx: 'automatic',
    jsxImportSource: 'preact',
    legalComments: 'none',
    charset: 'utf8',
  });
  const style = await esbuild.transform(fs.readFileSync(path.join(root, css), 'utf8'), { loader: 'css', minify: true });
  const code = js.outputFiles[0].text;
  if (/<\/script/i.test(code) || /<\/style/i.test(style.code)) {
    throw new Error(`${entry}: bundle contains a closing tag and cannot be inlined`);
  }
  // Function replacers: minified code contains `$&` and friends, which string replacements would expand.
  const html = fs
    .readFileSync(path.join(root, template), 'utf8')
    .replace('/*INLINE_CSS*/', () => style.code.trim())
    .replace('/*INLINE_JS*/', () => code.trim());
  fs.mkdirSync(path.dirname(path.join(dist, out)), { recursive: true });
  fs.writeFileSync(path.join(dist, out), html);
}

/** The CLI, and the bench when its sources are present (it is a development tool). */
function localEntryPoints() {
  const entries = { cli: path.join(root, 'src/local/cli.ts') };
  const bench = path.join(root, 'src/local/bench/index.ts');
  if (fs.existsSync(bench)) entries.bench = bench;
  return entries;
}

async function buildLocalRuntime() {
  await esbuild.build({
    entryPoints: [path.join(root, 'src/local/preview/page/bridge.ts')],
    outfile: path.join(dist, 'local/bridge.js'),
    bundle: true,
    minify: true,
    format: 'iife',
    target: ['es2019'],
    legalComments: 'none',
  });
  await esbuild.build({
    entryPoints: localEntryPoints(),
    outdir: path.join(dist, 'local'),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'linked',
    // hyperformula (GPL, a dev dependency) is only loaded by the bench, never bundled.
    external: ['exceljs', 'playwright-core', 'hyperformula'],
    logLevel: 'warning',
  });
}

async function main() {
  const started = Date.now();
  fs.mkdirSync(dist, { recursive: true });
  await runWebpack();
  const packing = await minifyServerBundle();
  await buildInlinedPage({
    entry: 'src/client/sidebar/main.tsx',
    css: 'src/client/sidebar/sidebar.css',
    template: 'src/client/sidebar/sidebar.html',
    out: 'Sidebar.html',
  });
  fs.copyFileSync(path.join(root, 'appsscript.json'), path.join(dist, 'appsscript.json'));
  if (fs.existsSync(path.join(root, 'src/local/cli.ts'))) {
    await buildInlinedPage({
      entry: 'src/local/preview/page/main.ts',
      css: 'src/local/preview/page/preview.css',
      template: 'src/local/preview/page/preview.html',
      out: 'local/preview.html',
    });
    await buildLocalRuntime();
  }
  const size = (file) => `${(fs.statSync(path.join(dist, file)).size / 1024).toFixed(1)} KB`;
  console.log(`built dist/Code.js (${size('Code.js')}; ${packing}), dist/Sidebar.html (${size('Sidebar.html')}) in ${Date.now() - started} ms`);
}

main().catch((error) => {
  console.error(`build failed: ${error.message}`);
  process.exit(1);
});
