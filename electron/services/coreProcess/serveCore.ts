import { settableClock, type SettableClock } from '../../../nodeShared/clock';
import type { LogFiles } from '../../../nodeShared/logFiles';
import type { Logger } from '../../../nodeShared/logger';
import { createKioskCore, type KioskCore } from '../kiosk/kioskCore';
import { parsePaperWidth, parsePrinterSetting } from '../kiosk/printerSetting';
import { createPrinter } from '../printing/createPrinter';
import { staticKeyProvider } from '../privacy/keyProviders';
import { fail } from '../../../shared/result';
import { hostMessageSchema, type CoreMessage, type CoreStart, type HostMessage, type MessagePipe } from './coreMessages';

/**
 * The core process's side of the protocol: wait for `start`, build the kiosk core, answer each
 * call with its route's envelope, close everything on `stop`. `exit` ends the process.
 */
export interface CoreLogs {
  /** Until the data folder is known, and for messages the core cannot understand. */
  early: Logger;
  /** The log files in the kiosk's data folder, once `start` names it. */
  open(dataDir: string): Promise<LogFiles & { dir: string }>;
}

/** `appDir`: the built app the core process runs from (out/), whose kiosk page gets the office's start screen (KioskCoreOptions.appDir). */
export function serveCore(pipe: MessagePipe<CoreMessage, unknown>, logs: CoreLogs, exit: (code: number) => void, appDir?: string): void {
  let log = logs.early;
  let files: LogFiles | undefined;
  let core: KioskCore | undefined;
  let clock: SettableClock | undefined;
  let machine: { wallMs: number; sinceBootMs: number; bootId: string | null } | undefined;
  const folderRequests = new Map<number, (folder: string | null) => void>();
  let nextFolderRequest = 1;
  const chooseExportFolder = () =>
    new Promise<string | null>((resolve) => {
      const id = nextFolderRequest++;
      folderRequests.set(id, resolve);
      pipe.send({ kind: 'chooseFolder', id });
    });

  pipe.onMessage((raw) => {
    const parsed = hostMessageSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const problem = issue && `${issue.path.join('.')}: ${issue.message}`;
      // Refused start options (an office the kiosk cannot run) get an answer, or the host would wait for one forever.
      if (isStartMessage(raw)) {
        pipe.send({ kind: 'startFailed', message: `The kiosk core refused its start options (${problem})` }, () => exit(1));
        return;
      }
      log.error('The core process received a message it does not understand', { problem });
      return;
    }
    void handle(parsed.data);
  });

  async function handle(message: HostMessage): Promise<void> {
    switch (message.kind) {
      case 'start':
        try {
          const opened = await logs.open(message.options.dataDir);
          files = opened;
          log = opened.log;
          if (message.options.clockAt !== undefined) clock = settableClock(message.options.clockAt);
          machine = message.options.machineAt;
          const machineTime = machine && { wallMs: () => machine!.wallMs, sinceBootMs: () => machine!.sinceBootMs, bootId: () => machine!.bootId };
          core = createKioskCore({ ...coreOptions(message.options, log), logDir: opened.dir, clock, machineTime, chooseExportFolder, appDir });
          const district = core.district;
          const tellDistrict = () => pipe.send({ kind: 'districtLink', district: district.sealedInForce() });
          tellDistrict();
          district.onChange(tellDistrict);
          const lan = message.options.lan;
          const lanStatus = lan ? await (lan.atStart === 'on' ? core.lan?.setEnabled(true) : core.lan?.resume()) : undefined;
          pipe.send({ kind: 'ready', lan: lanStatus ?? null });
        } catch (error) {
          pipe.send({ kind: 'startFailed', message: error instanceof Error ? error.message : String(error) }, () => exit(1));
        }
        return;
      case 'call': {
        const route = core?.routes.get(message.channel);
        const envelope = route ? await route(message.payload) : fail('CORE_RESTARTING', 'The kiosk core has not started yet');
        pipe.send({ kind: 'reply', id: message.id, envelope });
        return;
      }
      case 'folderChosen':
        folderRequests.get(message.id)?.(message.folder);
        folderRequests.delete(message.id);
        return;
      case 'setTime':
        if (message.clockAt !== undefined) clock?.set(message.clockAt);
        if (message.machine && machine) machine = message.machine;
        return;
      case 'stop':
        await core?.close();
        files?.close();
        pipe.send({ kind: 'stopped' }, () => exit(0));
        return;
    }
  }
}

function coreOptions(start: CoreStart, log: Logger) {
  const keystore = start.keystoreKeyBase64 === undefined ? undefined : staticKeyProvider(Buffer.from(start.keystoreKeyBase64, 'base64'));
  if (start.district && !keystore) throw new Error('A district server needs the OS keystore key to keep phone numbers sealed');
  return {
    dataDir: start.dataDir,
    printer: createPrinter(parsePrinterSetting(start.printer)),
    printerAddress: start.printer.trim(),
    paperWidthMm: parsePaperWidth(start.paperWidth),
    log,
    demo: start.demo,
    initialOffice: start.initialOffice,
    receiptFontPath: start.receiptFontPath,
    initialStaffPin: start.initialStaffPin,
    lan: start.lan && { host: start.lan.host, port: start.lan.port, pagesDir: start.lan.pagesDir },
    district: start.district && {
      serverUrl: start.district.serverUrl,
      publicUrl: start.district.publicUrl,
      kioskId: start.district.kioskId,
      secret: start.district.secret,
      keyProvider: keystore!,
      retry: start.district.retry,
      heartbeatMs: start.district.heartbeatMs,
    },
    keystore,
    appVersion: start.appVersion,
  };
}

const isStartMessage = (raw: unknown): boolean => typeof raw === 'object' && raw !== null && (raw as { kind?: unknown }).kind === 'start';
