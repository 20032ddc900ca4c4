import { z } from 'zod';
import { localizedTextSchema } from './office';

export const businessDaySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a day is written YYYY-MM-DD');

const messageCount = z.number().int().nonnegative();
/**
 * How many residents' messages stand where, left to right as a message moves on: requested (decided,
 * not yet taken by the provider), accepted (taken, no report yet), delivered by KakaoTalk, fell back to
 * SMS/LMS, failed, expired (no longer needed, never sent). Counts only: never a number or a ticket.
 */
export const deliveryCountsSchema = z
  .object({ requested: messageCount, accepted: messageCount, delivered: messageCount, fell_back: messageCount, failed: messageCount, expired: messageCount })
  .strict();
export type DeliveryCounts = z.infer<typeof deliveryCountsSchema>;
export const deliveryStates = Object.keys(deliveryCountsSchema.shape) as ReadonlyArray<keyof DeliveryCounts>;
/** One business day's messages of the office, as the district server counted them. */
export const dayDeliveriesSchema = z.object({ businessDay: businessDaySchema, counts: deliveryCountsSchema });
export type DayDeliveries = z.infer<typeof dayDeliveriesSchema>;

/** How tickets ended up. A ticket still waiting or at a counter counts only as issued. */
const outcomeCounts = {
  issued: z.number().int(),
  /** `issued` split by how the resident took the ticket. */
  paper: z.number().int(),
  mobile: z.number().int(),
  served: z.number().int(),
  noShows: z.number().int(),
  cancelled: z.number().int(),
};
/** Issue to first call, over the tickets that were called; null when none was. */
const waitMinutes = { meanWaitMinutes: z.number().nullable(), medianWaitMinutes: z.number().nullable(), p90WaitMinutes: z.number().nullable() };
/** Mean service time: from the start of service (or the call, when never started) to done. */
const meanServiceMinutes = z.number().nullable();

export const dayStatisticsSchema = z.object({
  businessDay: businessDaySchema,
  ...outcomeCounts,
  ...waitMinutes,
  byService: z.array(z.object({ serviceId: z.string(), ...outcomeCounts, ...waitMinutes, meanServiceMinutes })),
  /** Tickets by the Seoul hour (0..23) they were issued in. */
  byHour: z.array(z.object({ hour: z.number().int().min(0).max(23), ...outcomeCounts })),
  byCounter: z.array(z.object({ counterId: z.string(), served: z.number().int(), meanServiceMinutes })),
  /** The hour most tickets were issued in (the earliest on a tie); null on a day without tickets. */
  busiestHour: z.number().int().nullable(),
});
/** One business day's statistics: counts, times and shapes only; no ticket can be traced to a person. */
export type DayStatistics = z.infer<typeof dayStatisticsSchema>;
export type OutcomeCounts = Pick<DayStatistics, 'issued' | 'paper' | 'mobile' | 'served' | 'noShows' | 'cancelled'>;
export type WaitMinutes = Pick<DayStatistics, 'meanWaitMinutes' | 'medianWaitMinutes' | 'p90WaitMinutes'>;
export type ServiceStatistics = DayStatistics['byService'][number];
export type CounterStatistics = DayStatistics['byCounter'][number];
export type HourStatistics = DayStatistics['byHour'][number];

export const statisticsRangeSchema = z
  .object({ fromDay: businessDaySchema, toDay: businessDaySchema })
  .strict()
  .refine((range) => range.fromDay <= range.toDay, { message: 'fromDay must not be after toDay' });

/** A range of business days, or none for today's. */
export const statisticsRequestSchema = z.union([statisticsRangeSchema, z.object({}).strict()]);
export type StatisticsRequest = z.infer<typeof statisticsRequestSchema>;

/** The statistics of a range with the names to show them by (services and counters since removed keep their ids). */
export const statisticsReportSchema = z.object({
  fromDay: businessDaySchema,
  toDay: businessDaySchema,
  /** The kiosk's business day now: where a range picker starts. */
  today: businessDaySchema,
  days: z.array(dayStatisticsSchema),
  services: z.array(z.object({ id: z.string(), name: localizedTextSchema })),
  counters: z.array(z.object({ id: z.string(), number: z.number().int() })),
  /** The days of the range the district server last reported messages for (none without a district link). */
  deliveries: z.array(dayDeliveriesSchema),
});
export type StatisticsReport = z.infer<typeof statisticsReportSchema>;
