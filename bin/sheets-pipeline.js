#!/usr/bin/env node
// The `sheets-pipeline` command: runs the built local runtime (dist/local/cli.js).
const fs = require('fs');
const path = require('path');
const cli = path.join(__dirname, '..', 'dist', 'local', 'cli.js');
if (!fs.existsSync(cli)) {
  console.error('sheets-pipeline: the local runtime is not built yet: run "npm run build" in ' + path.dirname(__dirname));
  process.exit(1);
}
require(cli);
