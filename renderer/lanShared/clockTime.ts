const seoulTime = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Seoul', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** "14:05" on Seoul time, the office's clock, whatever zone the display machine is set to. */
export function clockTime(at: number | string | Date): string {
  return seoulTime.format(new Date(at));
}
