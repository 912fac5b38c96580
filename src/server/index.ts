/**
 * The whole Apps Script surface of Sheets Pipeline. Every global is a one-line delegation
 * to `src/sheet`; gas-webpack-plugin turns each `global.NAME = ...` below into a top-level
 * `function NAME(...)` carrying the JSDoc written above it.
 *
 * Any global whose name does not end in `_` can be called from the browser with
 * `google.script.run`, so each one validates its arguments (or takes none).
 *
 * @OnlyCurrentDoc
 */
import { showHelp, showSidebar } from '../sheet/dialogs';
import { routeEdit } from '../sheet/edit-router';
import { buildAddonMenu } from '../sheet/menu';
import { getSidebarState } from '../sheet/sidebar-state';

/**
 * Simple trigger: builds the add-on menu when the spreadsheet opens (also in AuthMode.NONE).
 * @param {GoogleAppsScript.Events.SheetsOnOpen} e The open event.
 */
global.onOpen = (e: GoogleAppsScript.Events.SheetsOnOpen) => buildAddonMenu();

/**
 * Runs when the add-on is installed: builds the menu at once, as `onOpen` would.
 * @param {GoogleAppsScript.Events.AddonOnInstall} e The install event.
 */
global.onInstall = (e: GoogleAppsScript.Events.AddonOnInstall) => buildAddonMenu();

/**
 * Simple trigger: routes every user edit to the sheet layer.
 * @param {GoogleAppsScript.Events.SheetsOnEdit} e The edit event.
 */
global.onEdit = (e: GoogleAppsScript.Events.SheetsOnEdit) => routeEdit(e);

/** Menu: opens the pipeline sidebar. */
global.showSidebar = () => showSidebar();

/** Menu: shows the help dialog. */
global.showHelp = () => showHelp();

/**
 * Sidebar API: everything the sidebar renders, in one call.
 * @return {SidebarState} The deal counts per stage of the Pipeline sheet.
 */
global.getSidebarState = () => getSidebarState();
