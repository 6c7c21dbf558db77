import { expect, type TestType } from '@playwright/test';
import { nextCall, type TestPage, waitFor } from './driver';
import type { Harness } from './harness';
import { frontTab, openPopup, popupList, seamPage } from './call-helpers';
import { check, chooseFile, OPTIONS, optionsReady, save, statusOf } from './options-helpers';
import { waitForLinks } from './page-helpers';

type Test = TestType<{ harness: Harness }, object>;

/**
 * Starts recording the CSP violations of an extension page: from now on (a `securitypolicyviolation` listener),
 * and in Chromium also those of its load (a buffered ReportingObserver; Firefox's does not report CSP).
 */
function watchViolations(page: TestPage): Promise<void> {
  return page.evaluate(() => {
    const seen: string[] = [];
    Object.assign(window, { advViolations: seen });
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
    new ReportingObserver((reports) => {
      for (const report of reports) {
        const body = report.body as unknown as { effectiveDirective: string; blockedURL: string } | null;
        if (report.type === 'csp-violation' && body) seen.push(`(report) ${body.effectiveDirective} ${body.blockedURL}`);
      }
    }, { buffered: true }).observe();
  }, undefined);
}

/** The violations seen so far, once pending reports had a task to arrive in. */
function violations(page: TestPage): Promise<string[]> {
  return page.evaluate(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    return [...(window as unknown as { advViolations: string[] }).advViolations];
  }, undefined);
}

/**
 * The policy in force is the manifest's (not the browsers' default, which allows any image): a script, a style
 * attribute and an image from elsewhere are refused, each with a violation the watcher sees. The image is a
 * file of the fixture server: Chromium reports even a request CSP refuses, and the suite allows no other.
 */
function provokeViolations(page: TestPage, imageUrl: string): Promise<void> {
  return page.evaluate((imageUrl) => {
    const script = document.createElement('script');
    script.textContent = 'window.advInlineRan = true';
    document.body.append(script);
    document.body.setAttribute('style', 'outline: 1px solid red');
    const image = new Image();
    image.src = imageUrl;
    document.body.append(image);
  }, imageUrl);
}

export function registerExtensionPageScenarios(test: Test): void {
  test('adversarial: the options page and popup work under the manifest\'s strict CSP and cause no violation', async ({ harness }) => {
    const options = await harness.openExtensionPage(OPTIONS);
    await optionsReady(options);
    await watchViolations(options);
    await check(options, '#smsEnabled', true);
    expect(await save(options)).toBe('Saved.');
    await chooseFile(options, '#importFile', 'not-ours.json', '{"hello": 1}');
    expect(await statusOf(options, 'file-status', 'error')).toMatch(/^Not imported/);

    const page = await harness.open(harness.server.url('calls.html'));
    await waitForLinks(page, 3);
    const popup = await openPopup(harness, await frontTab(await seamPage(harness), page));
    await watchViolations(popup);
    expect(await popupList(popup, 'page-numbers')).toHaveLength(3);
    // The quick-dial form is submitted with Enter: under form-action 'none' only a handled submit is quiet.
    await popup.fill('#quick-dial', '802');
    const before = harness.browser.calls.length;
    await popup.press('#quick-dial', 'Enter');
    expect(await nextCall(harness.browser, before)).toBe('zoomphonecall://802');

    expect(await violations(options)).toEqual([]);
    expect(await violations(popup)).toEqual([]);
    // Firefox also logs CSP violations as page errors, from the page's load on: none either.
    expect(options.errors).toEqual([]);
    expect(popup.errors).toEqual([]);

    // Control: the watcher sees what the policy refuses, and the inline script did not run.
    await provokeViolations(options, harness.server.url('adversarial-probe.js'));
    const provoked = await waitFor('the provoked violations', async () => {
      const seen = await violations(options);
      return seen.some((line) => line.startsWith('img-src')) ? seen : undefined;
    });
    expect(provoked.filter((line) => !line.startsWith('(report)')).map((line) => line.split(' ')[0]).sort())
      .toEqual(expect.arrayContaining(['img-src', 'script-src-elem', 'style-src-attr']));
    expect(await options.evaluate(() => 'advInlineRan' in window, undefined)).toBe(false);
  });
}
