import type { TestPage } from '../driver';
import type { Harness } from '../harness';
import type { FuzzPage } from './model';
import { getCountries, getCountryCallingCode } from 'libphonenumber-js';
import type { CheckData, FuzzApi, FuzzWindow, PageResult } from './page-api';
import { installBuilder } from './page-build';
import { installChecks } from './page-checks';
import { installEditor } from './page-edit';
import { installRunner } from './page-run';
import { US_AREAS } from './vocabulary';

/** What the page-side checks know of numbering: the country calling codes (non-geographic ones too) and our areas. */
const CHECK_DATA: CheckData = {
  callingCodes: [...new Set([...getCountries().map((country) => getCountryCallingCode(country) as string), '800', '808', '870', '878', '881', '882', '883', '888', '979'])],
  areas: US_AREAS,
};

/** The Node side of a fuzz run: fixture pages with the page-side scripts installed, and running pages in them. */
export class FuzzRunner {
  constructor(private readonly harness: Harness) {}

  /** A new fuzz.html tab with __fuzz installed and its content script running. */
  async open(): Promise<TestPage> {
    const page = await this.harness.open(this.harness.server.url('fuzz.html'));
    // In this order: the runner takes the others from `__fuzz` when it is installed.
    await page.evaluate(installBuilder, undefined);
    await page.evaluate(installChecks, CHECK_DATA);
    await page.evaluate(installEditor, undefined);
    await page.evaluate(installRunner, undefined);
    await page.evaluate(() => ((window as unknown as FuzzWindow).__fuzz as FuzzApi).ready(), undefined);
    return page;
  }

  /**
   * The batch goes to the page as one JSON string, and the results come back as one: a string crosses the
   * protocol in one piece, where the drivers serialize a nested object value by value (over BiDi, each a
   * remote-value record), which cost more than running the pages.
   */
  async run(page: TestPage, pages: readonly FuzzPage[], deadlineMs?: number): Promise<PageResult[]> {
    const results = await page.evaluate(
      async ([batch, deadline]) => JSON.stringify(await ((window as unknown as FuzzWindow).__fuzz as FuzzApi).run(JSON.parse(batch) as FuzzPage[], deadline)),
      [JSON.stringify(pages), deadlineMs ?? 15_000] as const,
    );
    return JSON.parse(results) as PageResult[];
  }

  /** Runs one page in a tab of its own; the tab's page errors (the content script's included) count as failures. */
  async runAlone(page: FuzzPage, deadlineMs?: number): Promise<PageResult> {
    const tab = await this.open();
    try {
      const [result] = await this.run(tab, [page], deadlineMs);
      const errors = tab.errors.map((error) => `page error: ${error}`);
      return result
        ? { ...result, failures: [...result.failures, ...errors] }
        : { seed: page.seed, failures: ['no result', ...errors], links: 0, expected: 0, expectedLinked: 0, never: 0, ms: 0, linkMs: 0, rescanMs: 0 };
    } finally {
      await tab.close();
    }
  }
}
