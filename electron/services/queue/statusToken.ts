import { randomBytes } from 'node:crypto';
import type { Database } from '../database/openDatabase';
import { ticketRows } from './ticketRows';

/** 128 random bits, base64url (22 characters): the public status page /t/<token> cannot be guessed. */
export function newStatusToken(): string {
  return randomBytes(16).toString('base64url');
}

/** The ticket's token; a ticket issued before tokens existed gets one now, kept for every later send. */
export function statusTokenFor(db: Database, ticketId: string): string | undefined {
  return ticketRows(db).ensureStatusToken(ticketId, newStatusToken());
}
