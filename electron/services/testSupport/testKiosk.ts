import { afterEach } from 'vitest';
import type { KioskCore } from '../kiosk/kioskCore';
import { startTestKiosk, type TestKiosk, type TestKioskOptions } from './startTestKiosk';

export { startTestKiosk, valueOf, type KioskCall, type TestKiosk, type TestKioskOptions } from './startTestKiosk';

/** Test kiosks (see startTestKiosk), closed after each test. */
export function useTestKiosks(): {
  start(options: TestKioskOptions): TestKiosk;
  /** Closes a kiosk before the test ends, to start another on its data folder. */
  stop(kiosk: TestKiosk): Promise<void>;
} {
  const running: KioskCore[] = [];
  afterEach(async () => {
    for (const core of running.splice(0)) await core.close();
  });
  return {
    start(options) {
      const kiosk = startTestKiosk(options);
      running.push(kiosk.core);
      return kiosk;
    },
    async stop(kiosk) {
      running.splice(running.indexOf(kiosk.core), 1);
      await kiosk.core.close();
    },
  };
}
