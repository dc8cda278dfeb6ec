/**
 * One value per figure, level and year, on every page (issue 12): fetches, as bestuur, the pages that
 * show a kring's, a school's and the SWV's figures and lists every figure whose shown value differs in
 * digits between surfaces (1,0% on the kring page beside 1,03% in the kring's jaarverslag).
 *
 * It reads tiles, jaarverslag figures and tables. A table cell is keyed by its figure (the column's or
 * the row's label, through the catalogue), its place (the row's kring or school, the column's, or the
 * page's own) and its year (a schooljaar, or a teldatum: 1 oktober counts as its schooljaar).
 *
 *   MONITOR_URL=http://127.0.0.1:4870 npx tsx scripts/zelfde-cijfers.ts [schooljaar] [kring] [school in that kring]
 * Exits 1 when a figure shows two values.
 */
import { parseHTML } from 'linkedom';
import { METRICS } from '../src/lib/metrics';

const BASE = process.env.MONITOR_URL ?? 'http://127.0.0.1:4870';
const [SJ = '2025-2026', KRING = 'Kring Noord', SCHOOL = '96XN00'] = process.argv.slice(2);
const SWV = 'SWV';

/** Header texts that name a catalogue figure in other words. */
const ALIAS: Record<string, string> = {
	uren: 'expertteam_uren',
	geleverd: 'expertteam_uren',
	'geleverde uren': 'expertteam_uren',
	'met sbo-tlv': 'deelname_sbo_tlv_pct',
	'deelname sbo (locatie)': 'deelname_sbo_pct',
	'deelname sbo (locatiecijfer)': 'deelname_sbo_pct',
	'met so-tlv': 'leerlingen_so',
	lwoo: 'deelname_lwoo_pct',
	'lwoo %': 'deelname_lwoo_pct'
};
const LABELS = new Map<string, string>();
for (const m of Object.values(METRICS)) LABELS.set(m.label.toLowerCase(), m.id);
for (const [k, v] of Object.entries(ALIAS)) LABELS.set(k, v);

const MAAND = 'jan|feb|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec';
const schooljaar = (t: string) => /^\d{4}-\d{4}$/.test(t);
const teldatum = (t: string) => new RegExp(`^\\d{1,2} (${MAAND}) \\d{4}$`).test(t);
/** A teldatum on 1 oktober is the reference teldatum of its schooljaar. */
function periode(t: string): string | null {
	if (schooljaar(t)) return t;
	const m = new RegExp(`^1 okt (\\d{4})$`).exec(t);
	if (m) return `${m[1]}-${Number(m[1]) + 1}`;
	return teldatum(t) ? t : null;
}
const tekst = (el: Element | null | undefined) =>
	(el?.textContent ?? '')
		.replace(/\s+/g, ' ')
		.replace(/\u00a0/g, ' ')
		.trim();

let cookie = '';
async function login() {
	const r = await fetch(`${BASE}/login?/demo`, {
		method: 'POST',
		headers: { origin: BASE, 'content-type': 'application/x-www-form-urlencoded' },
		body: 'rol=bestuur',
		redirect: 'manual'
	});
	cookie = (r.headers.getSetCookie?.() ?? []).map((c) => c.split(';')[0]).join('; ');
	if (!cookie) throw new Error(`Inloggen mislukt (${r.status})`);
}

interface Waarneming {
	sleutel: string;
	waarde: string;
	waar: string;
}
const gezien: Waarneming[] = [];
const entiteiten = new Set<string>([KRING, SWV]);

/** The place a header or cell names; `wie` is the page's own (a school page's "Deze school", its "Kring"). */
function plaats(t: string, wie?: string): string | null {
	if (/^(samenwerkingsverband|swv)$/i.test(t)) return SWV;
	if (/^landelijk$/i.test(t)) return 'landelijk';
	if (wie && /^deze school$/i.test(t)) return wie;
	if (wie && /^kring$/i.test(t)) return KRING;
	return entiteiten.has(t) || /^Kring [A-Z][a-z]+$/.test(t) ? t : null;
}
function figuur(t: string): string | null {
	const s = t.toLowerCase();
	return LABELS.get(s) ?? null;
}

function noteer(id: string, wie: string, jaar: string, waarde: string, waar: string) {
	if (!/\d/.test(waarde)) return;
	gezien.push({ sleutel: `${id} | ${wie} | ${jaar}`, waarde, waar });
}

