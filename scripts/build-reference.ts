/**
 * Builds data/reference/landelijk.csv from the transcribed national sources in ../shared/reference/.
 * One row per (jaar, indicator), with its definition, whether that definition equals the monitor's
 * own (docs/cijfers.md), and the source. Run: `npx tsx scripts/build-reference.ts [SOURCE_DIR]`.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const src = process.argv[2] ?? '../shared/reference';
const rows: string[][] = [];
function read(file: string): Record<string, string>[] {
	const [head, ...lines] = readFileSync(join(src, file), 'utf8').trim().split('\n');
	const cols = head.split(',');
	let lastBron = '';
	return lines.map((l) => {
		// The source column is last and may contain commas.
		const parts = l.split(',');
		const rec: Record<string, string> = {};
		cols.forEach((c, i) => (rec[c] = i === cols.length - 1 ? parts.slice(i).join(',') : parts[i]));
		if (rec.bron === 'idem' || rec.bron === undefined) rec.bron = lastBron;
		else lastBron = rec.bron;
		return rec;
	});
}
const ALL_PO = '% van alle po-leerlingen (bao + sbo + so), 1 oktober; niet dezelfde noemer als het deelnamepercentage';
for (const r of read('national_po_sbo_so_aandelen_ocw.csv')) {
	rows.push([r.jaar, 'deelname_sbo_pct', r.sbo_pct_van_po, '%', ALL_PO, 'nee', `OCW in cijfers: ${r.bron}`]);
	rows.push([r.jaar, 'deelname_so_pct', r.so_pct_van_po, '%', ALL_PO, 'nee', `OCW in cijfers: ${r.bron}`]);
	rows.push([r.jaar, 'leerlingen_sbo', r.sbo_leerlingen, 'aantal', 'leerlingen sbo, landelijk, 1 oktober', 'ja', `OCW in cijfers: ${r.bron}`]);
	rows.push([r.jaar, 'leerlingen_so', r.so_leerlingen, 'aantal', 'leerlingen so, landelijk, 1 oktober', 'nee', `OCW in cijfers: ${r.bron}`]);
}
// The national deelnamepercentages of 2013 that SWVs used in their presentations.
const SWV2013 = 'landelijk deelnamepercentage 2013 zoals gebruikt in presentaties van samenwerkingsverbanden';
rows.push(['2013', 'deelname_sbo_pct', '2.6', '%', 'deelnamepercentage: noemer bao + sbo', 'ja', SWV2013]);
rows.push(['2013', 'deelname_so_pct', '1.64', '%', 'deelnamepercentage: noemer bao + sbo', 'ja', SWV2013]);
rows.push(['2013', 'rugzak_pct', '0.95', '%', 'rugzakken in het bao als % van bao + sbo', 'ja', SWV2013]);
for (const r of read('national_instroom_sbo_so_ocw.csv')) {
	for (const k of ['instroom_sbo_rechtstreeks_geen', 'instroom_sbo_vanuit_bo', 'instroom_so_rechtstreeks_geen', 'instroom_so_vanuit_bo']) {
		rows.push([r.jaar, k, r[k], 'aantal', `instroom per jaar, landelijk (${k.replace(/_/g, ' ')})`, 'ja', `OCW in cijfers: ${r.bron}`]);
	}
}
for (const r of read('national_sbo_so_aandeel_cbs_2000_2013.csv')) {
	rows.push([
		r.schooljaar_start,
		'sbo_pct_cbs',
		r.sbo_pct,
		'%',
		`sbo als % van ${r.noemer === 'idem' ? 'bao+sbo+speciale scholen basisonderwijs' : r.noemer}`,
		'nee',
		`CBS: ${r.bron}`
	]);
}
// VO (issue 16). The sources hold no national deelname_vso_pct, deelname_pro_pct or deelname_lwoo_pct
// with the monitor's definition (denominator vo + pro, docs/cijfers.md): no national vo, pro or lwoo
// counts at all. What exists is the number of vso pupils on 1 October 2014–2017 (all vso pupils, also
// those placed without a TLV of a VO SWV, e.g. cluster 1 and 2): transcribed as a count under its own
// definition, never compared as a deelname. data/reference/README.md says so.
for (const r of read('national_so_vso_aantallen_2014_2017.csv')) {
	const voorlopig = r.opmerking ? ` (${r.opmerking})` : '';
	rows.push([
		r.jaar,
		'leerlingen_vso',
		r.vso,
		'aantal',
		`leerlingen vso, landelijk, 1 oktober${voorlopig}; alle vso-leerlingen, geen deelnamepercentage`,
		'nee',
		`DUO / Onderwijs in Cijfers via ${r.bron.replace(/ \(DUO \/ Onderwijs in Cijfers; teldatum 1 oktober\)$/, '')}`
	]);
}
const esc = (s: string) => (/[",]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
mkdirSync('data/reference', { recursive: true });
writeFileSync(
	'data/reference/landelijk.csv',
	['jaar,indicator,waarde,eenheid,definitie,zelfde_definitie,bron', ...rows.map((r) => r.map(esc).join(','))].join('\n') + '\n'
);
console.log(`data/reference/landelijk.csv: ${rows.length} rijen`);
