import type { FuzzEdit, FuzzPage } from './model';
import type { BuiltPage, FuzzApi, FuzzWindow, PageResult } from './page-api';

/**
 * Runs in the fixture page (fuzz.html): installs `__fuzz.run`, which takes each generated page through
 * build → linked (flush, then each step of late content) → checks → rescan → the same DOM again → checks, then,
 * when the page has edits, edits → linked again → the text of an unlinked copy with the same edits → checks.
 *
 * A `body` page is built into this page's body, where the content script is already running (the path of
 * content a page adds). A `frame` page is built into a new fuzz-frame.html while it is parsed, so its content
 * script meets it on first load; the frame's own sentinel number tells when that script has started.
 * Waits use the test build's seam (c2z-test:flush / c2z-test:rescan answered by c2z-test:idle), with deadlines.
 */
export function installRunner(): void {
  const fuzz = (window as unknown as FuzzWindow).__fuzz as FuzzApi;
  const SENTINEL = 'Sentinel +1 212 555 0199';
  // How long the seam may take to answer; the shrinker (FUZZ_SHRINK) sets it shorter.
  let deadlineMs = 15_000;

  function idle(doc: Document, request: 'c2z-test:flush' | 'c2z-test:rescan'): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        doc.removeEventListener('c2z-test:idle', done);
        reject(new Error(`no c2z-test:idle within ${deadlineMs} ms of ${request}`));
      }, deadlineMs);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      doc.addEventListener('c2z-test:idle', done, { once: true });
      doc.dispatchEvent(new Event(request));
    });
  }

  async function until(what: string, check: () => boolean): Promise<void> {
    const deadline = performance.now() + deadlineMs;
    while (!check()) {
      if (performance.now() > deadline) throw new Error(`timed out after ${deadlineMs} ms waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  const sentinelLinked = (doc: Document) => () => doc.querySelector('#fz-sentinel a.c2z-link') !== null;

  fuzz.ready = async () => {
    await until('the fixture page\'s sentinel number to be linked', sentinelLinked(document));
    document.getElementById('fz-sentinel')?.remove();
    await idle(document, 'c2z-test:flush');
  };

  fuzz.buildFrame = (doc, script) => {
    const pending = fuzz.pending;
    if (!pending) return;
    try {
      script?.remove();
      doc.documentElement.lang = pending.page.lang;
      const built = fuzz.build(doc, pending.page.nodes);
      doc.body.append(built.fragment);
      const sentinel = doc.createElement('p');
      sentinel.id = 'fz-sentinel';
      sentinel.textContent = SENTINEL;
      doc.body.append(sentinel);
      pending.built = built;
    } catch (error) {
      pending.error = String(error);
    }
  };

  async function openFrame(page: FuzzPage): Promise<{ frame: HTMLIFrameElement; doc: Document; built: BuiltPage }> {
    const pending: NonNullable<FuzzApi['pending']> = { page };
    fuzz.pending = pending;
    const frame = document.createElement('iframe');
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = 'fuzz-frame.html';
    document.body.append(frame);
    await loaded;
    fuzz.pending = undefined;
    const doc = frame.contentDocument;
    if (pending.error || !pending.built || !doc) throw new Error(`the frame was not built: ${pending.error ?? 'no build'}`);
    await until('the frame\'s sentinel number to be linked', sentinelLinked(doc));
    doc.getElementById('fz-sentinel')?.remove();
    return { frame, doc, built: pending.built };
  }

  function change(before: string, after: string): string {
    let at = 0;
    while (at < before.length && before[at] === after[at]) at++;
    return `at ${at}: before …${before.slice(Math.max(0, at - 120), at + 120)}… after …${after.slice(Math.max(0, at - 120), at + 120)}…`;
  }

  /**
   * The page edits its own nodes once they are linked, as a framework would, and so does an unlinked copy built
   * apart. The edits are made step by step (an edit marked `sameTask` joins the step before it); after each step,
   * once the linker is idle, the page must read exactly as the copy and pass the same checks (the href invariant
   * and the template numbers among them); at the end, a rescan must change nothing. The first failing step ends
   * the page: the steps after it would only repeat what it broke.
   */
  async function editPage(page: FuzzPage, doc: Document, container: Element, built: BuiltPage): Promise<string[]> {
    const failures: string[] = [];
    const copy = fuzz.build(doc, page.nodes);
    for (const step of copy.late) step.parent.append(...step.nodes);
    const copyContainer = doc.createElement('div');
    copyContainer.append(copy.fragment);
    const steps: { first: number; edits: FuzzEdit[] }[] = [];
    page.edits.forEach((edit, i) => {
      const last = steps.at(-1);
      if (last && edit.sameTask) last.edits.push(edit);
      else steps.push({ first: i, edits: [edit] });
    });
    for (const step of steps) {
      const threw = fuzz.edit(built, step.edits);
      const copyThrew = fuzz.edit(copy, step.edits);
      threw.forEach((thrown, i) => {
        if (thrown !== copyThrew[i]) failures.push(`edit ${step.first + i} (${step.edits[i]?.kind}) threw on the ${thrown ? 'linked page' : 'unlinked copy'} only`);
      });
      await idle(doc, 'c2z-test:flush');
      const texts = { body: copyContainer.textContent ?? '', roots: copy.roots.map((root) => root.textContent ?? '') };
      const what = step.edits.length === 1 ? `edit ${step.first}` : `edits ${step.first}-${step.first + step.edits.length - 1} (one task)`;
      const label = `after ${what} of ${page.edits.length} (${step.edits.map((edit) => edit.kind).join(', ')})`;
      failures.push(...fuzz.check(container, built, { texts, planted: false }).failures.map((f) => `${label}: ${f}`));
      if (failures.length > 0) return failures;
    }
    const before = fuzz.snapshot(container, built);
    await idle(doc, 'c2z-test:rescan');
    const after = fuzz.snapshot(container, built);
    if (after !== before) failures.push(`after the page's edits, a rescan changed the DOM ${change(before, after)}`);
    return failures;
  }

  async function runPage(page: FuzzPage): Promise<PageResult> {
    const start = performance.now();
    const failures: string[] = [];
    let counts = { links: 0, expected: 0, expectedLinked: 0, never: 0 };
    let frame: HTMLIFrameElement | undefined;
    let linkedDom = '';
    let linkMs = 0;
    let rescanMs = 0;
    let holder: HTMLElement | undefined;
    try {
      let doc = document;
      let container: HTMLElement;
      let built: BuiltPage;
      if (page.mode === 'frame') {
        ({ frame, doc, built } = await openFrame(page));
        container = doc.body;
      } else {
        // Each page in a holder of its own, emptied before it goes: the linker backs off from a block whose links
        // keep being removed soon after linking (back-off.ts), and clearing one shared body page after page
        // would look just like that.
        built = fuzz.build(document, page.nodes);
        holder = container = document.createElement('div');
        holder.append(built.fragment);
        document.body.append(holder);
      }
      const linkStart = performance.now();
      await idle(doc, 'c2z-test:flush');
      for (const step of built.late) {
        step.parent.append(...step.nodes);
        await idle(doc, 'c2z-test:flush');
      }
      linkMs = performance.now() - linkStart;
      // From here on a template's number is expected only while its block stays where the page put it.
      for (const template of built.templates) template.home = template.block.parentNode;
      const linked = fuzz.check(container, built);
      failures.push(...linked.failures);
      counts = { links: linked.links, expected: linked.expected, expectedLinked: linked.expectedLinked, never: linked.never };
      // Linking is idempotent: walking the whole page again must change nothing.
      const before = fuzz.snapshot(container, built);
      linkedDom = before;
      const rescanStart = performance.now();
      await idle(doc, 'c2z-test:rescan');
      rescanMs = performance.now() - rescanStart;
      const after = fuzz.snapshot(container, built);
      if (after !== before) {
        failures.push(`a rescan changed the DOM ${change(before, after)}`);
        failures.push(...fuzz.check(container, built).failures.filter((f) => !linked.failures.includes(f)).map((f) => `after the rescan: ${f}`));
      }
      if (page.edits.length > 0) failures.push(...(await editPage(page, doc, container, built)));
    } catch (error) {
      failures.push(`run: ${String(error)}${linkedDom ? ` (the page as linked before: ${linkedDom.slice(0, 2000)})` : ''}`);
    } finally {
      frame?.remove();
      holder?.replaceChildren();
      holder?.remove();
    }
    return { seed: page.seed, failures, ...counts, ms: performance.now() - start, linkMs, rescanMs };
  }

  fuzz.run = async (pages, deadline = 15_000) => {
    deadlineMs = deadline;
    const results: PageResult[] = [];
    for (const page of pages) {
      const result = await runPage(page);
      results.push(result);
      // The linker stopped answering: the caller goes on in a fresh page.
      if (result.failures.some((failure) => failure.startsWith('run: '))) break;
    }
    return results;
  };
}
