import type { StaffState } from '../flow/flowTypes';
import { PairingPanel } from './staff/PairingPanel';
import { RevokePanel } from './staff/RevokePanel';
import { StaffOverviewPanel } from './staff/StaffOverviewPanel';

export function StaffScreen({ state }: { state: StaffState }) {
  const { panel } = state;
  switch (panel.kind) {
    case 'overview':
      return <StaffOverviewPanel state={state} />;
    case 'pairing':
      return <PairingPanel language={state.language} panel={panel} />;
    case 'confirmRevoke':
      return <RevokePanel language={state.language} panel={panel} revoking={state.pending === 'revoking'} />;
  }
}
