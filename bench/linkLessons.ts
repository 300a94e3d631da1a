/**
 * The lessons whose link lengths the README reports: every preset as loaded, and a 2-8×6-1 network
 * whose 393 weights and biases were all typed in by hand (two decimals, from a seeded generator).
 */
import { createRng } from '../src/engine';
import { createAppStore, PRESET_IDS, type AppStore } from '../src/store';

/** 2 inputs, six tanh layers of 8 units, one sigmoid output; every parameter typed, e.g. "-0.37". */
export function typedDeepNetwork(): AppStore {
  const store = createAppStore();
  const ok = store.getState().setArchitecture({
    inputs: 2,
    layers: [
      ...Array.from({ length: 6 }, () => ({ units: 8, activation: 'tanh' as const })),
      { units: 1, activation: 'sigmoid' as const },
    ],
    loss: 'bce',
  });
  if (!ok.ok) throw new Error(ok.error.message);
  const rng = createRng(2026);
  const typed = () => (Math.round((rng.next() * 2 - 1) * 100) / 100).toFixed(2);
  store.getState().session.model.layers.forEach((layer, l) => {
    for (let to = 0; to < layer.outSize; to++) {
      for (let from = 0; from < layer.inSize; from++) store.getState().setWeight(l + 1, to, from, typed());
      store.getState().setBias(l + 1, to, typed());
    }
  });
  return store;
}

export function linkLessons(): { name: string; store: AppStore }[] {
  return [
    ...PRESET_IDS.map((id) => ({ name: `preset ${id}`, store: createAppStore({ preset: id }) })),
    { name: '2-8×6-1, typed weights', store: typedDeepNetwork() },
  ];
}
