/**
 * Generated pages for the page benchmark: seeded, so every run serves the same bytes. Each page carries the
 * exact strings of its phone numbers (window.__known, one list per paragraph) for the oracle pass.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { random } from './random';

const WORDS = ('the of and to in is was for on that with as by at from his her they this have are were had which ' +
  'would been their said more about there one other some time could when what into only after people made then ' +
  'first over also many these most where before through world year between under city office team service day')
  .split(' ');

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const AREAS = [212, 312, 415, 503, 617, 646, 720, 919];

/** A valid US number in one of the usual written forms. */
export function phoneText(rnd: () => number): string {
  for (;;) {
    const area = AREAS[Math.floor(rnd() * AREAS.length)] ?? 212;
    const exchange = 200 + Math.floor(rnd() * 700);
    const line = pad(Math.floor(rnd() * 10000), 4);
    if (exchange === 555 || !parsePhoneNumberFromString(`+1${area}${exchange}${line}`)?.isValid()) continue;
    const forms = [`(${area}) ${exchange}-${line}`, `${area}-${exchange}-${line}`, `+1 ${area} ${exchange} ${line}`, `${area}.${exchange}.${line}`];
    return forms[Math.floor(rnd() * forms.length)] ?? '';
  }
}

function sentence(rnd: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[Math.floor(rnd() * WORDS.length)] ?? 'the');
  return `${out.join(' ')}.`;
}

function page(title: string, body: string, known: string[][] = [], script = ''): string {
  return `<!doctype html><html lang="en-US"><head><meta charset="utf-8"><title>${title}</title>` +
    `<style>body{font:16px/1.5 Georgia,serif;max-width:50rem;margin:1rem auto}td{padding:2px 8px}</style></head><body>${body}` +
    `<script>window.__known=${JSON.stringify(known)};${script}</script></body></html>`;
}

/** ~2 MB article, 2,000 numbers in its paragraphs. */
export function article(): { html: string; numbers: number } {
  const rnd = random(7);
  const paragraphs: string[] = [];
  const known: string[][] = [];
  let size = 0;
  let numbers = 0;
  while (size < 2_000_000) {
    let text = '';
    const inThis: string[] = [];
    for (let s = 0; s < 6; s++) {
      text += `${sentence(rnd, 14)} `;
      if (numbers < 2000 && paragraphs.length % 2 === 0 && s === 2) {
        const p = phoneText(rnd);
        text += `Call ${p} for details. `;
        inThis.push(p);
        numbers++;
      }
    }
    paragraphs.push(`<p>${text.trim()}</p>`);
    known.push(inThis);
    size += text.length;
  }
  return { html: page('Article', paragraphs.join('\n'), known), numbers };
}

/** Table rows, one number each, every number different (the extension's count of numbers is of distinct ones). */
function tableRows(rnd: () => number, from: number, count: number): string {
  let rows = '';
  const seen = new Set<string>();
  for (let i = from; i < from + count; i++) {
    let phone = phoneText(rnd);
    while (seen.has(phone.replace(/\D/g, '').slice(-10))) phone = phoneText(rnd);
    seen.add(phone.replace(/\D/g, '').slice(-10));
    rows += `<tr><td>Contact ${i}</td><td>${phone}</td><td>2024-${pad(1 + (i % 12), 2)}-${pad(1 + (i % 28), 2)}</td><td>$${(rnd() * 999).toFixed(2)}</td></tr>`;
  }
  return rows;
}

/** A 20,000-row contact table: one number per row, next to a date and an amount. */
export function table(): { html: string; numbers: number } {
  const rnd = random(11);
  return { html: page('Table', `<table><tbody id="rows">${tableRows(rnd, 0, 20_000)}</tbody></table>`), numbers: 20_000 };
}

/** ~500 KB of digit-heavy text with no phone number: logs, order IDs, prices, IPs, versions, tracking codes. */
export function digits(): { html: string; numbers: number } {
  const rnd = random(13);
  const lines: string[] = [];
  let size = 0;
  while (size < 500_000) {
    const n = () => Math.floor(rnd() * 1e10);
    const line = `2024-${pad(1 + Math.floor(rnd() * 12), 2)}-${pad(1 + Math.floor(rnd() * 28), 2)} ${pad(Math.floor(rnd() * 24), 2)}:${pad(Math.floor(rnd() * 60), 2)}:${pad(Math.floor(rnd() * 60), 2)} ` +
      `Order #${n()} SKU ${pad(n() % 1e8, 8)} qty ${Math.floor(rnd() * 40)} $${(rnd() * 9999).toFixed(2)} ` +
      `ip 10.${Math.floor(rnd() * 255)}.${Math.floor(rnd() * 255)}.${Math.floor(rnd() * 255)} v${Math.floor(rnd() * 9)}.${Math.floor(rnd() * 30)}.${Math.floor(rnd() * 300)} ` +
      `${(rnd() * 100).toFixed(2)}% tracking 1Z${pad(n() % 1e8, 8)}${pad(n() % 1e8, 8)} invoice ${pad(n() % 1e7, 7)}`;
    lines.push(`<div>${line}</div>`);
    size += line.length;
  }
  return { html: page('Digits', lines.join('\n')), numbers: 0 };
}

/** Prose with no digit at all. */
export function noDigits(): { html: string; numbers: number } {
  const rnd = random(17);
  const paragraphs: string[] = [];
  for (let i = 0; i < 200; i++) paragraphs.push(`<p>${sentence(rnd, 80)}</p>`);
  return { html: page('No digits', paragraphs.join('\n')), numbers: 0 };
}

/** The 20,000-row table, plus a script that appends 20 rows every 100 ms when told to (window.__scroll). */
export function infiniteScroll(batches: number): { html: string; numbers: number } {
  const rnd = random(19);
  const extra: string[] = [];
  for (let b = 0; b < batches; b++) extra.push(tableRows(rnd, 20_000 + b * 20, 20));
  const script = `window.__batches=${JSON.stringify(extra)};window.__appended=[];` +
    `window.__scroll=()=>new Promise(done=>{let b=0;const tbody=document.getElementById('rows');const t=setInterval(()=>{` +
    `const tpl=document.createElement('template');tpl.innerHTML=window.__batches[b];` +
    `const rows=[...tpl.content.children];tbody.append(...rows);window.__appended.push({at:performance.now(),rows});` +
    `if(++b===window.__batches.length){clearInterval(t);done();}},100);});`;
  return { html: page('Infinite scroll', `<table><tbody id="rows">${tableRows(random(11), 0, 20_000)}</tbody></table>`, [], script), numbers: 20_000 };
}

/** A status line whose text node is rewritten 60 times a second (digits, but no phone number). */
export function ticker(): { html: string; numbers: number } {
  const script = `const node=document.createTextNode('');document.getElementById('status').append(node);` +
    // Counts every mutation record but the ticker's own text writes: with or without the extension it must stay 0.
    `window.__mutations=0;new MutationObserver(r=>{window.__mutations+=r.filter(m=>m.target!==node).length}).observe(document.body,{subtree:true,childList:true,characterData:true});` +
    `window.__tick=(ms)=>new Promise(done=>{window.__mutations=0;const end=performance.now()+ms;const t=setInterval(()=>{const d=new Date();` +
    `node.nodeValue='Last update '+d.toISOString().replace('T',' ').slice(0,23);if(performance.now()>end){clearInterval(t);done();}},1000/60);});`;
  return { html: page('Ticker', `<p id="status"></p><p>Support: (212) 201-4567</p>`, [], script), numbers: 1 };
}
