import { z } from 'zod';

export const languages = ['ko', 'en'] as const;
export const languageSchema = z.enum(languages);
export type Language = z.infer<typeof languageSchema>;

export const localizedTextSchema = z.object({ ko: z.string().min(1), en: z.string().min(1) });
export type LocalizedText = z.infer<typeof localizedTextSchema>;

export const serviceConfigSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]{1,32}$/),
    name: localizedTextSchema,
    blockStart: z.number().int().min(1).max(99_998),
    blockEnd: z.number().int().min(2).max(99_999),
    dailyCap: z.number().int().min(1).max(99_999),
  })
  .refine((s) => s.blockEnd > s.blockStart, { message: 'blockEnd must be above blockStart' });
export type ServiceConfig = z.infer<typeof serviceConfigSchema>;

export const officeConfigSchema = z.object({
  officeName: localizedTextSchema,
  /** Hour (Seoul time) at which a new business day, and new numbering, starts. */
  businessDayStartHour: z.number().int().min(0).max(23),
  ticketNotice: localizedTextSchema,
  services: z.array(serviceConfigSchema).min(1),
});
export type OfficeConfig = z.infer<typeof officeConfigSchema>;
