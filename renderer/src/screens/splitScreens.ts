import { lazyScreen } from '../lazyScreen';

/** The staff screens (desk, settings, statistics, security): fetched while the PIN is being typed. */
export const staffScreen = lazyScreen(() => import('./StaffScreen').then((m) => m.StaffScreen));

/** The first-run setup: fetched as soon as the kiosk learns it has no office yet. */
export const setupScreen = lazyScreen(() => import('./admin/SetupScreen').then((m) => m.SetupScreen));
