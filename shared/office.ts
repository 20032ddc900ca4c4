import { z } from 'zod';
import { formRule, type FormRule, type FormRuleValues } from './formRules';
import { defaultKioskMount, type KioskMount } from './kioskMount';
import { defaultLanguages, languages, type LocalizedText } from './language';

export const languageSchema = z.enum(languages);

export const localizedTextSchema = z.object({
  ko: z.string().min(1),
  en: z.string().min(1),
  zh: z.string().min(1).optional(),
  vi: z.string().min(1).optional(),
}) satisfies z.ZodType<LocalizedText>;

/** Where the kiosk's screen hangs (kioskMount.ts); an empty mount is the default one. */
export const kioskMountSchema = z.object({
  panelDiagonalInches: z.number().min(10).max(100).default(defaultKioskMount.panelDiagonalInches),
  panelBottomMm: z.number().int().min(0).max(2000).default(defaultKioskMount.panelBottomMm),
}) satisfies z.ZodType<KioskMount>;

export const clockTimeSchema = z.string().refine((time) => /^([01]\d|2[0-3]):[0-5]\d$/.test(time), formRule('clockTime'));
export type ClockTime = z.infer<typeof clockTimeSchema>;

const timeSpanSchema = z
  .object({ start: clockTimeSchema, end: clockTimeSchema })
  .refine((span) => span.end > span.start, formRule('endAfterStart'));

export const dayHoursSchema = z
  .object({ open: clockTimeSchema, close: clockTimeSchema, lunch: timeSpanSchema.optional() })
  .refine((day) => day.close > day.open, { ...formRule('closeAfterOpen'), path: ['close'] })
  .refine((day) => !day.lunch || (day.lunch.start >= day.open && day.lunch.end <= day.close), { ...formRule('lunchWithinHours'), path: ['lunch'] });
export type DayHours = z.infer<typeof dayHoursSchema>;

export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof weekdays)[number];

export const officeHoursSchema = z.object({
  /** Null: closed all that weekday. */
  weekly: z.object({
    mon: dayHoursSchema.nullable(),
    tue: dayHoursSchema.nullable(),
    wed: dayHoursSchema.nullable(),
    thu: dayHoursSchema.nullable(),
    fri: dayHoursSchema.nullable(),
    sat: dayHoursSchema.nullable(),
    sun: dayHoursSchema.nullable(),
  }),
  /** Seoul calendar dates the office is closed: 'YYYY-MM-DD'. */
  holidays: z.array(z.string().refine((date) => /^\d{4}-\d{2}-\d{2}$/.test(date), formRule('holidayDate'))),
});
export type OfficeHours = z.infer<typeof officeHoursSchema>;

export const serviceConfigSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]{1,32}$/),
    name: localizedTextSchema,
    blockStart: z.number().int().min(1).max(99_998),
    blockEnd: z.number().int().min(2).max(99_999),
    dailyCap: z.number().int().min(1).max(99_999),
    /** Minutes one ticket takes at a counter, used for estimates until the day has real service times. */
    defaultServiceMinutes: z.number().min(0.5).max(240).default(5),
    /** No ticket for this service is issued from this time on (Seoul), even while the office is open. */
    lastTicketTime: clockTimeSchema.optional(),
    /** False: no new tickets (the ones already waiting are still called). Absent: on. */
    enabled: z.boolean().optional(),
  })
  .refine((s) => s.blockEnd > s.blockStart, formRule('blockEndAboveStart'));
export type ServiceConfig = z.infer<typeof serviceConfigSchema>;

export const counterConfigSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]{1,32}$/),
    /** The number residents hear and see: "3번 창구". */
    number: z.number().int().min(1).max(999),
    serviceIds: z.array(z.string()).min(1),
    /**
     * The desk's own day, overriding the office's hours for this desk: a later opening, an early
     * closing, its turn in the lunch rotation. Wait estimates plan with them.
     */
    opensAt: clockTimeSchema.optional(),
    closesAt: clockTimeSchema.optional(),
    lunch: timeSpanSchema.optional(),
  })
  .refine((c) => !c.opensAt || !c.closesAt || c.opensAt < c.closesAt, formRule('opensBeforeCloses'));
export type CounterConfig = z.infer<typeof counterConfigSchema>;

