import { lazy, type ComponentType } from 'react';

/**
 * A screen kept out of the resident's first script (the start screen never needs it), fetched by
 * `preload` from the screen before it so that, once it is due, it usually renders with no pause; if it
 * is not there yet, the nearest Suspense boundary waits for it.
 */
export function lazyScreen<Props extends object>(load: () => Promise<ComponentType<Props>>) {
  let loading: Promise<ComponentType<Props>> | undefined;
  let loaded: ComponentType<Props> | undefined;
  const preload = () =>
    (loading ??= load().then((screen) => {
      loaded = screen;
      return screen;
    }));
  const Pending = lazy(() => preload().then((screen) => ({ default: screen })));
  function Screen(props: Props) {
    const Loaded = loaded ?? Pending;
    return <Loaded {...props} />;
  }
  return { Screen, preload };
}
