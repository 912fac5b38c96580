import './server-strings';
import { registerStrings } from './strings';
import { SIDEBAR_STRINGS } from './tables/sidebar';

/** Every table, for Node-side code and tests that translate any key. */
registerStrings(SIDEBAR_STRINGS);