export const callingRulesSchema = z.object({
  /** A ticket that has waited this long is called before fresher ones (priority first among them): no starvation. */
  starvationMinutes: z.number().int().min(1).max(600).default(20),
  /** Recalls a counter must make before it may mark a ticket as a no-show. */
  recallsBeforeNoShow: z.number().int().min(0).max(10).default(2),
  /** The least time between two recalls of the same ticket. */
  recallMinIntervalSeconds: z.number().int().min(0).max(600).default(10),
});
export type CallingRules = z.infer<typeof callingRulesSchema>;

/** How the display boards announce a call (chime and voice). */
export const boardSoundSchema = z.object({ on: z.boolean(), volumePercent: z.number().int().min(0).max(100) });
export type BoardSound = z.infer<typeof boardSoundSchema>;
export const defaultBoardSound: BoardSound = { on: true, volumePercent: 100 };

/** The office's own wording of the consent notice's purpose and retention, as its privacy officer words them. */
export const consentTextSchema = z.object({ purpose: localizedTextSchema, retention: localizedTextSchema });
export type ConsentText = z.infer<typeof consentTextSchema>;

export const officeConfigSchema = z
  .object({
  officeName: localizedTextSchema,
  /** Hour (Seoul time) at which a new business day, and new numbering, starts. */
  businessDayStartHour: z.number().int().min(0).max(23),
  ticketNotice: localizedTextSchema,
  services: z.array(serviceConfigSchema).min(1),
  counters: z.array(counterConfigSchema).default([]),
  calling: callingRulesSchema.default(callingRulesSchema.parse({})),
  /** PIPA consent before phone entry; whether a public body may rely on Art. 15(1)(3) instead is the privacy officer's call. */
  mobileConsentRequired: z.boolean().default(true),
  /** Absent: the kiosk's standard purpose and retention lines. The item and the right to refuse are always the standard ones. */
  consentText: consentTextSchema.optional(),
  /** Absent: on, at full volume. */
  boardSound: boardSoundSchema.optional(),
  /** Absent: always open (kiosks configured before office hours existed). */
  hours: officeHoursSchema.optional(),
  /** Where the screen hangs, for low-position mode. Absent: a 32-inch panel whose lower edge is 700 mm above the floor. */
  kioskMount: kioskMountSchema.optional(),
  /** Business days of ticket rows kept for statistics (no personal data in them); older days are deleted. Absent: 400. */
  historyDays: z.number().int().min(1).max(3660).optional(),
  /** The languages residents may choose, in the order the start screen shows them; Korean always among them. Absent: Korean and English. */
  languages: z.array(languageSchema).min(1).optional(),
})
  .superRefine((office, context) => {
    const problem = (path: PropertyKey[], rule: FormRule, values?: FormRuleValues) => context.addIssue({ code: 'custom', path, ...formRule(rule, values) });
    office.services.forEach((service, index) => {
      if (office.services.findIndex((s) => s.id === service.id) !== index) problem(['services', index, 'id'], 'duplicateServiceId');
      const overlapping = office.services.find((s, other) => other < index && s.blockStart <= service.blockEnd && service.blockStart <= s.blockEnd);
      if (overlapping) problem(['services', index, 'blockStart'], 'blockOverlaps', { service: overlapping.name.ko, serviceEn: overlapping.name.en });
    });
    const offered = office.languages ?? defaultLanguages;
    if (!offered.includes('ko')) problem(['languages'], 'koreanAlwaysOffered');
    offered.forEach((language, index) => {
      if (offered.indexOf(language) !== index) problem(['languages', index], 'languageListedTwice');
    });
    const named: [PropertyKey[], LocalizedText][] = [
      [['officeName'], office.officeName],
      [['ticketNotice'], office.ticketNotice],
      ...office.services.map((service, index): [PropertyKey[], LocalizedText] => [['services', index, 'name'], service.name]),
    ];
    for (const [path, text] of named) {
      for (const language of offered) if (!text[language]) problem([...path, language], 'missingLanguage', { language });
    }
    office.counters.forEach((counter, index) => {
      if (office.counters.findIndex((c) => c.id === counter.id) !== index) problem(['counters', index, 'id'], 'duplicateCounterId');
      if (office.counters.findIndex((c) => c.number === counter.number) !== index) problem(['counters', index, 'number'], 'duplicateCounterNumber');
      counter.serviceIds.forEach((serviceId, at) => {
        if (!office.services.some((s) => s.id === serviceId)) problem(['counters', index, 'serviceIds', at], 'unknownService', { service: serviceId });
      });
    });
  });
export type OfficeConfig = z.output<typeof officeConfigSchema>;
