import { z } from 'zod';
import { enteredPinSchema } from '../staff';

/**
 * The manager page on the office LAN: the manager's PIN buys a short-lived token, which reads the
 * statistics (`statisticsReportSchema`, the same as on the kiosk) and their CSV. Nothing else.
 */
export const managerLoginRequestSchema = z.object({ pin: enteredPinSchema }).strict();
export const managerLoginResponseSchema = z.object({ token: z.string() });
