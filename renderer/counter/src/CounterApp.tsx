import { useCounter } from './counterStore';
import { DeskScreen } from './DeskScreen';
import { PairingScreen } from './PairingScreen';

export function CounterApp() {
  const paired = useCounter((s) => s.session !== null);
  return paired ? <DeskScreen /> : <PairingScreen />;
}
