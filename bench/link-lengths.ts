/**
 * `npm run bench:links`: the length of the address hash (`#lesson=…`) that shares each lesson.
 */
import { encodeLink } from '../src/store';
import { linkLessons } from './linkLessons';

for (const { name, store } of linkLessons()) {
  const hash = await encodeLink(store.getState());
  console.log(`${name.padEnd(28)} ${String(hash.length).padStart(6)} characters`);
}
