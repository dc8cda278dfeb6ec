/**
 * The jaarverslag as an editable Word document (/jaarverslag/<schooljaar>/docx), because boards
 * finish their jaarverslag in Word. It tells what the page tells, from the same JaarverslagData and
 * the same functions ($lib/jaarverslag, $lib/vertellen, $lib/format): the cover, the summary, a
 * chapter per subject (each figure's value and sentences, its toelichting, the notes, the charts as
 * pictures), thuiszitters, and the appendix with every table as a Word table and the definitions.
 * Headings use Word's own heading styles, so Word's navigation pane and table of contents work.
 *
 * The charts are the page's own, photographed by the print browser (pdf.ts, chartImages); when that
 * was not possible a chart's place says so and points to the PDF.
 */
import { AlignmentType, Document, HeadingLevel, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { Column } from '$lib/components/DataTable.svelte';
import type { ChartImage } from './pdf';
import { formatDate, formatMonth, formatTijdstip, formatValue, isSuppressed, vorigJaarRij } from '$lib/format';
import { METRICS, definitie, metric } from '$lib/metrics';
import { hoofdletter, sectorWoorden, VO_DEELNAME } from '$lib/sector';
import { vertelFiguur, vertelVsoTlvJaarverslag } from '$lib/vertellen';
import { bereikOverlapt, metSchatting, verschilWoorden } from '$lib/vertellen';
import {
	KERNCIJFERS_SAMENVATTING,
	PO_ALLEEN,
	SECTIES,
	bijlageKolommen,
	getoond,
	kringRijen,
	reeksRijen,
	sectieVan,
	thuiszittersVraag,
	vertelLocatie,
	vertelMetric,
	type JaarverslagData,
	type Rij
} from '$lib/jaarverslag';
import type { Niveau } from '$lib/toelichting';

/** One chart of the page as the print browser saw it (chartImages in pdf.ts). */
export type Grafiek = ChartImage;

export interface DocxOpties {
	/** The date the document was made (yyyy-mm-dd). */
	gemaakt: string;
	/** The page's charts; null when they could not be made (each chart's place then points to the PDF). */
	grafieken: Grafiek[] | null;
}

/** The same words as the page's note on hidden values. */
export const VERBORGEN_NOOT =
	'"<5" is een aantal van 1 tot 4; "verborgen" is een cijfer dat op zo\'n klein aantal berust (minder dan 5 leerlingen, TLV\'s of arrangementen) of het zou verraden. Een schoolaccount ziet die niet.';
export const GRAFIEK_IN_PDF = 'De grafiek kon niet in dit document worden gezet; ze staat in de PDF-versie van dit jaarverslag.';

const ROL: Record<string, string> = { beheerder: 'beheerder', bestuur: 'bestuur', adviseur: 'adviseur passend onderwijs', school: 'school' };
/** Page width between the margins (A4, 2 cm margins) in pixels at 96 dpi: pictures are scaled to fit. */
const BREEDTE_PX = 643;

const p = (text: string, opts: { bold?: boolean; italics?: boolean; size?: number; color?: string } = {}) =>
	new Paragraph({ children: [new TextRun({ text, ...opts })] });
const kop = (text: string, heading: (typeof HeadingLevel)[keyof typeof HeadingLevel]) => new Paragraph({ text, heading });
const noot = (text: string) => p(text, { italics: true, size: 18, color: '555555' });

/** A cell as the page's DataTable shows it. */
function toon(v: unknown, c: Column): string {
	if (c.unit === 'date') return typeof v === 'string' ? formatDate(v) : 'geen gegevens';
	if (c.unit === 'month') return typeof v === 'string' ? formatMonth(v) : 'geen gegevens';
	if (c.unit === 'text' || c.unit === undefined) return v === null || v === undefined ? '' : String(v);
	return formatValue(typeof v === 'number' || isSuppressed(v) ? v : null, c.unit, c.decimals);
}

function cel(text: string, opts: { kop?: boolean; rechts?: boolean } = {}): TableCell {
	return new TableCell({
		children: [
			new Paragraph({ alignment: opts.rechts ? AlignmentType.RIGHT : AlignmentType.LEFT, children: [new TextRun({ text, bold: opts.kop, size: 18 })] })
		],
		margins: { left: 60, right: 60 }
	});
}

/** A Word table with a caption above it and a header row that repeats on every page. */
function tabel(caption: string, kolommen: { label: string; rechts: boolean }[], rijen: string[][]): (Paragraph | Table)[] {
	return [
		new Paragraph({ children: [new TextRun({ text: caption, bold: true })], keepNext: true, spacing: { before: 200 } }),
		new Table({
			width: { size: 100, type: WidthType.PERCENTAGE },
			rows: [
				new TableRow({ tableHeader: true, children: kolommen.map((k) => cel(k.label, { kop: true, rechts: k.rechts })) }),
				...rijen.map((r) => new TableRow({ cantSplit: true, children: r.map((t, i) => cel(t, { kop: i === 0, rechts: kolommen[i].rechts })) }))
			]
		})
	];
}

function dataTabel(caption: string, rows: Rij[], columns: Column[]): (Paragraph | Table)[] {
	const rechts = (c: Column) => Boolean(c.unit && c.unit !== 'text' && c.unit !== 'date' && c.unit !== 'month');
	if (rows.length === 0) return [new Paragraph({ children: [new TextRun({ text: caption, bold: true })] }), p('Geen gegevens.')];
	return tabel(
		caption,
		columns.map((c) => ({ label: c.label, rechts: rechts(c) })),
		rows.map((r) => columns.map((c) => toon(r[c.key], c)))
	);
}

/** A toelichting's text (blank line: new paragraph, "- ": a list item, **vet**, [tekst](url)) as Word paragraphs. */
function toelichtingAlinea(tekst: string): Paragraph[] {
	const runs = (regel: string) =>
		regel
			.replace(/\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g, '$1 ($2)')
			.split(/(\*\*[^*]+\*\*)/)
			.filter((s) => s !== '')
			.map((s) => (s.startsWith('**') && s.endsWith('**') && s.length > 4 ? new TextRun({ text: s.slice(2, -2), bold: true }) : new TextRun(s)));
	return tekst.split(/\n\s*\n/).flatMap((blok) => {
		const regels = blok.split('\n').filter((r) => r.trim() !== '');
		if (regels.length > 0 && regels.every((r) => /^\s*- /.test(r)))
			return regels.map((r) => new Paragraph({ children: runs(r.replace(/^\s*- /, '')), bullet: { level: 0 } }));
		return regels.length ? [new Paragraph({ children: runs(regels.join(' ')) })] : [];
	});
}

function toelichting(d: JaarverslagData, id: string): Paragraph[] {
	const note = d.toelichtingen.perMetric[id];
	if (!note || note.verwijderd) return [];
	return [
		new Paragraph({ children: [new TextRun({ text: 'Toelichting', bold: true })], spacing: { before: 120 } }),
		...toelichtingAlinea(note.tekst),
		noot(
			`${note.auteur} (${ROL[note.rol] ?? note.rol}), ${formatTijdstip(note.tijdstip)} uur${note.versie > 1 ? `; versie ${note.versie}, eerst geschreven door ${note.eersteAuteur}` : ''}`
		)
	];
}

function grafiekAlinea(g: Grafiek): Paragraph[] {
	const onderschrift = new Paragraph({ children: [new TextRun({ text: g.titel, italics: true })], keepNext: true, spacing: { before: 200 } });
	if (g.leeg !== undefined || !g.png) return [onderschrift, noot(g.leeg ?? GRAFIEK_IN_PDF)];
	const schaal = Math.min(1, BREEDTE_PX / g.breedte);
	return [
		onderschrift,
		new Paragraph({
			children: [
				new ImageRun({
					type: 'png',
					data: g.png,
					transformation: { width: Math.round(g.breedte * schaal), height: Math.round(g.hoogte * schaal) },
					altText: { name: g.titel, title: g.titel, description: `Staafgrafiek: ${g.titel}` }
				})
			]
		})
	];
}

function grafiekenVan(sectie: string, opties: DocxOpties): Paragraph[] {
	if (opties.grafieken === null) return [noot(`De grafieken van dit hoofdstuk staan in de PDF-versie van dit jaarverslag.`)];
	return opties.grafieken.filter((g) => g.sectie === sectie).flatMap(grafiekAlinea);
}

/** The jaarverslag of `d` as a .docx file. */
export async function jaarverslagDocx(d: JaarverslagData, opties: DocxOpties): Promise<Uint8Array> {
	const figuren = Object.fromEntries(SECTIES.flatMap((s) => s.metrics).map((id) => [id, vertelMetric(d, id)]));
	// A VO SWV (issue 16): its own deelname and verwijzingen chapters, in VO words, as on the page.
	const vo = d.sector === 'vo';
	const w = sectorWoorden(d.sector ?? 'po');
	const plekNaam =
		d.niveau === 'swv' ? 'Hele samenwerkingsverband' : d.niveau === 'kring' ? d.naam : `${d.naam} (${d.sleutel}, ${d.kring ?? `geen ${w.kring}`})`;
	const samenvatting = KERNCIJFERS_SAMENVATTING.filter((id) => getoond(d, sectieVan(id)).includes(id) && !(vo && PO_ALLEEN.has(sectieVan(id).id)));
	const locatie = vertelLocatie(d);
	const heeftVerborgen = (bron: (typeof SECTIES)[number]['id']) => reeksRijen(d, bron).some((r) => Object.values(r).some(isSuppressed));
	const geldNummer = SECTIES.length + (d.thuiszitters ? 2 : 1);
	const hoofdstukken = [
		...SECTIES.map((s, i) => `${i + 1}. ${s.titel}`),
		...(d.thuiszitters ? [`${SECTIES.length + 1}. Thuiszitters`] : []),
		...(d.geld?.nu ? [`${geldNummer}. Financiën ${d.geld.jaar}`] : []),
		...(d.geld?.doelmatigheid.nu?.met_vervolg ? [`${geldNummer + (d.geld.nu ? 1 : 0)}. Doelmatigheid`] : [])
	];

	const inhoud: (Paragraph | Table)[] = [
		p(d.swvNaam, { bold: true, size: 28, color: '154273' }),
		new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('Jaarverslag passend onderwijs')] }),
		p(`schooljaar ${d.schooljaar}`, { size: 32 }),
		p(plekNaam, { size: 28 }),
		p('Tellen en vertellen: de cijfers van het schooljaar, wat ze betekenen, en de toelichting van de mensen die het verhaal erachter kennen.', {
			italics: true
		}),
		kop('Inhoud', HeadingLevel.HEADING_2),
		...['Samenvatting', ...hoofdstukken, 'Bijlage: tabellen en definities'].map((t) => p(t)),
		noot(`Gemaakt op ${formatDate(opties.gemaakt, true)} met Passend Monitor.${d.demo ? ' Dit verslag gebruikt verzonnen demogegevens.' : ''}`),

		new Paragraph({ text: 'Samenvatting', heading: HeadingLevel.HEADING_1, pageBreakBefore: true }),
		...tabel(
			`Kerncijfers ${d.schooljaar}${d.niveau === 'swv' ? '' : `, ${d.naam}`}`,
			[
				{ label: 'Onderdeel', rechts: false },
				{ label: 'Cijfer', rechts: false },
				{ label: d.schooljaar, rechts: true },
				{ label: 'Vorig jaar', rechts: true },
				{ label: 'Verschil', rechts: false }
			],
			samenvatting.map((id) => {
				const f = figuren[id];
				const m = metric(id);
				const dec = m.decimals;
				const verschil =
					f.value !== null && f.vorigJaar !== null
						? bereikOverlapt(f.value, f.vorigJaar, f.bereik, f.vorigJaarBereik)
							? 'niet met zekerheid te zeggen (schatting)'
							: verschilWoorden(f.value, f.vorigJaar, m.unit, dec)
						: f.verborgen || f.vorigJaarVerborgen
							? 'geen vergelijking: verborgen'
							: 'geen vergelijking';
				return [
					sectieVan(id).titel,
					m.label,
					f.verborgen ?? metSchatting(formatValue(f.value, m.unit, dec), f.bereik, m.unit, dec),
					f.vorigJaarVerborgen ?? metSchatting(formatValue(f.vorigJaar, m.unit, dec), f.vorigJaarBereik, m.unit, dec),
					verschil
				];
			})
		),
		...(samenvatting.some((id) => figuren[id].verborgen || figuren[id].vorigJaarVerborgen) ? [noot(VERBORGEN_NOOT)] : []),
		...SECTIES.filter((s) => !(vo && PO_ALLEEN.has(s.id))).map((s) => p(figuren[getoond(d, s)[0]].zinnen[0]))
	];

	SECTIES.forEach((s, i) => {
		if (vo && PO_ALLEEN.has(s.id)) {
			// Its charts as on the page (VoJaarverslagDeelname/-Verwijzingen), photographed like the PO chapters'.
			inhoud.push(
				new Paragraph({ text: `${i + 1}. ${s.titel}`, heading: HeadingLevel.HEADING_1, pageBreakBefore: true }),
				...voHoofdstuk(d, s.id),
				...grafiekenVan(s.id, opties)
			);
			return;
		}
		inhoud.push(new Paragraph({ text: `${i + 1}. ${s.titel}`, heading: HeadingLevel.HEADING_1, pageBreakBefore: true }), p(s.vraag, { italics: true }));
		for (const id of getoond(d, s)) {
			const f = figuren[id];
			const m = metric(id);
			inhoud.push(
				kop(m.label, HeadingLevel.HEADING_2),
				p(f.verborgen ?? metSchatting(formatValue(f.value, m.unit, f.decimalen), f.bereik, m.unit, f.decimalen), { bold: true, size: 36 }),
				noot(s.wanneer === 'teldatum' && f.wanneer !== d.schooljaar ? `op ${formatDate(f.wanneer)}` : d.schooljaar),
				...f.zinnen.map((z) => p(z)),
				...toelichting(d, id)
			);
		}
		if (s.id === 'deelname' && locatie) {
			inhoud.push(
				kop('Deelname sbo (locatiecijfer)', HeadingLevel.HEADING_2),
				p(locatie.value === null ? 'geen sbo-school' : formatValue(locatie.value, 'pct', metric('deelname_sbo_pct').decimals), { bold: true, size: 36 }),
				noot('zonder oordeel'),
				p(locatie.zin)
			);
		}
		if (s.id === 'deelname' && d.niveau !== 'swv') {
			inhoud.push(
				noot(
					`De deelname sbo is een cijfer van het hele samenwerkingsverband: een sbo-school ligt in één kring, maar heeft leerlingen uit alle kringen. Een ${d.niveau === 'kring' ? 'kring' : 'school'} wordt daarom beoordeeld op de leerlingen met een sbo-TLV die van ${d.niveau === 'kring' ? 'haar' : 'de'} eigen scholen kwamen. So-TLV's tellen mee bij de school van herkomst.`
				)
			);
		}
		if (heeftVerborgen(s.id)) inhoud.push(noot(`${VERBORGEN_NOOT} Ze staan niet in de grafiek.`));
		if (s.id === 'expertteam' && d.niveau === 'school')
			inhoud.push(noot(`De formatie van het expertteam wordt per ${w.kring} toegekend; voor één school is er daarom geen benutting.`));
		inhoud.push(...grafiekenVan(s.id, opties));
	});

	if (d.thuiszitters) {
		const t = d.thuiszitters;
		inhoud.push(
			new Paragraph({ text: `${SECTIES.length + 1}. Thuiszitters`, heading: HeadingLevel.HEADING_1, pageBreakBefore: true }),
			p(thuiszittersVraag(d), { italics: true }),
			...t.zinnen.map((z) => p(z)),
			...toelichting(d, 'thuiszitters'),
			...grafiekenVan('thuiszitters', opties)
		);
	}

	// Financiën and doelmatigheid (issue 18): the SWV's report only, numbered after thuiszitters, as on the page.
	const geld = d.geld;
	if (geld) {
		let nummer = SECTIES.length + (d.thuiszitters ? 2 : 1);
		if (geld.nu) {
			inhoud.push(
				new Paragraph({ text: `${nummer++}. Financiën ${geld.jaar}`, heading: HeadingLevel.HEADING_1, pageBreakBefore: true }),
				...geld.zinnen.map((z) => p(z)),
				...toelichting(d, 'financien'),
				...grafiekenVan('financien', opties)
			);
		}
		if (geld.doelmatigheid.nu?.met_vervolg) {
			inhoud.push(
				new Paragraph({ text: `${nummer}. Doelmatigheid`, heading: HeadingLevel.HEADING_1, pageBreakBefore: true }),
				p(`Wat volgde op de arrangementen die in ${geld.schooljaar} eindigden: terug naar de basisondersteuning van de school, of een TLV?`, { italics: true }),
				...geld.doelmatigheid.zinnen.map((z) => p(z)),
				...toelichting(d, 'doelmatigheid'),
				...grafiekenVan('doelmatigheid', opties)
			);
		}
	}

	inhoud.push(new Paragraph({ text: 'Bijlage: tabellen en definities', heading: HeadingLevel.HEADING_1, pageBreakBefore: true }));
	for (const s of SECTIES.filter((x) => !(vo && PO_ALLEEN.has(x.id)))) {
		// A VO report's tables have no rugzak column (issue 16).
		const tabel = (niveau: Niveau) => bijlageKolommen(s, niveau).filter((c) => !(vo && c.key === 'rugzak'));
		inhoud.push(...dataTabel(`${s.titel}${d.niveau === 'swv' ? '' : `, ${d.naam}`}, per schooljaar`, reeksRijen(d, s.id), tabel(d.niveau)));
		if (d.niveau === 'swv')
			inhoud.push(
				...dataTabel(`${s.titel} per ${w.kring}, ${d.schooljaar}`, kringRijen(d, s.id), [
					{ key: 'sleutel', label: hoofdletter(w.kring), unit: 'text' },
					...tabel('kring').slice(1)
				])
			);
	}
	inhoud.push(kop('Definities', HeadingLevel.HEADING_2));
	const definities = vo
		? [
				'leerlingen_vo',
				'leerlingen_pro',
				'leerlingen_lwoo',
				'leerlingen_vso',
				'deelname_vso_pct',
				'deelname_pro_pct',
				'deelname_lwoo_pct',
				'tlv_vso',
				...SECTIES.filter((s) => !PO_ALLEEN.has(s.id)).flatMap((s) => getoond(d, s))
			]
		: ['leerlingen_bao', 'leerlingen_sbo', 'leerlingen_so', ...SECTIES.flatMap((s) => getoond(d, s))];
	for (const m of [...new Set(definities)].filter((id) => id in METRICS).map((id) => metric(id))) {
		inhoud.push(p(m.label, { bold: true }), p(definitie(m.id, d.sector ?? 'po')));
	}

	const doc = new Document({
		creator: 'Passend Monitor',
		title: `Jaarverslag ${d.schooljaar}${d.niveau === 'swv' ? '' : ` ${d.naam}`} — ${d.swvNaam}`,
		description: `Jaarverslag passend onderwijs, schooljaar ${d.schooljaar}`,
		styles: { default: { document: { run: { font: 'Calibri', size: 21 }, paragraph: { spacing: { after: 80 } } } } },
		sections: [
			{ properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } }, children: inhoud }
		]
	});
	return new Uint8Array(await Packer.toBuffer(doc));
}

