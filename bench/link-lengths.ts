/**
 * `npm run bench:links`: the length of the address hash (`#lesson=…`) that shares each lesson, as
 * loaded and after one Step (the link then carries the trained weights at full precision).
 */
import { encodeLink } from '../src/store';
import { linkLessons } from './linkLessons';

console.log(`${'lesson'.padEnd(28)} ${'as loaded'.padStart(10)} ${'after Step'.padStart(11)}`);
for (const { name, store } of linkLessons()) {
  const loaded = (await encodeLink(store.getState())).length;
  store.getState().step();
  const stepped = (await encodeLink(store.getState())).length;
  console.log(`${name.padEnd(28)} ${String(loaded).padStart(10)} ${String(stepped).padStart(11)}`);
}
