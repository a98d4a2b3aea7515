// Takes the README's screenshot of the built app: `npm run build && npm run screenshot`.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';

const PORT = 4399;
// Vite itself rather than through npx, so that killing it leaves no server behind.
const server = spawn(
  process.execPath,
  [
    'node_modules/vite/bin/vite.js',
    'preview',
    '--host',
    '127.0.0.1',
    '--port',
    String(PORT),
    '--strictPort',
  ],
  { stdio: 'ignore' },
);
try {
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--no-first-run',
    ],
  });
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await page.goto(`http://127.0.0.1:${PORT}`);
  await page.getByRole('region', { name: /^September 2026/ }).waitFor();
  await page.screenshot({ path: 'public/screenshot.png' });
  await browser.close();
} finally {
  server.kill();
}
