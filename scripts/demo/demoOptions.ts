import { parseArgs } from 'node:util';
import { z } from 'zod';

/** The kiosk's screen: a portrait 1080×1920 panel (the usual kiosk) or a landscape 1920×1080 one. */
export const kioskScreens = {
  portrait: { width: 1080, height: 1920 },
  landscape: { width: 1920, height: 1080 },
} as const;
export type Orientation = keyof typeof kioskScreens;

const optionsSchema = z.object({
  orientation: z.enum(['portrait', 'landscape']),
  /** The kiosk's start language: a touch anywhere on the start screen begins in it. */
  language: z.enum(['ko', 'en']),
  verbose: z.boolean(),
  /** Play an office day through the kiosk (training / demo mode). */
  day: z.boolean(),
  /** Simulated minutes per real minute. */
  speed: z.coerce.number().min(1).max(600),
  /** Where the demo keeps its data. */
  dataDir: z.string().min(1),
});
export type DemoOptions = z.infer<typeof optionsSchema>;

const usage = `Usage: npm start -- [--portrait | --landscape] [--lang ko|en] [--day [--speed 60]] [--verbose]
  --portrait, --landscape   the kiosk's screen (SUNBEON_ORIENTATION; default portrait 1080×1920)
  --lang ko|en              the language a touch on the start screen begins in (SUNBEON_LANGUAGE; default ko)
  --day                     play an office day: residents take tickets, counters call them (npm run demo:day)
  --speed N                 simulated minutes per real minute for --day (SUNBEON_DEMO_SPEED; default 60)
  --verbose                 show the build's output (SUNBEON_VERBOSE=1)`;

/** Flags win over environment variables, which win over the defaults. */
export function parseDemoOptions(argv: readonly string[], env: NodeJS.ProcessEnv, defaultDataDir: string): DemoOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      portrait: { type: 'boolean' },
      landscape: { type: 'boolean' },
      lang: { type: 'string' },
      verbose: { type: 'boolean' },
      day: { type: 'boolean' },
      speed: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) throw new DemoUsage(usage);
  if (values.portrait && values.landscape) throw new DemoUsage(`Choose one of --portrait and --landscape.\n${usage}`);
  const orientation = values.landscape ? 'landscape' : values.portrait ? 'portrait' : (env.SUNBEON_ORIENTATION ?? 'portrait');
  const day = values.day ?? false;
  const parsed = optionsSchema.safeParse({
    orientation,
    language: values.lang ?? env.SUNBEON_LANGUAGE ?? 'ko',
    verbose: values.verbose ?? env.SUNBEON_VERBOSE === '1',
    day,
    speed: values.speed ?? env.SUNBEON_DEMO_SPEED ?? 60,
    // The played day starts from an empty office each time, apart from the kiosk a person tried by hand.
    dataDir: env.SUNBEON_DATA_DIR ?? (day ? `${defaultDataDir}/day` : defaultDataDir),
  });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new DemoUsage(`${problems}\n${usage}`);
  }
  return parsed.data;
}

/** A wrong or help flag: the text is for the person at the terminal. */
export class DemoUsage extends Error {}
