import { registerStrings } from '../core/i18n/strings';
import { SIDEBAR_STRINGS } from '../core/i18n/tables/sidebar';

/**
 * The strings the sidebar bundle uses: the base table (stages, settings labels, move
 * messages) plus the sidebar's own. The server's report and setup texts stay out of
 * dist/Sidebar.html (SPEC §8 size budget).
 */
registerStrings(SIDEBAR_STRINGS);
