/**
 * The lesson in the address: `#lesson=` + base64url(deflate-raw(JSON)). The JSON is the saved lesson
 * (lesson.ts) written as a difference from the closest preset, so a preset with its seed is a few
 * characters and typed weights keep every digit. Compression uses the platform's CompressionStream
 * (browsers and Node 20), so it adds nothing to the bundle.
 */
import { EngineError, generateDataset, type ResolvedDatasetOptions } from '../engine';
import { lessonToJson, parseLessonValue, MAX_LESSON_BYTES, type Lesson } from './lesson';
import { PRESET_IDS, buildPreset, isPresetId, type PresetId } from './presets';
import { SCENARIO_FORMAT, SCENARIO_VERSION } from './scenario';
import { snapshotFromScenario } from './slices/scenarioSlice';
import { initialUi } from './slices/uiSlice';
import type { State } from './types';

export const LINK_PREFIX = '#lesson=';
/**
 * A longer link leaves out the loss curve if the curve is a quarter of it or more: a link is for
 * sharing, and the curve comes back by training.
 */
export const MAX_LINK_WITH_CURVE = 16_000;

type Json = Record<string, unknown>;

/** In a link, "the base preset's weights" as the starting weights. */
const BASE_MODEL = 'base';

export type LinkResult = { ok: true; lesson: Lesson } | { ok: false; problem: 'damaged' | 'outdated' };

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function omit(record: Json, ...keys: string[]): Json {
  return Object.fromEntries(Object.entries(record).filter(([key]) => !keys.includes(key)));
}

const presets = new Map<PresetId, Json>();

/** A preset's lesson as saved (built once: presets never change). */
function presetJson(id: PresetId): Json {
  let json = presets.get(id);
  if (!json) {
    const snapshot = snapshotFromScenario(buildPreset(id), id);
    json = lessonToJson({ ...snapshot, ui: initialUi, history: { past: [], future: [] } });
    presets.set(id, json);
  }
  return json;
}

/** Each field as JSON text, to compare fields without writing the same large data many times. */
function fieldTexts(record: Json): Map<string, string> {
  return new Map(Object.entries(record).map(([key, value]) => [key, JSON.stringify(value)]));
}

/** Leave out samples the lesson's data-set options generate anyway. */
function withoutGeneratedData(lesson: Json): Json {
  if (!lesson.dataset) return lesson;
  const generated = generateDataset(lesson.dataset as ResolvedDatasetOptions);
  if (!sameJson(generated.train, lesson.data) || !sameJson(generated.test, lesson.testData ?? []))
    return lesson;
  return omit(lesson, 'data', 'testData');
}

/** The fields of `lesson` that differ from `base` (null: absent from the lesson). */
function difference(lesson: Json, lessonTexts: Map<string, string>, base: Json): Json {
  const baseTexts = fieldTexts(base);
  const diff: Json = {};
  for (const key of new Set([...lessonTexts.keys(), ...baseTexts.keys()])) {
    if (lessonTexts.get(key) !== baseTexts.get(key)) diff[key] = key in lesson ? lesson[key] : null;
  }
  return diff;
}

/** The shortest description of the lesson: its fields, or what differs from one of the presets. */
export function linkPayload(state: State): Json {
  const lesson = omit(withoutGeneratedData(lessonToJson(state)), 'format', 'version');
  const texts = fieldTexts(lesson);
  const size = (payload: Json) => JSON.stringify(payload).length;
  let best: Json = lesson;
  let bestSize = [...texts.values()].reduce((sum, text) => sum + text.length, 0);
  for (const id of PRESET_IDS) {
    const base = omit(presetJson(id), 'format', 'version');
    const candidate: Json = { base: id, ...difference(lesson, texts, base) };
    // After the first steps on a preset, Reset still returns to the preset's own weights.
    if (texts.get('initialModel') === JSON.stringify(base.model)) candidate.initialModel = BASE_MODEL;
    const candidateSize = size(candidate);
    if (candidateSize < bestSize) {
      best = candidate;
      bestSize = candidateSize;
    }
  }
  return { v: SCENARIO_VERSION, ...best };
}

/** The lesson a payload describes, as a scenario object the lesson parser validates. */
function payloadToLesson(payload: Json): Json {
  const base = payload.base;
  const fields = omit(payload, 'v', 'base');
  if (base !== undefined && (typeof base !== 'string' || !isPresetId(base))) {
    throw new EngineError('base', 'is not a preset');
  }
  const preset = base ? presetJson(base) : null;
  if (fields.initialModel === BASE_MODEL) {
    if (!preset) throw new EngineError('initialModel', 'names the base preset but there is none');
    fields.initialModel = preset.model;
  }
  const merged: Json = { ...preset, ...fields };
  for (const key of Object.keys(merged)) if (merged[key] === null) delete merged[key];
  return { ...merged, format: SCENARIO_FORMAT, version: SCENARIO_VERSION };
}

async function pipe(
  bytes: Uint8Array,
  transform: CompressionStream | DecompressionStream,
): Promise<Uint8Array> {
  const writer = transform.writable.getWriter();
  // Not awaited: the output must be read while the input is written. Its errors reach the reader.
  writer
    .write(bytes as Uint8Array<ArrayBuffer>)
    .then(() => writer.close())
    .catch(() => undefined);
  const chunks: Uint8Array[] = [];
  let length = 0;
  const reader = transform.readable.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.length;
    // A link that inflates past any real lesson is refused before it fills the memory.
    if (length > MAX_LESSON_BYTES) {
      await reader.cancel();
      throw new EngineError('link', 'is too large');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

function toBase64url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new EngineError('link', 'has characters outside base64url');
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

async function encodePayload(payload: Json): Promise<string> {
  const bytes = await pipe(
    new TextEncoder().encode(JSON.stringify(payload)),
    new CompressionStream('deflate-raw'),
  );
  return LINK_PREFIX + toBase64url(bytes);
}

/** The address hash (`#lesson=…`) that reproduces the lesson. */
export async function encodeLink(state: State): Promise<string> {
  const payload = linkPayload(state);
  const hash = await encodePayload(payload);
  if (hash.length <= MAX_LINK_WITH_CURVE || payload.lossHistory === undefined) return hash;
  // The base preset has no curve, so "no curve" is the field left out altogether.
  const withoutCurve = await encodePayload(omit(payload, 'lossHistory'));
  return withoutCurve.length < hash.length * 0.75 ? withoutCurve : hash;
}

export function isLessonLink(hash: string): boolean {
  return hash.startsWith(LINK_PREFIX);
}

/** The lesson in an address hash, or why there is none: never throws. */
export async function decodeLink(hash: string): Promise<LinkResult> {
  let payload: unknown;
  try {
    const bytes = await pipe(
      fromBase64url(hash.slice(LINK_PREFIX.length)),
      new DecompressionStream('deflate-raw'),
    );
    payload = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return { ok: false, problem: 'damaged' };
  }
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload))
    return { ok: false, problem: 'damaged' };
  const version = (payload as Json).v;
  if (version !== SCENARIO_VERSION)
    return { ok: false, problem: typeof version === 'number' ? 'outdated' : 'damaged' };
  try {
    return { ok: true, lesson: parseLessonValue(payloadToLesson(payload as Json)) };
  } catch {
    return { ok: false, problem: 'damaged' };
  }
}