function lees(html: string, waar: string, wie: string) {
	const { document } = parseHTML(html);
	// Sorting buttons and definitions inside headers: keep only the label text.
	for (const el of document.querySelectorAll('.noot, .definitie, details, [role="tooltip"]')) el.remove();
	for (const t of document.querySelectorAll('article[data-metric], div.figuur[data-metric]')) {
		const id = t.getAttribute('data-metric')!;
		const v = t.querySelector(`[data-testid="tegel-${id}"], [data-testid="waarde-${id}"], .waarde`);
		if (!v) continue;
		const op = /op (\d{1,2} \w{3} \d{4})/.exec(tekst(t));
		const jaar = (op && periode(op[1])) ?? SJ;
		noteer(id, wie, jaar, tekst(v), `${waar} (tegel)`);
	}
	for (const table of document.querySelectorAll('table')) {
		const kop = [...table.querySelectorAll('thead tr:last-child th, thead tr:last-child td')].map((c) => tekst(c));
		const naam = tekst(table.querySelector('caption')).slice(0, 60);
		for (const tr of table.querySelectorAll('tbody tr')) {
			const cellen = [...tr.querySelectorAll('th, td')].map((c) => tekst(c));
			const rijFiguur = tr.getAttribute('data-metric') ?? cellen.map(figuur).find((x) => x) ?? null;
			const rijJaar = cellen.map(periode).find((x) => x) ?? null;
			// A row is a place's own when its first cell names it; a kring in another column (a school's
			// row with its kring beside it) does not make the row the kring's.
			const rijPlaats = plaats(cellen[0] ?? '');
			cellen.forEach((c, j) => {
				if (j === 0 || periode(c) || plaats(c) || figuur(c)) return;
				const k = kop[j] ?? '';
				const id = figuur(k) ?? rijFiguur ?? (k ? `"${k}"` : null);
				if (!id) return;
				// A row of another place (a school or kring the script does not follow) is left out.
				if (!rijPlaats && !plaats(k, wie) && !rijJaar && !periode(k) && !tr.getAttribute('data-metric')) return;
				const jaar = rijJaar ?? periode(k) ?? SJ;
				const p = rijPlaats ?? plaats(k, wie) ?? wie;
				noteer(id, p, jaar, c, `${waar} (tabel ${naam})`);
			});
		}
	}
}

async function pagina(pad: string, wie: string) {
	const r = await fetch(BASE + pad, { headers: { cookie } });
	if (!r.ok) throw new Error(`${pad}: ${r.status}`);
	lees(await r.text(), pad, wie);
}

await login();
const schoolPagina = await (await fetch(`${BASE}/scholen/${SCHOOL}?schooljaar=${SJ}`, { headers: { cookie } })).text();
const schoolNaam = tekst(parseHTML(schoolPagina).document.querySelector('h1')).replace(` ${SJ}`, '').trim();
entiteiten.add(schoolNaam);
const k = encodeURIComponent(KRING);
const paginas: [string, string][] = [
	[`/kringen/${k}?schooljaar=${SJ}`, KRING],
	[`/scholen/${SCHOOL}?schooljaar=${SJ}`, schoolNaam],
	[`/?schooljaar=${SJ}`, SWV],
	[`/kringen?schooljaar=${SJ}`, SWV],
	[`/scholen?schooljaar=${SJ}`, SWV],
	[`/expertteam?schooljaar=${SJ}`, SWV],
	[`/budget?schooljaar=${SJ}`, SWV],
	[`/jaarverslag/${SJ}`, SWV],
	[`/jaarverslag/${SJ}?kring=${k}`, KRING],
	[`/jaarverslag/${SJ}?school=${SCHOOL}`, schoolNaam]
];
for (const p of ['deelname', 'verwijzingen', 'arrangementen', 'thuiszitters']) {
	paginas.push([`/${p}?schooljaar=${SJ}`, SWV], [`/${p}?schooljaar=${SJ}&kring=${k}`, KRING]);
}
for (const p of ['expertteam', 'budget']) paginas.push([`/${p}?schooljaar=${SJ}&kring=${k}`, KRING]);
for (const [pad, wie] of paginas) await pagina(pad, wie);

/** "1,03%" and "1,0%" differ in digits; "1.413 uur" and "1413" would not (only formatting). */
const cijfers = (v: string) => v.replace(/[^\d,<]/g, '');
const perSleutel = new Map<string, Waarneming[]>();
for (const w of gezien) perSleutel.set(w.sleutel, [...(perSleutel.get(w.sleutel) ?? []), w]);
let verschillen = 0;
for (const [sleutel, ws] of [...perSleutel].sort()) {
	const waarden = new Set(ws.map((w) => cijfers(w.waarde)));
	if (waarden.size < 2) continue;
	verschillen++;
	console.log(`\n${sleutel}`);
	const per = new Map<string, Set<string>>();
	for (const w of ws) per.set(w.waarde, (per.get(w.waarde) ?? new Set()).add(w.waar));
	for (const [v, waar] of per) console.log(`  ${v.padEnd(14)} ${[...waar].slice(0, 4).join('; ')}${waar.size > 4 ? ` (+${waar.size - 4})` : ''}`);
}
console.log(`\n${perSleutel.size} cijfers gelezen op ${paginas.length} pagina's; ${verschillen} met meer dan één waarde.`);
process.exit(verschillen ? 1 : 0);
