import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

let server: PreviewServer | undefined;

/** Serves the production build (built beforehand by `npm run test:e2e`) on a free port. */
export async function setup(project: TestProject) {
  server = await preview({
    preview: { port: 0, strictPort: false, open: false },
    logLevel: 'silent',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL.');
  project.provide('baseUrl', url);
}

export async function teardown() {
  await server?.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
