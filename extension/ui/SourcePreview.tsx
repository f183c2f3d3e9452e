import { useEffect, useRef } from 'preact/hooks';

export interface Highlight {
  key: string;
  label: string;
  start: number;
  end: number;
}

type Piece = { text: string; mark?: Highlight };

/** Cuts the text into plain pieces and highlighted ones; overlapping highlights keep the first. */
export function pieces(text: string, highlights: readonly Highlight[]): Piece[] {
  const sorted = highlights
    .map((h) => ({ ...h, start: Math.max(0, Math.min(h.start, text.length)), end: Math.max(0, Math.min(h.end, text.length)) }))
    .filter((h) => h.end > h.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Piece[] = [];
  let at = 0;
  for (const h of sorted) {
    if (h.start < at) continue;
    if (h.start > at) out.push({ text: text.slice(at, h.start) });
    out.push({ text: text.slice(h.start, h.end), mark: h });
    at = h.end;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}

/**
 * The page as the extractor read it, with the places each field came from highlighted; the field
 * being edited is scrolled into view. Everything is rendered as text.
 */
export function SourcePreview(props: { text: string; highlights: readonly Highlight[]; active?: string; summary: string }) {
  const activeRef = useRef<HTMLElement | null>(null);
  useEffect(() => {
    activeRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [props.active]);
  if (!props.text) return null;
  return (
    <details class="source" data-testid="capture-source">
      <summary>{props.summary}</summary>
      <div class="source-text">
        {pieces(props.text, props.highlights).map((p, i) =>
          p.mark ? (
            <mark
              key={i}
              title={p.mark.label}
              data-field={p.mark.key}
              class={p.mark.key === props.active ? 'active' : undefined}
              ref={
                p.mark.key === props.active
                  ? (el) => {
                      activeRef.current = el;
                    }
                  : undefined
              }
            >
              {p.text}
            </mark>
          ) : (
            <span key={i}>{p.text}</span>
          ),
        )}
      </div>
    </details>
  );
}
