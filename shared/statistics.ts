import { z } from 'zod';

export const businessDaySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a day is written YYYY-MM-DD');

/** How tickets ended up. A ticket still waiting or at a counter counts only as issued. */
const outcomeCounts = {
  issued: z.number().int(),
  served: z.number().int(),
  noShows: z.number().int(),
  cancelled: z.number().int(),
};
/** Issue to first call, over the tickets that were called; null when none was. */
const waitMinutes = { meanWaitMinutes: z.number().nullable(), p90WaitMinutes: z.number().nullable() };

export const dayStatisticsSchema = z.object({
  businessDay: businessDaySchema,
  ...outcomeCounts,
  ...waitMinutes,
  byService: z.array(z.object({ serviceId: z.string(), ...outcomeCounts, ...waitMinutes })),
  /** Tickets by the Seoul hour (0..23) they were issued in. */
  byHour: z.array(z.object({ hour: z.number().int().min(0).max(23), ...outcomeCounts })),
  /** Mean service time: from the start of service (or the call, when never started) to done. */
  byCounter: z.array(z.object({ counterId: z.string(), served: z.number().int(), meanServiceMinutes: z.number().nullable() })),
  /** The hour most tickets were issued in (the earliest on a tie); null on a day without tickets. */
  busiestHour: z.number().int().nullable(),
});
/** One business day's statistics: counts, times and shapes only; no ticket can be traced to a person. */
export type DayStatistics = z.infer<typeof dayStatisticsSchema>;
export type OutcomeCounts = Pick<DayStatistics, 'issued' | 'served' | 'noShows' | 'cancelled'>;
export type WaitMinutes = Pick<DayStatistics, 'meanWaitMinutes' | 'p90WaitMinutes'>;
export type HourStatistics = DayStatistics['byHour'][number];

export const statisticsRangeSchema = z
  .object({ fromDay: businessDaySchema, toDay: businessDaySchema })
  .strict()
  .refine((range) => range.fromDay <= range.toDay, { message: 'fromDay must not be after toDay' });
