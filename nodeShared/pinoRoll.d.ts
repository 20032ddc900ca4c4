declare module 'pino-roll' {
  import type { DestinationStream } from 'pino';

  interface PinoRollOptions {
    file: string;
    size?: number | string;
    frequency?: 'daily' | 'hourly' | number;
    extension?: string;
    mkdir?: boolean;
    limit?: { count?: number; removeOtherLogFiles?: boolean };
    dateFormat?: string;
    /** SonicBoom: write each line before returning (logs survive a crash). */
    sync?: boolean;
  }

  /** pino-roll's build(): a SonicBoom stream that rolls its files. */
  export default function pinoRoll(options: PinoRollOptions): Promise<DestinationStream & { end(): void }>;
}
