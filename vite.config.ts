import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  // The yaml worker's CommonJS dependency is not pre-bundled otherwise ("module is not defined").
  optimizeDeps: { include: ['monaco-yaml > path-browserify'] },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  build: { chunkSizeWarningLimit: 4000 },
  worker: { format: 'es' },
});
