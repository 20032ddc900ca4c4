import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';

/** A page's zustand store, handed down through React context so tests and pages can build their own. */
export function createStoreContext<S>(name: string) {
  const StoreContext = createContext<StoreApi<S> | null>(null);

  function StoreProvider({ store, children }: { store: StoreApi<S>; children: ReactNode }) {
    return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
  }

  function useSelect<T>(selector: (state: S) => T): T {
    const store = useContext(StoreContext);
    if (!store) throw new Error(`${name} store used outside its provider`);
    return useStore(store, selector);
  }

  return { StoreProvider, useSelect };
}
