#!/usr/bin/env node
// The `sheets-pipeline` command: runs the built local runtime (dist/local/cli.js).
const fs = require('fs');
const path = require('path');
const cli = path.join(__dirname, '..', 'dist', 'local', 'cli.js');
if (!fs.existsSync(cli)) {
  // The runtime's strings table is not built either: the same language choice as the CLI's
  // (src/local/i18n/cli-language.ts), with this one message in both languages.
  const args = process.argv.slice(2);
  const given = args.map((arg, i) => (arg === '--locale' ? args[i + 1] : arg.startsWith('--locale=') ? arg.slice(9) : undefined)).filter((v) => v === 'en' || v === 'fr').pop();
  const env = [process.env.LC_ALL, process.env.LC_MESSAGES, process.env.LANG].map((v) => (v || '').trim()).find((v) => v !== '') || '';
  const french = given ? given === 'fr' : /^fr(?![a-z])/i.test(env);
  const folder = path.dirname(__dirname);
  console.error(
    french
      ? `sheets-pipeline: l’environnement local n’est pas encore construit\u00a0: lancez «\u00a0npm run build\u00a0» dans ${folder}`
      : `sheets-pipeline: the local runtime is not built yet: run "npm run build" in ${folder}`,
  );
  process.exit(1);
}
require(cli);
