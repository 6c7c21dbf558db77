import { build, type Plugin, type Rolldown, type UserConfig } from 'vite';
import { CONTENT_MAIN } from '../src/content/main-path.ts';

/**
 * The content script comes in two files. The manifest names only the small entry (src/content/boot.ts, built
 * by crx as one classic script); the rest (src/content/index.ts: the detector with its metadata, the linker,
 * settings, the polyfill) is built here as one ES module with no chunks, written to CONTENT_MAIN, and imported
 * by the entry only on pages that need it. The manifest lists that one file as a web-accessible resource,
 * because a content script's import() is a load the page's origin makes.
 *
 * Built in memory within crx's build (same mode, defines, aliases, module plugins and minification) and emitted into its bundle,
 * where crx checks that every web-accessible resource exists; one `vite build` writes both.
 */
export function contentMain(config: Pick<UserConfig, 'define' | 'resolve' | 'plugins'> & { minify: boolean; target: string[] }): Plugin {
  return {
    name: 'c2z-content-main',
    apply: 'build',
    async generateBundle() {
      const result = await build({
        configFile: false,
        logLevel: 'warn',
        define: config.define,
        resolve: config.resolve,
        plugins: config.plugins,
        build: {
          write: false,
          minify: config.minify,
          target: config.target,
          copyPublicDir: false,
          rolldownOptions: {
            input: 'src/content/index.ts',
            preserveEntrySignatures: 'strict',
            output: { format: 'es', entryFileNames: CONTENT_MAIN, codeSplitting: false },
          },
        },
      });
      const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
      const chunks = outputs.flatMap((output) => output.output).filter((file) => file.type === 'chunk');
      if (chunks.length !== 1 || chunks[0]?.fileName !== CONTENT_MAIN) throw new Error(`content main: expected one file ${CONTENT_MAIN}, got ${chunks.map((c) => c.fileName).join(', ')}`);
      this.emitFile({ type: 'asset', fileName: CONTENT_MAIN, source: chunks[0].code });
    },
  };
}
