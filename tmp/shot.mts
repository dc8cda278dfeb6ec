import { chromium } from '@playwright/test';
const [,, pw, ...paths] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const p = await b.newPage({ viewport: { width: 1280, height: 1800 } });
await p.goto('http://localhost:4399/login');
await p.waitForSelector('html[data-hydrated]');
await p.fill('input[name=naam], input[name=name], #naam', 'bert');
await p.fill('input[type=password]', pw);
await p.locator('form:has(input[name=wachtwoord]) button[type=submit]').click(); await p.waitForTimeout(2000); console.log(p.url(), (await p.locator('body').innerText()).slice(0, 300));
await p.waitForLoadState('networkidle');
let i = 0;
for (const path of paths) {
  await p.goto('http://localhost:4399' + path);
  await p.screenshot({ path: `/tmp/lead/shot${++i}.png`, fullPage: false });
  console.log(path, await p.locator('[data-testid=vergelijking]').innerText().catch(() => '-'));
  console.log(await p.locator('[data-testid=verhaal]').innerText().catch(() => '-'));
}
await b.close();
