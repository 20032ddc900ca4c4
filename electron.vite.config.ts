import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

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
    plugins: [react()],
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
