/** Debian's Chromium: browsers cannot be downloaded here, so Playwright drives the system one. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const E2E_PORT = 4321;
export const E2E_URL = `http://127.0.0.1:${E2E_PORT}`;
