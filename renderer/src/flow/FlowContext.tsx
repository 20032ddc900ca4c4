import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import type { FlowStore } from './flowStore';

const FlowStoreContext = createContext<StoreApi<FlowStore> | null>(null);

export function FlowStoreProvider({ store, children }: { store: StoreApi<FlowStore>; children: ReactNode }) {
  return <FlowStoreContext.Provider value={store}>{children}</FlowStoreContext.Provider>;
}

export function useFlow<T>(selector: (store: FlowStore) => T): T {
  const store = useContext(FlowStoreContext);
  if (!store) throw new Error('useFlow outside FlowStoreProvider');
  return useStore(store, selector);
}
