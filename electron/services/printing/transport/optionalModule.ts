export type LoadedModule<T> = { ok: true; module: T } | { ok: false; reason: string };

/**
 * Native drivers are optional dependencies that may be absent or fail to build on a kiosk;
 * they load only when a printer uses them, and their absence is an answer, not a crash.
 */
export function loadOptionalModule<T>(name: string, load: () => Promise<T>): () => Promise<LoadedModule<T>> {
  let loading: Promise<LoadedModule<T>> | undefined;
  return () => {
    loading ??= load().then(
      (module): LoadedModule<T> => ({ ok: true, module }),
      (error: unknown): LoadedModule<T> => ({
        ok: false,
        reason: `optional module '${name}' is not available: ${error instanceof Error ? error.message : String(error)}`,
      }),
    );
    return loading;
  };
}
