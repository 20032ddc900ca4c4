import { perConnection } from '../database/perConnection';

/** The `clock_high_water` table: the latest instant any ticket was issued at (one row). */
export const clockHighWaterRows = perConnection((db) => {
  const read = db.prepare<[], number>('SELECT instant FROM clock_high_water WHERE id = 1').pluck();
  const write = db.prepare<[number]>('UPDATE clock_high_water SET instant = ? WHERE id = 1');
  return {
    read: (): number => read.get() ?? 0,
    write: (instant: number): void => void write.run(instant),
  };
});
