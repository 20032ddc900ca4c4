import type { DistrictTransaction } from '../districtStore';
import { fleetQuery, saveHeartbeatSql } from '../fleetSql';
import { toFleetKiosk, type FleetRow } from '../rowRecords';
import { statement, type Run } from './sql';

const save = statement('heartbeat_save', saveHeartbeatSql(['$1', '$2', '$3', '$4']));
const fleet = statement('fleet', fleetQuery);

export function heartbeatRows(run: Run): Pick<DistrictTransaction, 'saveHeartbeat' | 'fleet'> {
  return {
    async saveHeartbeat({ kioskId, receivedAt, clockOffsetMs, report }) {
      await run(save, [kioskId, receivedAt, Math.round(clockOffsetMs), JSON.stringify(report)]);
    },
    async fleet() {
      return (await run<FleetRow>(fleet)).rows.map(toFleetKiosk);
    },
  };
}
