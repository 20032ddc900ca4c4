/**
 * Made on first use: building a formatter for a named zone loads the browser's time-zone data, about
 * 100 ms on the kiosk's cold load, and the resident's start screen shows no clock.
 */
let seoulTime: Intl.DateTimeFormat | undefined;

/** "14:05" on Seoul time, the office's clock, whatever zone the display machine is set to. */
export function clockTime(at: number | string | Date): string {
  seoulTime ??= new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Seoul', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return seoulTime.format(new Date(at));
}
