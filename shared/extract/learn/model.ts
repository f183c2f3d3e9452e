/**
 * A multinomial logistic regression over hashed features: trained here (AdaGrad, a little L2),
 * kept as one int8 weight per class and bucket so the stored model is small, and read back for
 * prediction. Pure arithmetic, no dependency.
 */

export interface LineModel {
  dim: number;
  classes: readonly string[];
  /** Weight of class c and bucket j at c * dim + j, already scaled back to floats. */
  weights: Float32Array;
}

/** The model as stored in JSON: weights as base64 int8 with one scale. */
export interface StoredModel {
  version: 1;
  dim: number;
  classes: string[];
  scale: number;
  weights: string;
  /** How it was trained (cases, lines, settings), for the record. */
  trainedOn?: Record<string, unknown>;
}

export interface Sample {
  ids: number[];
  y: number;
}

export interface TrainOptions {
  epochs?: number;
  rate?: number;
  l2?: number;
  seed?: number;
}

/** A small deterministic generator, so the same data trains the same model. */
function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

export function scores(model: LineModel, ids: number[]): number[] {
  const { dim, classes, weights } = model;
  const z = classes.map((_, c) => {
    let s = 0;
    for (const j of ids) s += weights[c * dim + j];
    return s;
  });
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp(v - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}

export function train(samples: Sample[], classes: readonly string[], dim: number, opts: TrainOptions = {}): LineModel {
  const { epochs = 10, rate = 0.5, l2 = 1e-5, seed = 7 } = opts;
  const k = classes.length;
  const model: LineModel = { dim, classes, weights: new Float32Array(k * dim) };
  const g2 = new Float32Array(k * dim).fill(1e-6);
  const order = samples.map((_, i) => i);
  const rand = rng(seed);
  for (let e = 0; e < epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const at of order) {
      const { ids, y } = samples[at];
      const p = scores(model, ids);
      for (let c = 0; c < k; c++) {
        const grad = p[c] - (c === y ? 1 : 0);
        for (const j of ids) {
          const w = c * dim + j;
          const gw = grad + l2 * model.weights[w];
          g2[w] += gw * gw;
          model.weights[w] -= (rate * gw) / Math.sqrt(g2[w]);
        }
      }
    }
  }
  return model;
}

const toBase64 = (bytes: Uint8Array) => {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
};
const fromBase64 = (b64: string) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));

/** Rounds each weight to one of 255 steps of the largest: a quarter of the floats' size, same answers to a hair. */
export function store(model: LineModel, trainedOn?: Record<string, unknown>): StoredModel {
  let max = 0;
  for (const w of model.weights) max = Math.max(max, Math.abs(w));
  const scale = max / 127 || 1;
  const q = new Int8Array(model.weights.length);
  for (let i = 0; i < q.length; i++) q[i] = Math.max(-127, Math.min(127, Math.round(model.weights[i] / scale)));
  return { version: 1, dim: model.dim, classes: [...model.classes], scale, weights: toBase64(new Uint8Array(q.buffer)), ...(trainedOn ? { trainedOn } : {}) };
}

export function load(stored: StoredModel): LineModel {
  const q = new Int8Array(fromBase64(stored.weights).buffer);
  if (q.length !== stored.dim * stored.classes.length) throw new Error('line model: weights do not match dim × classes');
  const weights = new Float32Array(q.length);
  for (let i = 0; i < q.length; i++) weights[i] = q[i] * stored.scale;
  return { dim: stored.dim, classes: stored.classes, weights };
}
