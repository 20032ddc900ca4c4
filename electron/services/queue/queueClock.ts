import { z } from 'zod';
import type { Clock } from '../../../nodeShared/clock';
import { writeTransaction, type Database } from '../database/openDatabase';
import { settingRows } from '../settings/settingRows';
import { clockHighWaterRows } from './clockHighWaterRows';
import type { MachineTime } from './machineTime';

/** NTP corrections and a slow hardware clock stay well inside this; a changed date, hour or time zone does not. */
export const CLOCK_JUMP_LIMIT_MS = 10 * 60_000;
/** A kiosk switched off this long is rarer than a hardware clock that woke up years ahead: staff confirm it. */
const LONGEST_TRUSTED_OFF_MS = 45 * 24 * 3_600_000;
const SAVE_EVERY_MS = 30_000;
const SETTINGS_KEY = 'queue_clock';

/** Where the queue's time stood, and at what time since boot on which boot, for the next start (same boot or not). */
const savedClockSchema = z.object({ queueMs: z.number(), sinceBootMs: z.number(), bootId: z.string().nullable().optional(), faulted: z.boolean() });
type SavedClock = z.infer<typeof savedClockSchema>;

export interface ClockFault {
  /** The wall clock reads later than the queue's time, or earlier. */
  direction: 'ahead' | 'behind';
  wallClockMs: number;
  /** The time the queue keeps working by meanwhile: where it stood, carried forward by time since boot. */
  queueMs: number;
}

/**
 * The time the queue issues and calls by. It follows the wall clock while the wall clock agrees with
 * the time that really passed (time since boot); a jump beyond the limit, forward or back, is a clock
 * fault: the queue keeps its own time (and so its business day) until the wall clock comes back or
 * staff accept the new time. So one wrong reading never moves the business day nor raises the
 * high-water mark for good.
 */
export interface QueueClock extends Clock {
  fault(): ClockFault | null;
  /** Staff say the wall clock is right: the queue takes its time, even an earlier one. */
  acceptWallClock(): { acceptedMs: number; keptMs: number };
  close(): void;
}

export function startQueueClock(db: Database, machine: MachineTime, options: { limitMs?: number; onFault?: (fault: ClockFault) => void } = {}): QueueClock {
  const limitMs = options.limitMs ?? CLOCK_JUMP_LIMIT_MS;
  const settings = settingRows(db);
  const highWater = clockHighWaterRows(db);

  let { anchor, faulted } = startingPoint(readSaved(db), highWater.read(), machine, limitMs);
  let saveScheduled = false;
  let closed = false;

  const projected = (sinceBootMs: number) => anchor.queueMs + (sinceBootMs - anchor.sinceBootMs);
  const write = () => {
    const sinceBootMs = machine.sinceBootMs();
    const queueMs = now();
    writeTransaction(db, () => settings.write(SETTINGS_KEY, JSON.stringify({ queueMs, sinceBootMs, bootId: machine.bootId(), faulted } satisfies SavedClock)));
  };
  const save = () => {
    saveScheduled = false;
    if (closed) return;
    try {
      write();
    } catch {
      // The database is busy with another process's write: the next periodic save writes the same.
    }
  };
  // Never inside the caller's transaction: `now()` runs in issuing and in read-only views.
  const saveSoon = () => {
    if (saveScheduled) return;
    saveScheduled = true;
    setImmediate(save);
  };
  const faultNow = (wallClockMs: number, queueMs: number): ClockFault => ({ direction: wallClockMs > queueMs ? 'ahead' : 'behind', wallClockMs, queueMs });

  function now(): number {
    const wallMs = machine.wallMs();
    const sinceBootMs = machine.sinceBootMs();
    const expectedMs = projected(sinceBootMs);
    if (Math.abs(wallMs - expectedMs) <= limitMs) {
      anchor = { queueMs: wallMs, sinceBootMs };
      if (faulted) {
        faulted = false;
        saveSoon();
      }
      return wallMs;
    }
    if (!faulted) {
      faulted = true;
      saveSoon();
      options.onFault?.(faultNow(wallMs, expectedMs));
    }
    return expectedMs;
  }

  const timer = setInterval(save, SAVE_EVERY_MS);
  timer.unref();
  if (faulted) options.onFault?.(faultNow(machine.wallMs(), now()));
  saveSoon();

  return {
    now,
    fault() {
      const queueMs = now();
      return faulted ? faultNow(machine.wallMs(), queueMs) : null;
    },
    acceptWallClock() {
      const keptMs = now();
      const acceptedMs = machine.wallMs();
      anchor = { queueMs: acceptedMs, sinceBootMs: machine.sinceBootMs() };
      faulted = false;
      // Lowered only here, by a person: a reading years ahead must not hold the queue there for good.
      writeTransaction(db, () => {
        if (highWater.read() > acceptedMs) highWater.write(acceptedMs);
        write();
      });
      return { acceptedMs, keptMs };
    },
    close() {
      clearInterval(timer);
      save();
      closed = true;
    },
  };
}

function readSaved(db: Database): SavedClock | null {
  const stored = settingRows(db).read(SETTINGS_KEY);
  const parsed = stored === undefined ? null : savedClockSchema.safeParse(JSON.parse(stored));
  return parsed?.success ? parsed.data : null;
}

/**
 * Within one boot, time since boot says how much time passed since the last run, so the wall clock
 * can be checked exactly. After a reboot nobody knows how long the machine was off: a wall clock
 * earlier than where the queue stood is a fault, a later one is trusted (unless absurdly later), and
 * a fault nobody confirmed before the restart stands.
 */
function startingPoint(saved: SavedClock | null, highWaterMs: number, machine: MachineTime, limitMs: number) {
  const wallMs = machine.wallMs();
  const sinceBootMs = machine.sinceBootMs();
  const sameBoot = saved !== null && isSameBoot(saved, sinceBootMs, machine.bootId());
  const expectedMs = sameBoot ? saved.queueMs + (sinceBootMs - saved.sinceBootMs) : Math.max(saved?.queueMs ?? 0, highWaterMs);
  const agrees = Math.abs(wallMs - expectedMs) <= limitMs;
  const trusted = sameBoot || saved?.faulted ? agrees : expectedMs === 0 || (wallMs >= expectedMs - limitMs && wallMs <= expectedMs + LONGEST_TRUSTED_OFF_MS);
  return { anchor: { queueMs: trusted ? wallMs : expectedMs, sinceBootMs }, faulted: !trusted };
}

/**
 * The boot ids say it where the OS names its boots. Without them, time since boot that went back
 * means a reboot; one that went on is taken for the same boot, though a reboot whose uptime already
 * passed the saved one looks the same.
 */
function isSameBoot(saved: SavedClock, sinceBootMs: number, bootId: string | null): boolean {
  if (bootId !== null && saved.bootId != null) return saved.bootId === bootId;
  return sinceBootMs >= saved.sinceBootMs;
}
