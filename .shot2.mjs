import { chromium } from '@playwright/test';
const [url, out, y = '0', h = '1300'] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const p = await b.newPage({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
p.on('pageerror', (e) => console.log('page error:', e.message));
await p.goto(url); await p.waitForTimeout(800);
await p.screenshot({ path: out, fullPage: true, clip: { x: 0, y: Number(y), width: 1280, height: Number(h) } });
await b.close();
