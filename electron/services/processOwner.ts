import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { uptime } from 'node:os';

/**
 * Names this process among every process that ever opened the kiosk database: the machine's boot,
 * the pid, and a random token for this run. The boot tells a pid reused after a restart of the
 * machine; the token tells a pid reused by this very process after a crash.
 */
export interface ProcessOwner {
  readonly id: string;
  /** False only when the owner is certainly gone: another boot, or a pid no process holds. */
  isAlive(ownerId: string): boolean;
}

/** Linux names each boot; elsewhere the boot instant, to ten seconds, stands in for it. */
function currentBoot(): string {
  try {
    return readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
  } catch {
    return `t${Math.round((Date.now() - uptime() * 1000) / 10_000)}`;
  }
}

function pidExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the pid exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function createProcessOwner(): ProcessOwner {
  const boot = currentBoot();
  const id = `${boot}/${process.pid}/${randomBytes(6).toString('hex')}`;
  return {
    id,
    isAlive(ownerId) {
      if (ownerId === id) return true;
      const [ownerBoot, pidText] = ownerId.split('/');
      const pid = Number(pidText);
      if (ownerBoot !== boot || !Number.isInteger(pid) || pid <= 0) return false;
      return pid !== process.pid && pidExists(pid);
    },
  };
}
