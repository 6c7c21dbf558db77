import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type BuildOptions, type Plugin } from 'esbuild';
import { compile } from 'svelte/compiler';

/**
 * Playwright global setup: builds the framework apps of e2e/apps/ from the real npm packages (offline, esbuild)
 * into e2e/fixtures/apps/ (build output; it writes its own .gitignore). Server-rendered variants are rendered
 * here in Node (react-dom/server, vue/server-renderer, svelte/server) into static HTML whose bundle the page
 * loads only when the scenario asks (after the extension's first pass), to hydrate.
 */
const SOURCES = fileURLToPath(new URL('./apps/', import.meta.url));
const OUT = fileURLToPath(new URL('./fixtures/apps/', import.meta.url));
const FRAMEWORKS = ['react', 'vue', 'preact', 'svelte', 'lit'] as const;
type Framework = (typeof FRAMEWORKS)[number];
const SSR: readonly Framework[] = ['react', 'vue', 'preact', 'svelte'];
// Bundles are generated code: not the lint's business.
const BANNER = '/* eslint-disable */';

function sveltePlugin(generate: 'client' | 'server'): Plugin {
  return {
    name: 'svelte',
    setup(builder) {
      builder.onLoad({ filter: /\.svelte$/ }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        const { js } = compile(source, { filename: args.path, generate, dev: false });
        return { contents: js.code, loader: 'js', resolveDir: dirname(args.path) };
      });
    },
  };
}

const common: BuildOptions = { bundle: true, logLevel: 'warning', banner: { js: BANNER }, legalComments: 'none' };

function clientBundle(framework: Framework): Promise<unknown> {
  return build({
    ...common,
    entryPoints: [join(SOURCES, framework, 'client.js')],
    outfile: join(OUT, '_bundles', `${framework}.js`),
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    define: {
      'process.env.NODE_ENV': '"production"',
      __VUE_OPTIONS_API__: 'true',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'true',
    },
    // Vue compiles the app's template in the page (the full build), as an app without a build step would.
    alias: framework === 'vue' ? { vue: 'vue/dist/vue.esm-bundler.js' } : {},
    plugins: [sveltePlugin('client')],
  });
}

/** Bundles e2e/apps/<framework>/server.js for Node (packages left to Node) and runs its render(). */
async function serverRender(framework: Framework): Promise<{ markup: string; expected: unknown }> {
  const outfile = join(OUT, '.server', `${framework}.mjs`);
  await build({ ...common, entryPoints: [join(SOURCES, framework, 'server.js')], outfile, format: 'esm', platform: 'node', packages: 'external', plugins: [sveltePlugin('server')] });
  const module = (await import(`${pathToFileURL(outfile).href}?${Date.now()}`)) as { render(): string | Promise<string>; expected(): unknown };
  return { markup: await module.render(), expected: module.expected() };
}

function page(options: { title: string; markup: string; framework: Framework; ssr: boolean; expected?: unknown }): string {
  const bundle = `../_bundles/${options.framework}.js`;
  // Server-rendered: the probe loads the bundle (data-bundle) when the scenario says so, to hydrate.
  const htmlAttributes = options.ssr ? ` data-ssr="1" data-bundle="${bundle}"` : '';
  const script = options.ssr ? '' : `<script src="${bundle}"></script>`;
  // Before hydration there is no window.app: the probe reads what the server-rendered page shows from here.
  const expected = options.expected === undefined ? ''
    : `<script type="application/json" id="c2z-expected">${JSON.stringify(options.expected).replaceAll('<', '\\u003c')}</script>`;
  return `<!doctype html>
<html lang="en-US"${htmlAttributes}>
  <head><meta charset="utf-8" /><title>${options.title}</title><script src="../probe.js"></script>${expected}</head>
  <body><div id="root">${options.markup}</div>${script}</body>
</html>
`;
}

// The Lit page's light DOM, there before any component is defined: a slotted number, a late-defined element,
// and a plain element that gets a shadow root later.
const LIT_MARKUP = '<x-box><span slot="phone">+1 (415) 555-0177</span>Office hours 9-5</x-box>'
  + '<late-card number="(212) 555-0133"></late-card><div id="plain-host"><span>Loading contact…</span></div>';

export default async function buildFrameworkApps(): Promise<void> {
  await rm(OUT, { recursive: true, force: true });
  await mkdir(OUT, { recursive: true });
  await writeFile(join(OUT, '.gitignore'), '*\n');
  await Promise.all([
    build({ ...common, banner: {}, entryPoints: [join(SOURCES, 'probe.ts')], outfile: join(OUT, 'probe.js'), format: 'iife', target: 'es2022' }),
    ...FRAMEWORKS.map(clientBundle),
  ]);
  const pages: Record<string, string> = {};
  for (const framework of FRAMEWORKS) {
    const markup = framework === 'lit' ? LIT_MARKUP : '';
    pages[framework === 'lit' ? 'lit' : `${framework}-client`] = page({ title: `${framework} client app — fixture`, markup, framework, ssr: false });
  }
  for (const framework of SSR) {
    const { markup, expected } = await serverRender(framework);
    pages[`${framework}-ssr`] = page({ title: `${framework} server-rendered app — fixture`, markup, expected, framework, ssr: true });
  }
  await rm(join(OUT, '.server'), { recursive: true, force: true });
  await Promise.all(Object.entries(pages).map(async ([name, html]) => {
    await mkdir(join(OUT, name), { recursive: true });
    await writeFile(join(OUT, name, 'index.html'), html);
  }));
  await mkdir(join(OUT, 'repro'), { recursive: true });
  await copyFile(join(SOURCES, 'repro', 'index.html'), join(OUT, 'repro', 'index.html'));
}
