/**
 * Where an Inbox opening's time goes (BENCH_TRACE=DIR with BENCH_ONLY=extension): opens traced
 * through the page's DevTools protocol (Tracing, categories devtools.timeline, v8.execute,
 * blink.user_timing) and sampled by its CPU profiler, each after the panel sat on another tab as
 * the timed rounds do. Prints, per open and as medians, the main thread's time from the click to
 * the 50th row in the document (what the bench times), split into script, style, layout, paint,
 * garbage collection, other work and waiting (the IndexedDB read runs off the main thread), then the
 * frame that paints it (and the main thread's CPU time in each: on a shared machine the wall time
 * includes waiting for a core); and the profiler's self time by function. Writes each trace and profile
 * into DIR (open them in DevTools' Performance panel). Not timed with the bench's figures.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  /** The thread's CPU clock (µs): unlike `ts`, it stands still while the thread waits or is preempted. */
  tts?: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown>;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/**
 * What a trace event's own time (its time less its children's) is counted as: by its name, else
 * as the nearest enclosing event that has a kind (Blink's style and layout steps nest under
 * UpdateLayoutTree and Layout with names of their own).
 */
function kindOf(name: string): string | undefined {
  if (/^(UpdateLayoutTree|RecalculateStyles|ScheduleStyleRecalculation|ParseAuthorStyleSheet|InvalidateLayout|StyleInvalidatorInvalidationTracking)$/.test(name)) return 'style';
  if (/^(Layout|UpdateLayout|LocalFrameView::layout|IntersectionObserverController::computeIntersections)$/.test(name)) return 'layout';
  if (/^(Paint|PrePaint|Layerize|UpdateLayer|UpdateLayerTree|CompositeLayers|Commit|PaintImage|RasterTask|LocalFrameView::RunPaintLifecyclePhase|LocalFrameView::RunPrePaintLifecyclePhase)$/.test(name)) return 'paint';
  if (/GC|Garbage|Sweep|Scavenge|Mark/.test(name)) return 'gc';
  if (/^(FunctionCall|EvaluateScript|V8\.Execute|v8\.run|v8\.callFunction|RunMicrotasks|TimerFire|EventDispatch|FireAnimationFrame|v8\.compile|V8\.CompileCode|v8\.produceCache|CompileScript|ProfileCall|V8\.ParseFunction|V8\.CompileLazy)$/.test(name) || name.startsWith('V8.') || name.startsWith('v8.')) return 'script';
  return undefined;
}

