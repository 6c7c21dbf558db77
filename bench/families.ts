/**
 * Pages generated from seeded families, for `npm run bench families`: every run draws a new seed, so the
 * extension is measured on pages its bench has never seen. The same seed gives the same pages (BENCH_SEED).
 * Each page carries the bench's own main-world instruments (INSTRUMENTS): a heartbeat that records the gaps
 * between its timer ticks (a stall of the main thread, whoever caused it) and counters of linked numbers.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { random } from './random';

export interface FamilyPage {
  readonly html: string;
  /** Phone numbers a correct linker links on it (0 on the digit-dense families). */
  readonly numbers: number;
  /** What the seed chose, for the report. */
  readonly variant: string;
}

type Rnd = () => number;

const pick = <T>(rnd: Rnd, list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
const int = (rnd: Rnd, below: number) => Math.floor(rnd() * below);
const pad = (n: number, width: number) => String(n).padStart(width, '0');

const WORDS = ('the of and to in is was for on that with as by at from his her they this have are were had which ' +
  'would been their said more about there one other some time could when what into only after people made then ' +
  'first over also many these most where before through world year between under city office team service day ' +
  'report market county board school plan account support season project review council budget data health')
  .split(' ');
const FIRST = 'Ana Ben Chloe Dev Emma Farid Grace Hiro Ines Jon Kemal Lena Marco Nadia Omar Priya Quinn Rosa Sam Tara'.split(' ');
const LAST = 'Abbott Brooks Chen Diaz Evans Fischer Garcia Hughes Ito Jensen Khan Lopez Moreau Novak Okafor Patel'.split(' ');
const COMPANY = 'Acme Globex Initech Umbrella Hooli Stark Wayne Wonka Tyrell Cyberdyne Soylent Vandelay'.split(' ');
const AREAS = [201, 206, 212, 303, 312, 404, 415, 503, 512, 602, 617, 646, 702, 713, 720, 801, 919];

/** A valid US number in one of the usual written forms (seeded), and its ten digits. */
export function phoneText(rnd: Rnd, seen?: Set<string>): string {
  for (;;) {
    const area = pick(rnd, AREAS);
    const exchange = 200 + int(rnd, 700);
    const line = pad(int(rnd, 10000), 4);
    const digits = `${area}${exchange}${line}`;
    if (exchange === 555 || seen?.has(digits) || !parsePhoneNumberFromString(`+1${digits}`)?.isValid()) continue;
    seen?.add(digits);
    return pick(rnd, [`(${area}) ${exchange}-${line}`, `${area}-${exchange}-${line}`, `+1 ${area} ${exchange} ${line}`,
      `${area}.${exchange}.${line}`, `1-${area}-${exchange}-${line}`, `+1 (${area}) ${exchange}-${line}`]);
  }
}

const sentence = (rnd: Rnd, words: number) => {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(pick(rnd, WORDS));
  const text = out.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
};
const date = (rnd: Rnd) => `${2015 + int(rnd, 11)}-${pad(1 + int(rnd, 12), 2)}-${pad(1 + int(rnd, 28), 2)}`;
const usDate = (rnd: Rnd) => `${pad(1 + int(rnd, 12), 2)}/${pad(1 + int(rnd, 28), 2)}/${2015 + int(rnd, 11)}`;
const time = (rnd: Rnd) => `${pad(int(rnd, 24), 2)}:${pad(int(rnd, 60), 2)}:${pad(int(rnd, 60), 2)}`;
const money = (rnd: Rnd, max: number) => (rnd() * max).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const hex = (rnd: Rnd, n: number) => Array.from({ length: n }, () => '0123456789abcdef'[int(rnd, 16)]).join('');
const name = (rnd: Rnd) => `${pick(rnd, FIRST)} ${pick(rnd, LAST)}`;

/**
 * The bench's instruments, first in the page's head (main world): a heartbeat every HEARTBEAT_MS whose gaps
 * beyond 2 × its period are kept with the time they ended, the first time a link or mark of either extension
 * appeared, and a count of them. Read with `__bench.stalls(afterMs)`, `__bench.count()`.
 */
export const HEARTBEAT_MS = 16;
const INSTRUMENTS = `(() => {
  const bench = { gaps: [], firstLinkAt: 0 };
  let last = performance.now();
  const beat = () => {
    const now = performance.now();
    if (now - last > ${2 * HEARTBEAT_MS}) bench.gaps.push([now, now - last - ${HEARTBEAT_MS}]);
    last = now;
    setTimeout(beat, ${HEARTBEAT_MS});
  };
  setTimeout(beat, ${HEARTBEAT_MS});
  const LINKS = 'a.c2z-link, a.naive-link';
  bench.marks = () => (typeof CSS !== 'undefined' && CSS.highlights && CSS.highlights.get('c2z-number')) || null;
  bench.count = () => document.querySelectorAll(LINKS).length + (bench.marks() ? bench.marks().size : 0);
  bench.stalls = (after) => bench.gaps.filter(([end, gap]) => end - gap > after).map(([, gap]) => gap);
  bench.loadEnd = () => performance.getEntriesByType('navigation')[0]?.loadEventEnd ?? 0;
  // From DOMContentLoaded (both extensions start later): an observer during parsing would cost the page itself.
  document.addEventListener('DOMContentLoaded', () => {
    const observer = new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) {
        if (n.nodeName === 'A' && n.matches(LINKS)) { bench.firstLinkAt = performance.now(); observer.disconnect(); return; }
      }
    });
    observer.observe(document, { childList: true, subtree: true });
  });
  // Marks change no DOM: polled, a frame at a time, until the first one or 20 s.
  const poll = () => {
    if (bench.firstLinkAt || performance.now() > 20000) return;
    if (bench.marks()?.size) bench.firstLinkAt = performance.now();
    else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
  /**
   * When every element of \`elements\` holds a link or a mark: resolves with the time. Checked in a few microtasks
   * first (an extension's observer callback runs in one and may link in the next, before the page renders), then
   * in each task.
   */
  bench.linked = (elements, timeout = 5000) => new Promise((done) => {
    const end = performance.now() + timeout;
    let hops = 0;
    const check = () => {
      const marked = new Set();
      for (const range of bench.marks() ?? []) marked.add(range.startContainer.parentElement);
      const ok = elements.every((el) => el.querySelector(LINKS) || [...marked].some((m) => m && el.contains(m)));
      if (ok) done(performance.now());
      else if (performance.now() > end) done(Infinity);
      else if (hops++ < 4) queueMicrotask(check);
      else setTimeout(check, 0);
    };
    queueMicrotask(check);
  });
  window.__bench = bench;
})();`;

function page(title: string, body: string, script = '', style = ''): string {
  return '<!doctype html><html lang="en-US"><head><meta charset="utf-8">' +
    `<title>${title}</title><script>${INSTRUMENTS}</script>` +
    `<style>body{font:16px/1.5 Georgia,serif;max-width:60rem;margin:1rem auto}td{padding:2px 8px}${style}</style></head>` +
    `<body>${body}<script>${script}</script></body></html>`;
}

/** ~2 MB article (news, wiki or forum layout), 2,000 numbers, some inside inline elements; dates and prices too. */
export function article(seed: number): FamilyPage {
  const rnd = random(seed);
  const variant = pick(rnd, ['news', 'wiki', 'forum']);
  const seen = new Set<string>();
  const parts: string[] = [];
  let size = 0;
  let numbers = 0;
  let paragraph = 0;
  while (size < 2_000_000) {
    let text = '';
    const sentences = 3 + int(rnd, 6);
    for (let s = 0; s < sentences; s++) {
      text += `${sentence(rnd, 8 + int(rnd, 14))} `;
      if (rnd() < 0.15) text += `On ${pick(rnd, [date(rnd), usDate(rnd)])} it cost $${money(rnd, 5000)}. `;
      if (numbers < 2000 && rnd() < 0.12) {
        const p = phoneText(rnd, seen);
        const shown = rnd() < 0.2 ? `<b>${p}</b>` : p;
        text += pick(rnd, [`Call ${shown} for details. `, `Tel: ${shown}. `, `Reach the office at ${shown} today. `]);
        numbers++;
      }
    }
    paragraph++;
    const block = variant === 'forum' ? `<div class="post"><div class="meta">${name(rnd)} · ${date(rnd)} ${time(rnd)}</div><p>${text.trim()}</p></div>`
      : variant === 'wiki' && paragraph % 12 === 0 ? `<h2>${sentence(rnd, 3)}</h2><p>${text.trim()}</p>`
      : `<p>${text.trim()}</p>`;
    parts.push(block);
    size += block.length;
  }
  // A number short of 2,000 (the text ran out first) is appended so the count is the same on every seed.
  while (numbers < 2000) {
    parts.push(`<p>Desk: ${phoneText(rnd, seen)}</p>`);
    numbers++;
  }
  return { html: page('Article', parts.join('\n')), numbers, variant };
}

/** Rows of a contact table; the seed chose its columns. */
function tableRows(rnd: Rnd, seen: Set<string>, columns: readonly string[], from: number, count: number): string {
  let rows = '';
  for (let i = from; i < from + count; i++) {
    const cells = columns.map((column) => {
      switch (column) {
        case 'phone': return phoneText(rnd, seen);
        case 'name': return name(rnd);
        case 'id': return `#${100000 + i}`;
        case 'date': return date(rnd);
        case 'amount': return `$${money(rnd, 99999)}`;
        case 'company': return pick(rnd, COMPANY);
        default: return `${int(rnd, 100)}%`;
      }
    });
    rows += `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
  }
  return rows;
}

function tableColumns(rnd: Rnd): string[] {
  const others = ['name', 'id', 'date', 'amount', 'company', 'share'].filter(() => rnd() < 0.6);
  others.splice(int(rnd, others.length + 1), 0, 'phone');
  return others;
}

/** A 20,000-row contact table: one number per row among columns the seed chose. */
export function table(seed: number): FamilyPage {
  const rnd = random(seed);
  const columns = tableColumns(rnd);
  return { html: page('Table', `<table><tbody id="rows">${tableRows(rnd, new Set(), columns, 0, 20_000)}</tbody></table>`), numbers: 20_000, variant: columns.join('+') };
}

/** The digit-dense sub-families: ~500 KB each, no phone number. */
export const LEDGERS = ['ledger', 'logs', 'stocks', 'ids'] as const;
export type Ledger = (typeof LEDGERS)[number];

function ledgerLine(kind: Ledger, rnd: Rnd, i: number): string {
  switch (kind) {
    case 'ledger':
      return `<tr><td>${date(rnd)}</td><td>INV-${pad(int(rnd, 1e8), 8)}</td><td>Acct ${pad(int(rnd, 1e4), 4)}-${pad(int(rnd, 1e4), 4)}-${pad(int(rnd, 100), 2)}</td>` +
        `<td>${pick(rnd, ['Debit', 'Credit', 'Transfer', 'Fee'])}</td><td>${money(rnd, 9_999_999)}</td><td>${money(rnd, 99_999_999)}</td><td>Ref ${int(rnd, 1e10)}</td></tr>`;
    case 'logs':
      return `<div>${date(rnd)}T${time(rnd)}.${pad(int(rnd, 1000), 3)}Z [worker-${int(rnd, 64)}] pid=${int(rnd, 99999)} req=${hex(rnd, 8)} ` +
        `${pick(rnd, ['GET', 'POST', 'PUT'])} /api/v${1 + int(rnd, 3)}/orders/${int(rnd, 1e9)} status=${pick(rnd, [200, 201, 304, 404, 500])} ` +
        `latency=${int(rnd, 5000)}ms bytes=${int(rnd, 1e8)} ip=10.${int(rnd, 255)}.${int(rnd, 255)}.${int(rnd, 255)} trace=${hex(rnd, 32)} seq=${i * 7919 + int(rnd, 7919)}</div>`;
    case 'stocks': {
      const price = rnd() * 900 + 5;
      const change = (rnd() - 0.5) * 20;
      return `<tr><td>${String.fromCharCode(65 + int(rnd, 26), 65 + int(rnd, 26), 65 + int(rnd, 26))}</td><td>${price.toFixed(2)}</td>` +
        `<td>${change >= 0 ? '+' : ''}${change.toFixed(2)} (${((100 * change) / price).toFixed(2)}%)</td><td>${int(rnd, 1e8).toLocaleString('en-US')}</td>` +
        `<td>${(rnd() * 3e12).toLocaleString('en-US', { maximumFractionDigits: 0 })}</td><td>${(price * 0.7).toFixed(2)}–${(price * 1.3).toFixed(2)}</td><td>${time(rnd)}</td></tr>`;
    }
    case 'ids':
      return `<li>Order ${int(rnd, 9e9) + 1e9} placed ${usDate(rnd)}, shipped ${date(rnd)}; ticket #${pad(int(rnd, 1e8), 8)}; ` +
        `ISBN 978-${int(rnd, 10)}-${pad(int(rnd, 1e3), 3)}-${pad(int(rnd, 1e5), 5)}-${int(rnd, 10)}; serial SN-${date(rnd).replace(/-/g, '')}-${pad(int(rnd, 1e4), 4)}; ` +
        `UUID ${hex(rnd, 8)}-${hex(rnd, 4)}-${hex(rnd, 4)}-${hex(rnd, 4)}-${hex(rnd, 12)}; tracking 1Z${pad(int(rnd, 1e8), 8)}${pad(int(rnd, 1e8), 8)}; ` +
        `build ${1 + int(rnd, 30)}.${int(rnd, 100)}.${int(rnd, 10000)}; ${usDate(rnd)} ${time(rnd)}</li>`;
  }
}

/** ~500 KB of one digit-dense sub-family, with no phone number in it. */
export function ledger(kind: Ledger, seed: number): FamilyPage {
  const rnd = random(seed);
  const lines: string[] = [];
  let size = 0;
  for (let i = 0; size < 500_000; i++) {
    const line = ledgerLine(kind, rnd, i);
    lines.push(line);
    size += line.length;
  }
  const body = kind === 'ledger' || kind === 'stocks' ? `<table><tbody>${lines.join('\n')}</tbody></table>` : kind === 'ids' ? `<ul>${lines.join('\n')}</ul>` : lines.join('\n');
  return { html: page(`Digits: ${kind}`, body), numbers: 0, variant: kind };
}

function contactCard(rnd: Rnd, seen: Set<string>): { html: string; numbers: number } {
  const phones = 1 + int(rnd, 2);
  const lines = [`<h3>${name(rnd)}</h3>`, `<div>${pick(rnd, COMPANY)} · Account ${pad(int(rnd, 1e7), 7)}</div>`];
  for (let k = 0; k < phones; k++) lines.push(`<div class="tel" data-phone>${pick(rnd, ['Work', 'Mobile', 'Direct'])}: <span>${phoneText(rnd, seen)}</span></div>`);
  lines.push(`<div>Last contact ${usDate(rnd)} · Deal $${money(rnd, 250000)} · Stage ${1 + int(rnd, 6)}</div>`);
  return { html: `<article class="card">${lines.join('')}</article>`, numbers: phones };
}

/** A CRM list of contact cards (div-based, not a table), ~1,000 numbers. */
export function crm(seed: number): FamilyPage {
  const rnd = random(seed);
  const seen = new Set<string>();
  const cards: string[] = [];
  let numbers = 0;
  while (numbers < 1000) {
    const card = contactCard(rnd, seen);
    cards.push(card.html);
    numbers += card.numbers;
  }
  return { html: page('CRM', `<main>${cards.join('\n')}</main>`, '', '.card{border-bottom:1px solid #ccc;padding:4px}'), numbers, variant: `${cards.length} cards` };
}

/**
 * Text rewritten 60 times a second (`__tick(ms)`): a clock, a row of quotes or a scoreboard the seed chose, all
 * digits and no phone number, next to one static number. Counts mutation records other than the ticker's writes.
 */
export function ticker(seed: number): FamilyPage {
  const rnd = random(seed);
  const variant = pick(rnd, ['clock', 'quotes', 'scores']);
  const nodes = variant === 'clock' ? 1 : 8 + int(rnd, 16);
  const script = `const nodes=[];const holder=document.getElementById('status');` +
    `for(let i=0;i<${nodes};i++){const s=document.createElement('span');const t=document.createTextNode('');s.append(t,' ');holder.append(s);nodes.push(t);}` +
    `let k=0;const next=(i)=>{k++;const d=new Date();` +
    (variant === 'clock' ? `return 'Last update '+d.toISOString().replace('T',' ').slice(0,23);`
      : variant === 'quotes' ? `return 'SYM'+i+' '+(100+Math.sin(k+i)*20).toFixed(2)+' '+(Math.cos(k*i)*3).toFixed(2)+'%';`
      : `return 'Game '+i+': '+((k>>3)+i)%120+'–'+((k>>4)*i)%99+' · '+d.getSeconds()+'.'+String(d.getMilliseconds()).padStart(3,'0');`) +
    `};window.__mutations=0;new MutationObserver(r=>{window.__mutations+=r.filter(m=>!nodes.includes(m.target)).length}).observe(document.body,{subtree:true,childList:true,characterData:true});` +
    `window.__tick=(ms)=>new Promise(done=>{window.__mutations=0;const end=performance.now()+ms;const t=setInterval(()=>{` +
    `for(let i=0;i<nodes.length;i++)nodes[i].nodeValue=next(i);if(performance.now()>end){clearInterval(t);done();}},1000/60);});`;
  return { html: page('Ticker', `<p id="status"></p><p>Support: ${phoneText(rnd)}</p>`, script), numbers: 1, variant: `${variant} ×${nodes}` };
}

/**
 * An infinite list: `__scroll()` scrolls to its end and appends a batch of 20 items, every 100 ms, BATCHES times,
 * to a feed of cards (divs) or to a table of 5,000 rows (a huge table: numbers are marked there, not linked);
 * each item holds a number. `__appended` has each batch's time and its elements holding numbers.
 */
export const SCROLL_BATCHES = 30;
export function scroll(seed: number, kind: 'feed' | 'table'): FamilyPage {
  const rnd = random(seed);
  const seen = new Set<string>();
  const columns = tableColumns(rnd);
  const initial = kind === 'table' ? `<table><tbody id="rows">${tableRows(rnd, seen, columns, 0, 5000)}</tbody></table>`
    : `<main id="rows">${Array.from({ length: 300 }, () => contactCard(rnd, seen).html).join('')}</main>`;
  const batches: string[] = [];
  for (let b = 0; b < SCROLL_BATCHES; b++) {
    batches.push(kind === 'table' ? tableRows(rnd, seen, columns, 5000 + b * 20, 20) : Array.from({ length: 20 }, () => contactCard(rnd, seen).html).join(''));
  }
  const script = `window.__batches=${JSON.stringify(batches)};window.__appended=[];` +
    `window.__scroll=()=>new Promise(done=>{let b=0;const list=document.getElementById('rows');const t=setInterval(()=>{` +
    // The reader is at the end of the list when the next batch comes, as in a real infinite scroll.
    `window.scrollTo(0,document.documentElement.scrollHeight);` +
    `const tpl=document.createElement('template');tpl.innerHTML=window.__batches[b];` +
    `const items=[...tpl.content.children];list.append(...items);` +
    `const holders=${kind === 'table' ? 'items' : "items.flatMap(i=>[...i.querySelectorAll('[data-phone]')])"};` +
    `window.__appended.push({at:performance.now(),linked:__bench.linked(holders)});` +
    `if(++b===window.__batches.length){clearInterval(t);done();}},100);});`;
  return { html: page('Infinite scroll', initial, script), numbers: kind === 'table' ? 5000 : 0, variant: kind };
}

/**
 * A single-page app: `__route(n, watch)` swaps the view n times, 400 ms apart (a list of 60 contacts, a ticket thread
 * or an invoice, as the seed chose per route), as a router replaces its outlet; resolves with each route's time
 * to link every number of its view.
 */
export function spa(seed: number): FamilyPage {
  const rnd = random(seed);
  const seen = new Set<string>();
  const views: string[] = [];
  const kinds: string[] = [];
  for (let v = 0; v < 8; v++) {
    const kind = pick(rnd, ['contacts', 'thread', 'invoice']);
    kinds.push(kind);
    if (kind === 'contacts') views.push(Array.from({ length: 60 }, () => contactCard(rnd, seen).html).join(''));
    else if (kind === 'thread') {
      views.push(Array.from({ length: 25 }, () => `<div class="msg"><b>${name(rnd)}</b> ${date(rnd)} ${time(rnd)}<p>${sentence(rnd, 20)}` +
        (rnd() < 0.5 ? ` <span data-phone>Call me at ${phoneText(rnd, seen)}.</span>` : '') + ` Ticket #${int(rnd, 1e7)}.</p></div>`).join(''));
    } else {
      views.push(`<h2>Invoice ${pad(int(rnd, 1e8), 8)}</h2><p data-phone>Billing: ${phoneText(rnd, seen)}</p><table>` +
        Array.from({ length: 80 }, () => `<tr><td>SKU ${pad(int(rnd, 1e8), 8)}</td><td>${int(rnd, 40)}</td><td>$${money(rnd, 9999)}</td><td>${date(rnd)}</td></tr>`).join('') + '</table>');
    }
  }
  const script = `window.__views=${JSON.stringify(views)};` +
    // With no extension (\`watch\` false) nothing is waited for: polling for links that never come costs CPU.
    `window.__route=(n,watch)=>new Promise(done=>{const app=document.getElementById('app');const times=[];let v=0;const go=()=>{` +
    `const at=performance.now();app.innerHTML=window.__views[v%window.__views.length];` +
    `const holders=[...app.querySelectorAll('[data-phone]')];times.push(watch?__bench.linked(holders,3000).then(t=>t-at):Infinity);` +
    `if(++v<n)setTimeout(go,400);else setTimeout(()=>Promise.all(times).then(done),1500);};go();});`;
  return { html: page('SPA', '<nav>Home · Contacts · Tickets · Billing</nav><div id="app"><p>Loading…</p></div>', script), numbers: 0, variant: kinds.join(',') };
}
