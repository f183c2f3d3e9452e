/**
 * The dashboard's stylesheet, served as a file so the pages need no inline styles. Text colours keep
 * a contrast of 7:1 or more on the backgrounds they are used on (axe's enhanced contrast rule).
 */
export const dashboardCss = `
body { font-family: system-ui, "Noto Sans CJK SC", sans-serif; margin: 0; color: #1d2430; background: #f6f7f9; }
header { display: flex; gap: 1.5rem; align-items: center; padding: .75rem 1.5rem; background: #23395d; color: #fff; }
header nav { display: flex; gap: 1rem; flex: 1; } header a { color: #dbe6ff; }
header form { margin: 0 0 0 auto; } header button { margin-left: .5rem; } header button[aria-pressed="true"] { font-weight: 700; }
main { max-width: 76rem; margin: 1.5rem auto; padding: 0 1rem; }
.doc { background: #fff; border: 1px solid #d9dde3; border-radius: 6px; padding: 1rem 1.25rem; margin-bottom: 1rem; }
.doc h2 { margin: 0 0 .25rem; font-size: 1.15rem; }
.meta { color: #454d5a; font-size: .9rem; margin: 0 0 .75rem; }
table { border-collapse: collapse; width: 100%; background: #fff; }
tr.escalated { background: #fdecec; }
.review-bar { display: flex; gap: 1rem; align-items: center; margin: 0 0 .75rem; flex-wrap: wrap; }
form.review input[name=note] { min-width: 16rem; }
.remind-form textarea { width: 100%; box-sizing: border-box; font-size: 1rem; margin: .25rem 0 .75rem; }
ol.history { margin: .25rem 0 .5rem; padding-left: 1.25rem; } ul.reminders { color: #454d5a; font-size: .9rem; }
th, td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid #eceef1; font-size: .92rem; vertical-align: top; }
[data-status="acknowledged"] .status { color: #145c25; }
[data-status="pending"] .status { color: #7a3e00; font-weight: 600; }
.overdue { color: #8f1515; font-weight: 600; } .near-due { color: #7a3e00; }
form.inline { display: inline; margin: 0; } form.inline button { font-size: .8rem; min-height: 24px; min-width: 24px; }
.matrix td, .matrix th { text-align: center; } .matrix th:first-child, .matrix td:first-child { text-align: left; }
.login { max-width: 24rem; margin: 3rem auto; background: #fff; padding: 1.5rem; border: 1px solid #d9dde3; border-radius: 6px; }
.login input { width: 100%; font-size: 1.1rem; padding: .4rem; margin: .5rem 0 1rem; box-sizing: border-box; letter-spacing: .05em; }
.error { color: #8f1515; } .ok { color: #145c25; }
.empty { color: #454d5a; }
.exports { margin: 0 0 1rem; }
.pager { display: flex; gap: 1rem; align-items: center; margin: 1rem 0; }
header form.lang { margin-left: auto; } header form.lang + form.logout { margin-left: .5rem; }
.login form + form { margin-top: 1.5rem; padding-top: 1rem; border-top: 1px solid #eceef1; }
.login h2 { font-size: 1rem; }
.stack { display: grid; gap: .35rem; max-width: 24rem; } .stack input { padding: .3rem; }
.filters { display: flex; flex-wrap: wrap; gap: .75rem; align-items: end; margin: 0 0 1rem; }
.filters label { display: grid; gap: .2rem; font-size: .85rem; color: #454d5a; }
.report { background: #fff; border: 1px solid #d9dde3; border-radius: 6px; padding: 1rem 1.5rem; }
.report h1 { text-align: center; margin: .25rem 0; } .report .period { text-align: center; color: #454d5a; }
.ranking td:nth-child(n+3), .ranking th:nth-child(n+3) { text-align: right; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr)); gap: 1rem; margin-top: 1rem; }
figure.chart { margin: 0; } figure.chart svg { max-width: 100%; height: auto; }
.matrix .read { color: #1a4f8c; }
@page { size: A4; margin: 15mm; }
@media print {
  body { background: #fff; font-size: 10.5pt; }
  header, .no-print, .pager, form.inline { display: none !important; }
  main { max-width: none; margin: 0; padding: 0; }
  .report, .doc { border: none; padding: 0; }
  .charts { grid-template-columns: 1fr 1fr; } figure.chart { break-inside: avoid; }
  table { page-break-inside: auto; } tr { break-inside: avoid; }
}
`;

/**
 * Live updates in place: when the service has stored a change newer than the page shows, fetch the
 * same page again and swap only the elements marked `data-live` whose content changed (a task row,
 * a unit row), keeping what the reader ticked or typed. Elements that appear or vanish (a new
 * document on the first page) need the whole list: then, and only then, the page reloads, and never
 * while the reader is typing.
 */
export const dashboardJs = `
document.querySelectorAll('[data-print]').forEach((b) => b.addEventListener('click', () => window.print()));
(() => {
  let shown = Number(document.body.dataset.seq);
  if (Number.isNaN(shown) || !window.EventSource) return;
  let busy = false, again = false;
  const keyed = (root) => new Map([...root.querySelectorAll('[data-live]')].map((el) => [el.dataset.live, el]));
  const typing = () => document.activeElement && document.activeElement.matches('input:not([type=checkbox]), textarea, select');
  async function refresh(seq) {
    if (busy) { again = true; return; }
    busy = true;
    try {
      const res = await fetch(location.href, { headers: { accept: 'text/html' }, credentials: 'same-origin' });
      if (!res.ok) return;
      const next = new DOMParser().parseFromString(await res.text(), 'text/html');
      const now = keyed(document), fresh = keyed(next);
      const sameSet = now.size === fresh.size && [...fresh.keys()].every((k) => now.has(k));
      if (!sameSet) { if (!typing()) location.reload(); return; }
      const ticked = new Set([...document.querySelectorAll('input[type=checkbox]:checked')].map((i) => i.value));
      for (const [key, el] of fresh) {
        const old = now.get(key);
        if (old.outerHTML === el.outerHTML || old.contains(document.activeElement)) continue;
        const copy = document.importNode(el, true);
        copy.querySelectorAll('input[type=checkbox]').forEach((i) => { if (ticked.has(i.value)) i.checked = true; });
        old.replaceWith(copy);
      }
      shown = Number(next.body.dataset.seq || seq);
      document.body.dataset.seq = String(shown);
    } finally {
      busy = false;
      if (again) { again = false; refresh(shown); }
    }
  }
  const events = new EventSource('/events');
  events.addEventListener('seq', (e) => { if (Number(e.data) > shown) refresh(Number(e.data)); });
})();
`;
