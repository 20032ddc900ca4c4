import type { Database } from 'better-sqlite3';
import type { DistrictTransaction } from '../districtStore';
import { fleetQuery, saveHeartbeatSql } from '../fleetSql';
import { toFleetKiosk, type FleetRow } from '../rowRecords';

export function heartbeatRows(db: Database): Pick<DistrictTransaction, 'saveHeartbeat' | 'fleet'> {
  const save = db.prepare(saveHeartbeatSql(['?', '?', '?', '?']));
  const fleet = db.prepare(fleetQuery);
  return {
    async saveHeartbeat({ kioskId, receivedAt, clockOffsetMs, report }) {
      save.run(kioskId, receivedAt, Math.round(clockOffsetMs), JSON.stringify(report));
    },
    async fleet() {
      return (fleet.all() as FleetRow[]).map(toFleetKiosk);
    },
  };
}
