import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { build, type HtmlTagDescriptor, type Plugin } from 'vite';

/**
 * The kiosk page's entry only asks main for its first answers, then imports the kiosk (main.tsx):
 * list that import and every chunk it needs as modulepreload links, so they download beside the
 * entry rather than after it has run.
 */
function preloadKioskStart(): Plugin {
  return {
    name: 'sunbeon:preload-kiosk-start',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { path, chunk, bundle }): HtmlTagDescriptor[] {
        if (path !== '/index.html' || !chunk || !bundle) return [];
        const needed = new Set<string>();
        const add = (file: string) => {
          if (needed.has(file)) return;
          needed.add(file);
          const imported = bundle[file];
          if (imported?.type === 'chunk') imported.imports.forEach(add);
        };
        chunk.dynamicImports.forEach(add);
        // The entry and its own imports have their links already.
        [chunk.fileName, ...chunk.imports].forEach((file) => needed.delete(file));
        return [...needed].map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` }, injectTo: 'head' }));
      },
    },
  };
}

/**
 * The module the kiosk's core draws the start screen with (electron/services/startPage): the
 * renderer's own components, built for Node into out/startPage, every package inside (the core
 * loads it as a file, from out/ in the app).
 */
function buildStartScreenMarkup(): Plugin {
  return {
    name: 'sunbeon:start-screen-markup',
    apply: 'build',
    async closeBundle() {
      await build({
        configFile: false,
        logLevel: 'warn',
        root: resolve(__dirname, 'renderer'),
        // The page's own files (earlyTap.js) are the renderer build's.
        publicDir: false,
        plugins: [react()],
        define: { 'process.env.NODE_ENV': JSON.stringify('production') },
        ssr: { noExternal: true },
        build: {
          ssr: resolve(__dirname, 'renderer/src/startPage/startScreenMarkup.tsx'),
          outDir: resolve(__dirname, 'out/startPage'),
          emptyOutDir: true,
          minify: true,
          rollupOptions: { output: { format: 'cjs', entryFileNames: '[name].js' } },
        },
      });
    },
  };
}

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          // The kiosk core's own process (utilityProcess in Electron, a Node child under the test bridge).
          coreProcess: resolve(__dirname, 'electron/services/coreProcess/coreProcessMain.ts'),
        },
        // Native printer drivers, loaded only when a USB or serial printer is configured.
        external: ['usb', 'serialport', /^@serialport\//],
      },
    },
  },
  preload: {
    // A sandboxed preload cannot require() node_modules: bundle everything into one CJS file.
    build: {
      externalizeDeps: false,
      isolatedEntries: true,
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    base: './',
    plugins: [react(), preloadKioskStart(), buildStartScreenMarkup()],
    build: {
      minify: true,
      // Fonts stay files, however small: the CSP's font-src 'self' refuses data: URLs.
      assetsInlineLimit: (file: string) => (file.endsWith('.woff2') ? false : undefined),
      outDir: resolve(__dirname, 'out/renderer'),
      rollupOptions: {
        input: {
          kiosk: resolve(__dirname, 'renderer/index.html'),
          // Served to counter laptops and the waiting-hall TV by the LAN server, not loaded in Electron.
          counter: resolve(__dirname, 'renderer/counter/index.html'),
          board: resolve(__dirname, 'renderer/board/index.html'),
          manager: resolve(__dirname, 'renderer/manager/index.html'),
        },
      },
    },
  },
});
