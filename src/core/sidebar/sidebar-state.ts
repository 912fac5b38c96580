/** The sidebar's state: the contract now lives in sidebar-api.ts (kept for older imports). */
export type { SidebarState } from './sidebar-api';
