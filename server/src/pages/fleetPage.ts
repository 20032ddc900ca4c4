import { seoulDateTimeParts } from '../../../shared/businessDay';
import type { Language } from '../../../shared/language';
import type { FleetAlert, FleetHealth, KioskHealth } from '../fleet/fleetHealth';
import { html } from './html';
import { pageLayout } from './pageLayout';

interface FleetWords {
  title: string;
  summary: (withAlerts: number, total: number, version: string | null) => string;
  office: string;
  kiosk: string;
  alerts: string;
  lastSeen: string;
  version: string;
  printer: string;
  sync: string;
  clock: string;
  allWell: string;
  never: string;
  installed: (version: string) => string;
  alert: Record<FleetAlert, string>;
  waiting: (events: number, lagSeconds: number) => string;
  seconds: (n: number) => string;
}

/** IT's page: Korean, or English for any other language asked for. */
const words: Record<'ko' | 'en', FleetWords> = {
  ko: {
    title: '키오스크 현황 (IT)',
    summary: (withAlerts, total, version) => `키오스크 ${total}대 중 ${withAlerts}대 확인 필요 · 현재 버전 ${version ?? '없음'}`,
    office: '민원실',
    kiosk: '키오스크',
    alerts: '경고',
    lastSeen: '마지막 보고',
    version: '버전',
    printer: '프린터',
    sync: '전송 대기',
    clock: '시계 차이',
    allWell: '정상',
    never: '보고 없음',
    installed: (version) => `설치된 버전 ${version}`,
    alert: {
      'never-reported': '보고한 적 없음',
      silent: '보고 끊김',
      'paper-out': '용지 없음',
      'printer-fault': '프린터 이상',
      'paper-low': '용지 부족',
      'sync-lag': '전송 지연',
      'events-set-aside': '거부된 이벤트',
      'version-behind': '구버전',
      'update-rolled-back': '업데이트 되돌림',
      'update-no-way-back': '업데이트 실패 · 재설치 필요',
      'not-installed-version': '설치한 버전과 다름',
      'clock-off': '시계 오류',
      'disk-low': '디스크 부족',
      'recent-error': '최근 오류',
    },
    waiting: (events, lag) => `${events}건 · ${lag}초`,
    seconds: (n) => `${n}초`,
  },
  en: {
    title: 'Kiosk fleet (IT)',
    summary: (withAlerts, total, version) => `${withAlerts} of ${total} kiosks need a look · current version ${version ?? 'none'}`,
    office: 'Office',
    kiosk: 'Kiosk',
    alerts: 'Alerts',
    lastSeen: 'Last heartbeat',
    version: 'Version',
    printer: 'Printer',
    sync: 'Waiting to sync',
    clock: 'Clock offset',
    allWell: 'OK',
    never: 'never',
    installed: (version) => `installed ${version}`,
    alert: {
      'never-reported': 'never reported',
      silent: 'silent',
      'paper-out': 'paper out',
      'printer-fault': 'printer fault',
      'paper-low': 'paper low',
      'sync-lag': 'sync lag',
      'events-set-aside': 'events set aside',
      'version-behind': 'old version',
      'update-rolled-back': 'update rolled back',
      'update-no-way-back': 'update failed, reinstall',
      'not-installed-version': 'not the installed version',
      'clock-off': 'clock off',
      'disk-low': 'disk low',
      'recent-error': 'recent error',
    },
    waiting: (events, lag) => `${events} · ${lag} s`,
    seconds: (n) => `${n} s`,
  },
};

const seoulTime = (iso: string) => {
  const { date, time } = seoulDateTimeParts(Date.parse(iso));
  return `${date} ${time}`;
};

function kioskRow(kiosk: KioskHealth, t: FleetWords) {
  const report = kiosk.report;
  const installed = report?.update?.installedVersion;
  const installedOther = installed && installed !== report?.appVersion ? installed : null;
  return html`<tr class="${kiosk.alerts.length > 0 ? 'needs-look' : 'well'}" data-kiosk-id="${kiosk.kioskId}">
<td>${kiosk.officeId}</td>
<td><code>${kiosk.kioskId.slice(0, 8)}</code></td>
<td class="alerts">${kiosk.alerts.length === 0 ? t.allWell : kiosk.alerts.map((alert) => html`<span class="alert" data-alert="${alert}">${t.alert[alert]}</span> `)}</td>
<td>${kiosk.lastSeenAt ? seoulTime(kiosk.lastSeenAt) : t.never}</td>
<td>${report?.appVersion}${installedOther && ` (${t.installed(installedOther)})`}${report?.update?.offeredVersion && ` → ${report.update.offeredVersion} (${report.update.phase})`}</td>
<td>${report && `${report.printer.state}${report.printer.paperNearEnd ? ' (near end)' : ''}`}</td>
<td>${report && t.waiting(report.sync.backlog, kiosk.syncLagSeconds ?? 0)}</td>
<td>${kiosk.clockOffsetSeconds !== null && t.seconds(kiosk.clockOffsetSeconds)}</td>
</tr>
`;
}

/** GET /it/fleet — every kiosk of the district, those that need a look first. No personal data: there is none in a heartbeat. */
export function fleetPage(fleet: FleetHealth, language: Language): string {
  const shown = language === 'ko' ? 'ko' : 'en';
  const t = words[shown];
  const kiosks = fleet.offices.flatMap((office) => office.kiosks);
  const ordered = [...kiosks.filter((kiosk) => kiosk.alerts.length > 0), ...kiosks.filter((kiosk) => kiosk.alerts.length === 0)];
  const main = html`
<h1>${t.title}</h1>
<p class="summary">${t.summary(fleet.kiosksWithAlerts, kiosks.length, fleet.currentVersion)}</p>
<table class="fleet">
<thead><tr><th>${t.office}</th><th>${t.kiosk}</th><th>${t.alerts}</th><th>${t.lastSeen}</th><th>${t.version}</th><th>${t.printer}</th><th>${t.sync}</th><th>${t.clock}</th></tr></thead>
<tbody>
${ordered.map((kiosk) => kioskRow(kiosk, t))}</tbody>
</table>
<p class="updated">${seoulTime(fleet.checkedAt)}</p>`;
  return pageLayout({ language: shown, title: t.title, main, indexable: false });
}