/**
 * The deelname and verwijzingen chapters of a VO SWV (issue 16), as on the page: deelname vso, pro and
 * lwoo on 1 oktober against last year (VoJaarverslagDeelname), the vso-TLVs of the schooljaar
 * (VoJaarverslagVerwijzingen).
 */
function voHoofdstuk(d: JaarverslagData, id: string): Paragraph[] {
	if (id === 'deelname') {
		const ref = d.kerncijfers.find((r) => r.teldatum_soort === 'oktober' && r.schooljaar === d.schooljaar) ?? null;
		const uit: Paragraph[] = [p('Hoeveel leerlingen gaan naar het vso en het praktijkonderwijs, en hoeveel krijgen leerwegondersteuning?', { italics: true })];
		if (!ref) return [...uit, p(`Voor ${d.schooljaar} is er geen telling op 1 oktober.`)];
		uit.push(
			noot(
				`Op ${formatDate(ref.teldatum, true)}: ${formatValue(ref.leerlingen_vo, 'count')} leerlingen vo (van wie ${formatValue(ref.leerlingen_lwoo, 'count')} met lwoo), ${formatValue(ref.leerlingen_pro, 'count')} pro en ${formatValue(ref.leerlingen_vso, 'count')} met een vso-TLV. De noemer is vo + pro; er is geen landelijk cijfer met deze definitie.`
			)
		);
		for (const m of VO_DEELNAME.map((x) => metric(x))) {
			const v = ref[m.id as 'deelname_vso_pct'];
			uit.push(
				kop(m.label, HeadingLevel.HEADING_2),
				p(formatValue(v, m.unit, m.decimals), { bold: true, size: 36 }),
				noot(`op ${formatDate(ref.teldatum)}`),
				p(vertelFiguur(m.id, v, ref.teldatum, [{ value: ref[`vorig_${m.id}` as 'vorig_deelname_vso_pct'], label: 'vorig jaar' }]))
			);
		}
		return uit;
	}
	const rijen = d.vsoTlv ?? [];
	const nu = rijen.find((r) => r.schooljaar === d.schooljaar) ?? null;
	const vorig = vorigJaarRij(rijen, d.schooljaar);
	const uit: Paragraph[] = [
		p("Hoeveel leerlingen kregen een toelaatbaarheidsverklaring (TLV) voor het vso? De TLV's van het primair onderwijs zijn niet van toepassing voor vo.", {
			italics: true
		})
	];
	const getal = (r: Rij | null, k: string) => (r?.[k] ?? null) as number | null;
	const eerste = vertelVsoTlvJaarverslag(
		d.schooljaar,
		d.niveau === 'kring' ? d.naam : null,
		nu ? { tlv_vso: getal(nu, 'tlv_vso'), verwijzingen: getal(nu, 'verwijzingen') } : null,
		getal(vorig, 'tlv_vso')
	);
	if (!nu) return [...uit, p(eerste)];
	uit.push(
		kop("Vso-TLV's besloten", HeadingLevel.HEADING_2),
		p(formatValue(getal(nu, 'tlv_vso'), 'count'), { bold: true, size: 36 }),
		p(eerste),
		kop("Vso-TLV's per 1.000 leerlingen vo en pro", HeadingLevel.HEADING_2),
		p(formatValue(getal(nu, 'vso_verwijzingen_per_1000'), 'per1000', 1), { bold: true, size: 36 }),
		noot(`vorig schooljaar ${formatValue(getal(vorig, 'vso_verwijzingen_per_1000'), 'per1000', 1)}`)
	);
	return uit;
}
