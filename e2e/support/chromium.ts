// Debian's Chromium, as the e2e suite and the home-page benchmark launch it. Playwright cannot download its
// own browser here; the flags keep Chromium from reaching for the network it does not have.
export const CHROMIUM_PATH = '/usr/bin/chromium'

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
