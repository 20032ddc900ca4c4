import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Logger } from '../../../nodeShared/logger';
import { secretHash, secretMatches } from '../kiosks/kioskCredentials';
import { DistrictProblem } from './httpErrors';

/**
 * What Solapi posts to a report webhook: a JSON array of its records (a group's report, or single
 * messages' reports), each naming its message group. Only the group ids are read; the rest
 * (numbers included) is dropped at once.
 */
export const solapiReportSchema = z
  .array(z.object({ groupId: z.string().regex(/^[A-Za-z0-9]{8,64}$/, 'a Solapi group id') }))
  .min(1)
  .max(1_000);

/** A thousand records of Solapi's size; the server's 16 KiB default suits kiosks' batches, not this. */
const REPORT_BODY_LIMIT = 1024 * 1024;

export interface ReportWebhookOptions {
  /** SUNBEON_REPORT_WEBHOOK_SECRET: the last segment of the URL registered with Solapi; without one the route does not exist. */
  secret: string | null;
  /** Asks the provider itself about these groups and records what changed (the delivery worker's pollReports). */
  askProvider: (groupIds: readonly string[]) => Promise<number>;
  log: Logger;
}

/**
 * `POST /api/v1/delivery-reports/<secret>`: Solapi's report webhook. The body is taken as a hint,
 * never as the report: the server asks Solapi's message list (signed with its own API key) about
 * the groups named, so a forged or replayed post can at most make it ask; the secret in the URL
 * keeps strangers from making it ask. Recording only moves forward (accepted → delivered, failed,
 * fell back), so the same report twice is one change and a late one changes nothing. The timer's
 * poll stays on as the safety net for a webhook that never came.
 */
export function registerReportWebhook(app: FastifyInstance, { secret, askProvider, log }: ReportWebhookOptions): void {
  if (!secret) return;
  const hash = secretHash(secret);
  app.post<{ Params: { secret: string } }>('/api/v1/delivery-reports/:secret', { bodyLimit: REPORT_BODY_LIMIT }, async (request) => {
    if (!secretMatches(request.params.secret, hash)) {
      log.warn('delivery report webhook refused: wrong secret in the URL', { address: request.ip });
      throw new DistrictProblem(404, 'NOT_FOUND', 'No such route');
    }
    const body = solapiReportSchema.safeParse(request.body);
    if (!body.success) {
      const issue = body.error.issues[0];
      throw new DistrictProblem(400, 'INVALID_REQUEST', `report: ${issue ? `${issue.path.join('.') || 'body'}: ${issue.message}` : 'invalid'}`);
    }
    const recorded = await askProvider([...new Set(body.data.map((record) => record.groupId))]);
    return { recorded };
  });
}
