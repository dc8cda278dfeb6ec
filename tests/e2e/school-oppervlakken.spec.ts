/**
 * One rule for what a school account sees (issue 12): every figure the demo school account can reach
 * reads the same on every surface — the API (JSON), the CSV download, its school page, its
 * jaarverslag and the jaarverslag's PDF (read back with pdftotext) — hidden values alike ("<5",
 * "verborgen"), never "geen gegevens" where a value exists. And a refused API request (another
 * school, a filter a school account may not use) is in the audit log (issue 13).
 */
import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { demoSchool, stateFor } from './auth';
import { csvNumber } from '../../src/lib/format';

const SJ = '2025-2026';
const SHOTS = '/tmp/school';
type Waarde = number | string | null;
type Rij = Record<string, Waarde>;

const isMarker = (v: Waarde) => v === '<5' || v === 'verborgen';
const normaal = (s: string) =>
	s
		.replace(/[\u00a0\u202f]/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();

/** Whether `tekst` shows `v`: the same marker, "geen gegevens" for null, or the number as rounded on screen. */
function toont(tekst: string, v: Waarde): string | null {
	const t = normaal(tekst);
	if (isMarker(v)) return t.startsWith(String(v)) ? null : `"${t}" toont niet ${v}`;
	if (v === null) return /geen gegevens/.test(t) ? null : `"${t}" is niet "geen gegevens"`;
	if (typeof v === 'string') return t.includes(v) ? null : `"${t}" toont niet ${v}`;
	const m = /-?\d[\d.]*(,\d+)?/.exec(t);
	if (!m) return `"${t}" heeft geen getal (verwacht ${v})`;
	const n = Number(m[0].replace(/\./g, '').replace(',', '.')) * (t.startsWith('-') ? -1 : 1);
	const decimalen = m[1] ? m[1].length - 1 : 0;
	return Math.abs(Math.abs(n) - Math.abs(v)) <= 0.5 * 10 ** -decimalen + 1e-9 ? null : `"${t}" is niet ${v}`;
}

async function api(page: Page, name: string, params: Record<string, string>, format: 'json' | 'csv' = 'json') {
	const res = await page.request.get(`/api/q/${name}?${new URLSearchParams({ ...params, format })}`);
	expect(res.status(), `${name} ${format}`).toBe(200);
	return format === 'json' ? ((await res.json()).rows as Rij[]) : await res.text();
}

test.describe('the school account', () => {
	test.use({ storageState: stateFor('school') });

	test('every figure agrees on the API, the CSV, the school page, the jaarverslag and its PDF', async ({ page }) => {
		test.setTimeout(120_000);
		mkdirSync(SHOTS, { recursive: true });
		await page.goto('/');
		const school = await demoSchool(page);
		const fouten: string[] = [];

		// 1. The CSV holds exactly the JSON's cells (numbers with a decimal comma) for every query the surfaces read.
		const bronnen: Record<string, Rij[]> = {};
		for (const name of [
			'school_verwijzingen',
			'school_arrangementen',
			'jaarverslag_arrangementen',
			'jaarverslag_deelname',
			'school_expertteam',
			'school_budget'
		]) {
			const rows = (bronnen[name] = (await api(page, name, { school })) as Rij[]);
			const lines = String(await api(page, name, { school }, 'csv'))
				.replace(/^\uFEFF/, '')
				.trim()
				.split('\r\n');
			const kop = lines[0].split(';');
			expect(lines.length - 1, name).toBe(rows.length);
			rows.forEach((r, i) => {
				const cells = lines[i + 1].split(';');
				kop.forEach((k, j) => {
					const v = r[k];
					const verwacht = v === null ? '' : typeof v === 'number' ? csvNumber(v) : typeof v === 'boolean' ? (v ? 'ja' : 'nee') : String(v);
					if (cells[j].replace(/^"|"$/g, '') !== verwacht) fouten.push(`CSV ${name} rij ${i} ${k}: ${cells[j]} ≠ JSON ${v}`);
				});
			});
		}
		const van = (name: string, pred: (r: Rij) => boolean = () => true) => bronnen[name].find((r) => r.schooljaar === SJ && pred(r))!;
		const sv = van('school_verwijzingen');
		const sa = van('school_arrangementen');
		const ja = van('jaarverslag_arrangementen', (r) => r.niveau === 'school');
		const jd = van('jaarverslag_deelname', (r) => r.niveau === 'school');
		const es = van('school_expertteam');
		const bs = van('school_budget');

		// 2. One figure, one value: the school page's query and the jaarverslag's agree.
		const zelfde: [string, Waarde, Waarde][] = [
			['start_binnen_2_weken_pct', sa.start_binnen_2_weken_pct, ja.start_binnen_2_weken_pct],
			['evaluatie_op_tijd_pct', sa.evaluatie_op_tijd_pct, ja.evaluatie_op_tijd_pct],
			['kosten', sa.kosten, ja.kosten],
			['gestarte arrangementen', sa.gestarte_arrangementen, ja.arrangementen_gestart],
			['rugzak_pct', sa.rugzak_pct, jd.rugzak_pct]
		];
		for (const [id, a, b] of zelfde) if (a !== b) fouten.push(`${id}: schoolpagina ${a}, jaarverslag ${b}`);

		// 3. The school page shows those values (this school, its kring, the SWV).
		await page.goto(`/scholen/${school}?schooljaar=${SJ}`);
		const pagina: [string, number, Waarde][] = [
			['leerlingen', 0, sv.leerlingen],
			['tlv_sbo', 0, sv.tlv_sbo],
			['tlv_so', 0, sv.tlv_so],
			['verwijzingen_per_1000', 0, sv.verwijzingen_per_1000],
			['verwijzingen_per_1000', 1, sv.kring_verwijzingen_per_1000],
			['verwijzingen_per_1000', 2, sv.swv_verwijzingen_per_1000],
			['rugzak_pct', 0, sa.rugzak_pct],
			['rugzak_pct', 1, sa.kring_rugzak_pct],
			['arrangementen', 0, sa.arrangementen],
			['kosten_arrangementen', 0, sa.kosten],
			['start_binnen_2_weken_pct', 0, sa.start_binnen_2_weken_pct],
			['start_binnen_2_weken_pct', 1, sa.kring_start_binnen_2_weken_pct],
			['evaluatie_op_tijd_pct', 0, sa.evaluatie_op_tijd_pct],
			['evaluatie_op_tijd_pct', 2, sa.swv_evaluatie_op_tijd_pct]
		];
		for (const [id, kolom, v] of pagina) {
			const tekst = await page.locator(`[data-testid="vergelijking"] tr[data-metric="${id}"] td`).nth(kolom).innerText();
			const f = toont(tekst, v);
			if (f) fouten.push(`schoolpagina ${id} kolom ${kolom}: ${f}`);
		}
		const hiddenOpPagina = pagina.filter(([, , v]) => isMarker(v)).length;

		// 4. The jaarverslag's figures (HTML), and the same in its PDF.
		await page.goto(`/jaarverslag/${SJ}`);
		const tegels: [string, Waarde][] = [
			['verwijzingen', sv.verwijzingen],
			['verwijzingen_per_1000', sv.verwijzingen_per_1000],
			['deelname_so_pct', jd.deelname_so_pct],
			['rugzak_pct', jd.rugzak_pct],
			['arrangementen_gestart', ja.arrangementen_gestart],
			['start_binnen_2_weken_pct', ja.start_binnen_2_weken_pct],
			['evaluatie_op_tijd_pct', ja.evaluatie_op_tijd_pct],
			['expertteam_uren', es.expertteam_uren],
			['uren_per_100_leerlingen', es.uren_per_100_leerlingen],
			['bereik', es.bereik],
			['budget_toegekend', bs.budget_toegekend],
			['budget_besteed', bs.budget_besteed],
			['uitputting_pct', bs.uitputting_pct],
			['budget_per_leerling', bs.budget_per_leerling]
		];
		const getoond: [string, string, string][] = [];
		for (const [id, v] of tegels) {
			const tegel = page.locator(`.figuur[data-metric="${id}"]`);
			const tekst = await tegel.getByTestId(`waarde-${id}`).innerText();
			const f = toont(tekst, v);
			if (f) fouten.push(`jaarverslag ${id}: ${f}`);
			getoond.push([id, normaal(await tegel.locator('h3').innerText()), normaal(tekst)]);
		}
		// A hidden value is never "geen gegevens": the summary says "verborgen" with the reason.
		const samenvatting = await page.getByTestId('samenvatting').innerText();
		if (tegels.some(([, v]) => isMarker(v))) await expect(page.getByTestId('noot-verborgen')).toContainText('minder dan 5 leerlingen');
		const artikel = normaal(await page.locator('article.jaarverslag').innerText());
		await page.locator('#samenvatting').screenshot({ path: `${SHOTS}/jaarverslag-school-samenvatting.png` });
		await page.locator('#arrangementen').screenshot({ path: `${SHOTS}/jaarverslag-school-arrangementen.png` });

		const res = await page.request.get(`/jaarverslag/${SJ}/pdf`);
		expect(res.status()).toBe(200);
		const file = 'test-results/jaarverslag-school.pdf';
		writeFileSync(file, await res.body());
		const pdf = normaal(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }));
		// A print row of tiles reads as its labels, then its values: the value follows its label closely.
		for (const [id, label, tekst] of getoond) {
			let gevonden = false;
			for (let i = pdf.indexOf(label); i >= 0 && !gevonden; i = pdf.indexOf(label, i + 1))
				gevonden = pdf.slice(i + label.length, i + label.length + 250).includes(` ${tekst}`);
			if (!gevonden) fouten.push(`PDF: ${id} toont niet "${label} … ${tekst}"`);
		}
		// The same markers as on the screen, as often: nothing hidden on screen shows in print, nor the reverse.
		const tel = (s: string, w: RegExp) => (s.match(w) ?? []).length;
		for (const w of [/<5/g, /verborgen/g, /geen gegevens/g]) expect(tel(pdf, w), `PDF ${w}`).toBe(tel(artikel, w));

		expect(fouten).toEqual([]);
		// Real work: hidden values on every surface, and the summary row of a hidden figure is not "geen gegevens".
		expect(hiddenOpPagina).toBeGreaterThan(2);
		expect(tegels.filter(([, v]) => isMarker(v)).length).toBeGreaterThan(1);
		expect(samenvatting).not.toMatch(/Evaluatie op tijd\s+geen gegevens/);
	});

	test('a refused API request for another school or another kring is refused and logged', async ({ page, browser }) => {
		await page.goto('/');
		const school = await demoSchool(page);
		const ander = school === '31MQ00' ? '96XN00' : '31MQ00';
		for (const [q, p] of [
			['school_verwijzingen', `school=${ander}`],
			['tlv_per_schooljaar', 'gemeente=Lindeveen'],
			['tlv_per_schooljaar', 'kring=Kring Noord']
		]) {
			const res = await page.request.get(`/api/q/${q}?${p}&format=json`);
			expect(res.status(), `${q}?${p}`).toBe(403);
		}
		const beheer = await browser.newContext({ storageState: stateFor('beheerder') });
		const b = await beheer.newPage();
		await b.goto('/beheer/audit');
		const log = await b.locator('main').innerText();
		expect(log).toContain(`school_verwijzingen?school=${ander}`);
		expect(log).toContain('tlv_per_schooljaar?gemeente=Lindeveen');
		await beheer.close();
	});
});
