import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath, E2E_PORT, E2E_URL } from './test/e2e/chromium';

export default defineConfig({
  testDir: 'test/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  reporter: 'list',
  use: {
    baseURL: E2E_URL,
    viewport: { width: 1920, height: 1080 },
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    // The built app, as users get it: `npm run test:e2e` builds first.
    command: `npx vite preview --host 127.0.0.1 --port ${E2E_PORT} --strictPort`,
    url: E2E_URL,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