/** Self time (µs) per kind and per event name of the complete events on one thread inside [from, to]. */
function selfTimes(events: TraceEvent[], from: number, to: number) {
  const spans = events
    .filter((e) => e.ph === 'X' && e.dur !== undefined && e.ts < to && e.ts + e.dur > from)
    .map((e) => ({ name: e.name, start: Math.max(from, e.ts), end: Math.min(to, e.ts + e.dur!), child: 0, kind: 'other' }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const stack: typeof spans = [];
  const byName = new Map<string, number>();
  const byKind: Record<string, number> = { script: 0, style: 0, layout: 0, paint: 0, gc: 0, other: 0 };
  let busy = 0;
  const close = (s: (typeof spans)[number]) => {
    byName.set(s.name, (byName.get(s.name) ?? 0) + (s.end - s.start - s.child));
    byKind[s.kind] += s.end - s.start - s.child;
  };
  for (const s of spans) {
    while (stack.length && stack[stack.length - 1].end <= s.start) close(stack.pop()!);
    const parent = stack[stack.length - 1];
    if (parent) parent.child += s.end - s.start;
    else busy += s.end - s.start;
    s.kind = kindOf(s.name) ?? parent?.kind ?? 'other';
    stack.push(s);
  }
  while (stack.length) close(stack.pop()!);
  // The thread waits outside any task (the IndexedDB read is answered from another thread).
  byKind.waiting = to - from - busy;
  return { byKind, byName };
}

/** Samples' self time (µs) by function inside [from, to] (trace clock: the profiler's is the same). */
function profileSelf(p: Profile, from: number, to: number): Map<string, number> {
  const nodes = new Map(p.nodes.map((n) => [n.id, n]));
  const out = new Map<string, number>();
  let t = p.startTime;
  for (let i = 0; i < p.samples.length; i++) {
    t += p.timeDeltas[i];
    const next = i + 1 < p.samples.length ? t + p.timeDeltas[i + 1] : p.endTime;
    const start = Math.max(t, from);
    const end = Math.min(next, to);
    if (end <= start) continue;
    const f = nodes.get(p.samples[i])!.callFrame;
    const file = f.url ? f.url.slice(f.url.lastIndexOf('/') + 1) : '';
    const key = `${f.functionName || '(anonymous)'} ${file}${file ? `:${f.lineNumber + 1}:${f.columnNumber + 1}` : ''}`;
    out.set(key, (out.get(key) ?? 0) + end - start);
  }
  return out;
}

async function readStream(cdp: CDPSession, handle: string): Promise<string> {
  let out = '';
  for (;;) {
    const r = (await cdp.send('IO.read', { handle })) as { data: string; eof: boolean; base64Encoded?: boolean };
    out += r.base64Encoded ? Buffer.from(r.data, 'base64').toString('utf8') : r.data;
    if (r.eof) break;
  }
  await cdp.send('IO.close', { handle });
  return out;
}

/**
 * Clicks the Inbox tab with marks around it: `trace open` at the click, `trace rows` when the 50th
 * row is in the document (a MutationObserver, as the bench), `trace frame` when the frame after it
 * has run (a requestAnimationFrame, then a message posted from it: after that frame's style, layout
 * and paint on the main thread).
 */
function markedOpen(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((done) => {
        const t0 = performance.now();
        performance.mark('trace open');
        const obs = new MutationObserver(() => {
          if (document.querySelectorAll('[data-testid="inbox-item"]').length >= 50) {
            obs.disconnect();
            performance.mark('trace rows');
            const ms = performance.now() - t0;
            requestAnimationFrame(() => {
              const ch = new MessageChannel();
              ch.port1.onmessage = () => {
                performance.mark('trace frame');
                done(ms);
              };
              ch.port2.postMessage(0);
            });
          }
        });
        obs.observe(document.body, { childList: true, subtree: true });
        (document.querySelector('[data-testid="tab-inbox"]') as HTMLButtonElement).click();
      }),
  );
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'v8', 'blink.user_timing', 'blink', 'disabled-by-default-v8.gc'];

export async function traceInboxOpens(page: Page, idle: () => Promise<void>, rounds: number, dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  // 50 µs: a 9 ms open gets about 180 samples.
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  const sums = { kinds: [] as Record<string, number>[], frames: [] as Record<string, number>[], names: new Map<string, number>(), fns: new Map<string, number>() };
  // The profiler's sampling slows the script it samples (by half or more here): the first `rounds`
  // opens are traced alone, for the split; the next `rounds` sampled too, for the functions.
  for (let i = 0; i < 2 * rounds; i++) {
    const sampled = i >= rounds;
    await idle();
    const complete = new Promise<string>((resolve) => cdp.once('Tracing.tracingComplete', (e: { stream?: string }) => resolve(e.stream!)));
    await cdp.send('Tracing.start', { transferMode: 'ReturnAsStream', traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' } } as never);
    if (sampled) await cdp.send('Profiler.start');
    const ms = await markedOpen(page);
    const profile = sampled ? ((await cdp.send('Profiler.stop')) as unknown as { profile: Profile }).profile : undefined;
    await cdp.send('Tracing.end');
    const text = await readStream(cdp, await complete);
    writeFileSync(join(dir, `open-${i}.trace.json`), text);
    if (profile) writeFileSync(join(dir, `open-${i}.cpuprofile`), JSON.stringify(profile));
    const events = (JSON.parse(text) as { traceEvents: TraceEvent[] }).traceEvents;
    const mark = (name: string) => events.find((e) => e.name === name && e.cat.includes('blink.user_timing'));
    const open = mark('trace open');
    const rows = mark('trace rows');
    const frame = mark('trace frame');
    if (!open || !rows || !frame) throw new Error('trace: marks not found');
    const main = events.filter((e) => e.pid === open.pid && e.tid === open.tid);
    const toRows = selfTimes(main, open.ts, rows.ts);
    const toFrame = selfTimes(main, rows.ts, frame.ts);
    // The main thread's CPU time (on a shared machine, what the page asked for, not what it waited for).
    toRows.byKind.cpu = rows.tts !== undefined && open.tts !== undefined ? rows.tts - open.tts : NaN;
    toFrame.byKind.cpu = frame.tts !== undefined && rows.tts !== undefined ? frame.tts - rows.tts : NaN;
    const ms1 = (us: number) => (us / 1000).toFixed(2);
    const line = (k: Record<string, number>) =>
      Object.entries(k)
        .map(([n, us]) => `${n} ${ms1(us)}`)
        .join(', ');
    // The tasks on the main thread from the click to the rows (the click's, the read's answer, ...)
    // and where the Inbox's own marks end, from the click.
    const tasks = main
      .filter((e) => e.ph === 'X' && e.name === 'RunTask' && e.ts + (e.dur ?? 0) > open.ts && e.ts < rows.ts)
      .map((e) => `${ms1(Math.max(0, e.ts - open.ts))}+${ms1(Math.min(rows.ts, e.ts + e.dur!) - Math.max(open.ts, e.ts))}`);
    const ends = ['inbox read', 'inbox query', 'inbox render'].map((name) => {
      const end = events.filter((e) => e.name === name && e.ph === 'e' && e.ts > open.ts && e.ts <= frame.ts).pop();
      return `${name.slice(6)} ${end ? ms1(end.ts - open.ts) : '-'}`;
    });
    // Any other marks the page made meanwhile (performance.mark), from the click.
    const others = events
      .filter((e) => e.cat.includes('blink.user_timing') && (e.ph === 'R' || e.ph === 'I') && e.ts > open.ts && e.ts < frame.ts && !e.name.startsWith('trace '))
      .map((e) => `${e.name} ${ms1(e.ts - open.ts)}`);
    if (others.length) ends.push(...others);
    console.error(
      `# trace ${i}${sampled ? ' (sampled)' : ''}: click to rows ${ms.toFixed(1)} ms (${line(toRows.byKind)}); tasks at+ms ${tasks.join(' ')}; marks end ${ends.join(', ')}; ` +
        `then its frame ${ms1(frame.ts - rows.ts)} ms (${line(toFrame.byKind)})`,
    );
    if (i === 0 || i === rounds) continue; // the first of each kind warms up, as in the timed rounds
    if (profile) {
      for (const [n, us] of profileSelf(profile, open.ts, rows.ts)) sums.fns.set(n, (sums.fns.get(n) ?? 0) + us);
      continue;
    }
    sums.kinds.push(toRows.byKind);
    sums.frames.push(toFrame.byKind);
    for (const [n, us] of toRows.byName) sums.names.set(n, (sums.names.get(n) ?? 0) + us);
  }
  await cdp.detach();
  const n = rounds - 1;
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const medians = (ks: Record<string, number>[]) =>
    Object.keys(ks[0])
      .map((k) => `${k} ${(med(ks.map((x) => x[k])) / 1000).toFixed(2)}`)
      .join(', ');
  const top = (m: Map<string, number>, k: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, k)
      .map(([name, us]) => `#   ${(us / n / 1000).toFixed(3)} ms  ${name}`)
      .join('\n');
  console.error(`# trace, medians of ${n} opens (ms): click to rows: ${medians(sums.kinds)}; its frame: ${medians(sums.frames)}`);
  console.error(`# trace events by self time, mean a open, click to rows:\n${top(sums.names, 15)}`);
  console.error(`# profiler self time by function, mean a sampled open, click to rows:\n${top(sums.fns, 30)}`);
}
