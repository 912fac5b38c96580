import './server-strings';
import { registerStrings } from './strings';
import { IMPORT_STRINGS } from './tables/import';
import { SIDEBAR_STRINGS } from './tables/sidebar';

/** Every table, for Node-side code and tests that translate any key (the importer's strings are Node-side only). */
registerStrings(SIDEBAR_STRINGS);
registerStrings(IMPORT_STRINGS);
