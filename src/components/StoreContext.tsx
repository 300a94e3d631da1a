/**
 * The React binding: one store per mounted app (so tests get a fresh one), read through selectors.
 */
import { createContext, useContext, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { createAppStore, type AppState, type AppStore, type StoreOptions } from '../store';

const StoreContext = createContext<AppStore | null>(null);

export function StoreProvider({
  store,
  options,
  children,
}: {
  store?: AppStore;
  options?: StoreOptions;
  children: ReactNode;
}) {
  const [value] = useState(() => store ?? createAppStore(options));
  return <StoreContext.Provider value={value}>{children}</StoreContext.Provider>;
}

export function useStoreApi(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useStoreApi needs a <StoreProvider> above it');
  return store;
}

/** Select one value (or a shallow-compared object via useShallow) from the app store. */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(useStoreApi(), selector);
}
