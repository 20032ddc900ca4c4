/** One changed setting, for the audit log: where it is and its value before and after. */
export interface SettingChange {
  path: string;
  before: unknown;
  after: unknown;
}

const MAX_LISTED = 60;

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function collect(before: unknown, after: unknown, path: string, out: SettingChange[]): void {
  if (Array.isArray(before) && Array.isArray(after) && before.every((v) => typeof v !== 'object') && after.every((v) => typeof v !== 'object')) {
    if (JSON.stringify(before) !== JSON.stringify(after)) out.push({ path, before, after });
    return;
  }
  if ((isRecord(before) && isRecord(after)) || (Array.isArray(before) && Array.isArray(after))) {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    for (const key of keys) collect((before as Record<string, unknown>)[key], (after as Record<string, unknown>)[key], path ? `${path}.${key}` : key, out);
    return;
  }
  if (JSON.stringify(before) !== JSON.stringify(after)) out.push({ path, before: before ?? null, after: after ?? null });
}

/** The settings that differ between two configurations, leaf by leaf ('services.1.dailyCap'); a long list is cut. */
export function settingsDiff(before: unknown, after: unknown): { changes: SettingChange[]; more: number } {
  const changes: SettingChange[] = [];
  collect(before, after, '', changes);
  return { changes: changes.slice(0, MAX_LISTED), more: Math.max(0, changes.length - MAX_LISTED) };
}
