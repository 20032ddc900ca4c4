import type { Database } from 'better-sqlite3';
import { migration001Initial } from './001_initial';
import { migration002Calling } from './002_calling';
import { migration003CounterPairing } from './003_counter_pairing';
import { migration004MobileContacts } from './004_mobile_contacts';
import { migration005Sync } from './005_sync';
import { migration006History } from './006_history';
import { migration007InterruptedPrints } from './007_interrupted_prints';
import { migration008PrintJobs } from './008_print_jobs';
import { migration009WaitForecasts } from './009_wait_forecasts';
import { migration010StaffAdmin } from './010_staff_admin';
import { migration018OutboxSetAside } from './018_outbox_set_aside';
import { migration024DeskTimeIndexes } from './024_desk_time_indexes';
import { migration029PairingLockout } from './029_pairing_lockout';
import { migration030DeskCallIndexes } from './030_desk_call_indexes';
import { migration031ManagerPageLockout } from './031_manager_page_lockout';
import { migration033DistrictDeliveries } from './033_district_deliveries';
import { migration036CallingLineIndexes } from './036_calling_line_indexes';
import { migration037PinLockoutSinceBoot } from './037_pin_lockout_since_boot';
import { migration032LanLockoutsSinceBoot } from './032_lan_lockouts_since_boot';

/** Numbered migrations; `PRAGMA user_version` records how many have run. Append only. */
export const migrations: ReadonlyArray<(db: Database) => void> = [
  migration001Initial,
  migration002Calling,
  migration003CounterPairing,
  migration004MobileContacts,
  migration005Sync,
  migration006History,
  migration007InterruptedPrints,
  migration008PrintJobs,
  migration009WaitForecasts,
  migration010StaffAdmin,
  migration018OutboxSetAside,
  migration024DeskTimeIndexes,
  migration029PairingLockout,
  migration030DeskCallIndexes,
  migration031ManagerPageLockout,
  migration033DistrictDeliveries,
  migration036CallingLineIndexes,
  migration037PinLockoutSinceBoot,
  migration032LanLockoutsSinceBoot,
];
