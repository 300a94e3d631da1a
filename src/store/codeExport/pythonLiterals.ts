/**
 * Numbers and lists written as Python source. A double is written as its shortest round-trip
 * decimal (JavaScript's String(x), which Python's float() reads back to the same double), so the
 * scripts start from exactly the app's numbers.
 */

/** A Python float literal: 0.5, -3.0, 1e-08, float("nan"). */
export function pyFloat(x: number): string {
  if (Number.isNaN(x)) return 'float("nan")';
  if (!Number.isFinite(x)) return x > 0 ? 'float("inf")' : '-float("inf")';
  if (Object.is(x, -0)) return '-0.0';
  const text = String(x);
  return /[.e]/.test(text) ? text : `${text}.0`;
}

/** [0.5, -0.2] */
export function pyVector(values: readonly number[]): string {
  return `[${values.map(pyFloat).join(', ')}]`;
}

/** A matrix with one row per line, the rows aligned under the first: [[1.0, 2.0],\n   [3.0, 4.0]]. */
export function pyMatrix(matrix: readonly (readonly number[])[], indent: string): string {
  return `[${matrix.map(pyVector).join(`,\n${indent} `)}]`;
}

/** A Python string literal (JSON's escaping is valid Python for the text we write). */
export function pyString(text: string): string {
  return JSON.stringify(text);
}

/** 32-bit FNV-1a of a text, from a given offset basis, as 8 hex digits. */
function fnv1a(text: string, basis: number): string {
  let hash = basis >>> 0;
  for (let k = 0; k < text.length; k++) {
    hash ^= text.charCodeAt(k);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** A 64-bit fingerprint of a text (two FNV-1a hashes): names one lesson in both scripts. */
export function fingerprint(text: string): string {
  return fnv1a(text, 0x811c9dc5) + fnv1a(text, 0x01234567);
}
