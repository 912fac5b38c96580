import { registerStrings } from './strings';
import { ENFORCEMENT_STRINGS } from './tables/enforcement';
import { ENGINE_STRINGS } from './tables/engine';
import { REPORT_STRINGS } from './tables/reports';
import { SETUP_STRINGS } from './tables/setup';

/** The strings the Apps Script bundle uses: everything but the sidebar's own. Imported once, by src/server/index.ts. */
for (const table of [ENGINE_STRINGS, SETUP_STRINGS, ENFORCEMENT_STRINGS, REPORT_STRINGS]) registerStrings(table);
