/**
 * The inline style and script of index.html. Fixed text (never built from site data), so the page's
 * CSP can allow exactly these two by hash. The script only filters, sorts and counts rows.
 */

export const INDEX_CSS = `
:root { color-scheme: light dark; --bad: #c62828; --warn: #b26a00; --info: #1565c0; --none: #607d8b; --line: #8884; }
body { font: 14px/1.45 system-ui, sans-serif; margin: 0 auto; max-width: 76rem; padding: 1rem 1.5rem 4rem; }
h1 { font-size: 1.5rem; margin: .5rem 0; } h2 { font-size: 1.2rem; margin-top: 2rem; } h3 { font-size: 1rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { border-bottom: 1px solid var(--line); padding: .25rem .5rem; text-align: left; vertical-align: top; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
th button { all: unset; cursor: pointer; font-weight: 600; }
th button:focus-visible { outline: 2px solid var(--info); }
th[aria-sort="ascending"] button::after { content: " \\2191"; } th[aria-sort="descending"] button::after { content: " \\2193"; }
.controls { display: flex; gap: 1rem; align-items: center; flex-wrap: wrap; margin: 1rem 0 .5rem; }
.verdict { font-weight: 600; } .v-violation { color: var(--bad); } .v-to-check { color: var(--warn); }
.v-recommendation { color: var(--info); } .v-failed { color: var(--none); } .v-clean { color: green; }
.chart text { font: 12px system-ui, sans-serif; fill: currentColor; }
.sev-violation rect { fill: var(--bad); } .sev-to-check rect { fill: var(--warn); }
.sev-recommendation rect { fill: var(--info); } .sev-none rect { fill: var(--none); }
.site { border-top: 2px solid var(--line); margin-top: 2rem; }
.site:not(:target) { display: none; }
.site:target ~ .hint { display: none; }
code, .mono { font-family: ui-monospace, monospace; font-size: 12px; overflow-wrap: anywhere; }
.muted { opacity: .7; }
@media print { .controls, .back { display: none; } .site:not(:target) { display: block; } }
`;

export const INDEX_JS = `
(() => {
  const table = document.getElementById('sites');
  const body = table.tBodies[0];
  const rows = Array.from(body.rows);
  const filter = document.getElementById('filter');
  const verdict = document.getElementById('verdict-filter');
  const shown = document.getElementById('shown');
  function apply() {
    const q = filter.value.trim().toLowerCase();
    const v = verdict.value;
    let n = 0;
    for (const row of rows) {
      const ok = (!q || row.textContent.toLowerCase().includes(q)) && (!v || row.dataset.verdict === v);
      row.hidden = !ok;
      if (ok) n++;
    }
    shown.textContent = String(n);
  }
  filter.addEventListener('input', apply);
  verdict.addEventListener('change', apply);
  for (const button of table.querySelectorAll('th button[data-col]')) {
    button.addEventListener('click', () => {
      const col = Number(button.dataset.col);
      const numeric = button.dataset.type === 'number';
      const th = button.closest('th');
      const dir = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
      for (const other of table.querySelectorAll('th[aria-sort]')) other.removeAttribute('aria-sort');
      th.setAttribute('aria-sort', dir === 1 ? 'ascending' : 'descending');
      const key = (row) => row.cells[col].dataset.value ?? row.cells[col].textContent;
      rows.sort((a, b) => {
        const x = key(a), y = key(b);
        return dir * (numeric ? Number(x) - Number(y) : x < y ? -1 : x > y ? 1 : 0);
      });
      for (const row of rows) body.appendChild(row);
    });
  }
  apply();
})();
`;
