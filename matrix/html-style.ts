// The report page's stylesheet (inlined: the page loads nothing). Status colours always come with a symbol.
export const STYLE = `
:root { --pass: #d5f0da; --pass-ink: #135c25; --fail: #f7c6c6; --fail-ink: #8f1010; --known: #fbe3d2; --known-ink: #8a3b00;
  --skip: #e6e9ef; --skip-ink: #4a5160; --na: #f4f4f4; --na-ink: #8a8a8a; --line: #d4d7dd; --head: #f2f4f7; }
* { box-sizing: border-box; }
body { margin: 0 1.2rem 1.2rem; font: 14px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d2330; }
h1 { font-size: 1.4rem; margin: 1rem 0 0.2rem; }
h2 { font-size: 1.1rem; margin: 1.2rem 0 0.4rem; }
code { font: 0.92em ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; background: #eef0f4; padding: 0 0.2em; border-radius: 3px; }
a { color: #0b57b8; }
.meta { margin: 0; color: #4a5160; }
table { border-collapse: separate; border-spacing: 0; }
.grid { border-top: 1px solid var(--line); border-left: 1px solid var(--line); }
.summary th, .summary td { padding: 0.25rem 0.7rem; border-bottom: 1px solid var(--line); text-align: right; }
.summary th:first-child, .summary td:first-child, .summary .na { text-align: left; }
.summary thead th { background: var(--head); }
.summary .na { color: var(--na-ink); font-style: italic; }
.controls { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: center; margin: 0.4rem 0; }
.controls select, .controls input { font: inherit; padding: 0.15rem 0.3rem; max-width: 24rem; }
.controls input { width: 16rem; }
#shown-count { font-weight: 600; }
.legend { display: flex; flex-wrap: wrap; gap: 0.3rem 1rem; margin: 0.3rem 0 0.6rem; padding: 0; list-style: none; }
.legend span { display: inline-block; min-width: 2.6rem; text-align: center; padding: 0 0.3rem; margin-right: 0.3rem; border-radius: 3px; }
.grid th, .grid td { border-right: 1px solid var(--line); border-bottom: 1px solid var(--line); padding: 0.2rem 0.35rem; }
.grid thead th { position: sticky; background: var(--head); z-index: 2; text-align: center; font-weight: 600; white-space: nowrap; }
.grid thead tr:first-child th { top: 0; }
.grid thead tr + tr th { top: 1.75rem; font-weight: 400; font-size: 0.9em; }
.grid thead th.corner { left: 0; z-index: 3; text-align: left; vertical-align: bottom; }
.grid thead th.na { color: var(--na-ink); font-style: italic; }
.grid tbody th { position: sticky; left: 0; z-index: 1; background: #fff; text-align: left; font-weight: 400;
  width: 30rem; min-width: 22rem; max-width: 30rem; vertical-align: top; }
.grid .section-head th { background: #e8ecf3; font-weight: 600; padding-top: 0.45rem; }
.grid .section-head span.title { position: sticky; left: 0.4rem; }
.grid .section-head .slug { color: #4a5160; font-weight: 400; margin-left: 0.4rem; }
.clause-id { font: 600 0.95em ui-monospace, Menlo, Consolas, monospace; margin-right: 0.4rem; }
.profiles, .source { font-size: 0.75em; color: #4a5160; margin-right: 0.3rem; }
.kind { font-size: 0.8em; color: #4a5160; border: 1px solid var(--line); border-radius: 3px; padding: 0 0.25rem; margin-right: 0.3rem; }
.req { display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden; font-size: 0.92em; }
.tests { font-size: 0.85em; display: inline-block; margin-left: 0.4rem; }
.tests[open] { display: block; margin-left: 0; }
.tests summary { cursor: pointer; color: #4a5160; }
.tests ul { margin: 0.1rem 0 0.2rem; padding-left: 1.1rem; }
.grid td { text-align: center; vertical-align: middle; white-space: nowrap; min-width: 4.4rem; }
.grid td button { font: inherit; color: inherit; background: none; border: 0; padding: 0.1rem 0.3rem; width: 100%; cursor: pointer;
  scroll-margin: 5rem 0 45vh 32rem; }
.grid td button:focus-visible { outline: 2px solid #0b57b8; outline-offset: -2px; }
.grid td.selected { box-shadow: inset 0 0 0 2px #0b57b8; }
.s-pass { background: var(--pass); color: var(--pass-ink); }
.s-fail { background: var(--fail); color: var(--fail-ink); font-weight: 700; }
.outside { opacity: 0.45; }
.s-fail.known { background: repeating-linear-gradient(135deg, var(--known) 0 5px, #fff6ef 5px 10px); color: var(--known-ink); font-weight: 400; }
.s-skip { background: var(--skip); color: var(--skip-ink); }
.s-unavailable { background: var(--na); color: var(--na-ink); font-style: italic; }
.finding { font-size: 0.85em; margin-left: 0.2rem; }
.intermittent { font-weight: 700; margin-left: 0.15rem; }
#details { position: fixed; left: 1.2rem; right: 1.2rem; bottom: 0.8rem; max-height: 42vh; overflow: auto; z-index: 5;
  background: #fff; border: 1px solid #8a93a6; border-radius: 6px; box-shadow: 0 4px 18px rgba(0, 0, 0, 0.25); padding: 0.5rem 0.8rem; }
#details:focus { outline: 2px solid #0b57b8; }
#details header { display: flex; justify-content: space-between; gap: 1rem; align-items: baseline; }
#details h3 { font-size: 1rem; margin: 0; }
#details pre { white-space: pre-wrap; word-break: break-word; margin: 0.4rem 0 0; font: 0.9em/1.35 ui-monospace, Menlo, Consolas, monospace; }
`;
