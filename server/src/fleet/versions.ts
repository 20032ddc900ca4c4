/** Orders versions such as 1.4.2 and 1.5.0-beta.1 (a pre-release before its release), as semver does for what kiosks report. */
export function compareVersions(a: string, b: string): number {
  const [coreA, preA] = splitVersion(a);
  const [coreB, preB] = splitVersion(b);
  for (let i = 0; i < 3; i += 1) {
    if (coreA[i] !== coreB[i]) return coreA[i] - coreB[i];
  }
  if (preA === preB) return 0;
  if (preA === null) return 1;
  if (preB === null) return -1;
  return preA.localeCompare(preB, 'en', { numeric: true });
}

function splitVersion(version: string): [number[], string | null] {
  const [core, ...pre] = version.split('-');
  const parts = core.split('.').map(Number);
  return [[parts[0] || 0, parts[1] || 0, parts[2] || 0], pre.length > 0 ? pre.join('-') : null];
}

/** The newest of the versions, or null when there are none. */
export function newestVersion(versions: Iterable<string>): string | null {
  let newest: string | null = null;
  for (const version of versions) if (newest === null || compareVersions(version, newest) > 0) newest = version;
  return newest;
}
