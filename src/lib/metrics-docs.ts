/**
 * docs/cijfers.md, generated from the metric catalogue (metrics.ts) so that the definitions a user
 * or developer reads in the repository are the ones the monitor shows behind "Hoe berekend?".
 * `npm run docs` writes it; a unit test fails when the committed file differs.
 */
import { METRICS, type Metric } from './metrics';
import type { Unit } from './format';

const UNIT_TEXT: Record<Unit, string> = {
	pct: 'procent',
	count: 'aantal',
	hours: 'uren',
	euro: 'euro',
	days: 'dagen',
	ratio: 'verhouding',
	per1000: 'per 1.000 leerlingen'
};

const BETTER: (m: Metric) => string = (m) => (m.lowerIsBetter === null ? 'geen oordeel' : m.lowerIsBetter ? 'lager is gunstiger' : 'hoger is gunstiger');

/** The rules that hold for every figure: what a reader needs before any single definition. */
const RULES = `## Regels voor elk cijfer

- **Schooljaar** van een datum: van 1 augustus tot en met 31 juli; \`2024-2025\` loopt van 2024-08-01 tot en met 2025-07-31.
- **Referentieteldatum** van een schooljaar: de vroegste teldatum van dat schooljaar in de gegevens (meestal 1 oktober).
- **Totalen zijn verhoudingen van sommen**, nooit gemiddelden van percentages: het cijfer van een kring is de som van de tellers gedeeld door de som van de noemers van zijn scholen. Een spreiding over scholen (mediaan, P25–P75) staat er soms naast, en heet dan zo.
- **Eén keer afronden, bij het tonen.** Berekeningen gebruiken de volle precisie; verschillen in procentpunt, rangen en de woorden gelijk/hoger/lager worden op de onafgeronde waarden bepaald, en de woorden kloppen met de getoonde cijfers.
- **Geen gegevens** is iets anders dan 0: een percentage met een noemer van 0, of een cijfer uit een tabel die voor die periode geen enkele regel heeft, heet "geen gegevens".
- **Vergelijkingen**: met het vorige schooljaar (zelfde soort teldatum), met de kring of het samenwerkingsverband, en met het land. "Gunstiger" of "ongunstiger dan landelijk" staat er alleen bij een landelijk cijfer met dezelfde definitie en hetzelfde soort teldatum; een landelijk cijfer met een andere definitie staat er met zijn eigen definitie en jaar bij, zonder oordeel.
- **Schattingen**: een aantal uit DUO-cellen \`<5\` (1 tot 4) is een bereik (minimum–maximum). Het scherm markeert zo'n schatting; waar het bereik de vergelijking overspant, zegt de monitor niet "hoger" of "lager".

## Privacy: wat een schoolaccount ziet

- Een schoolaccount ziet alles van de eigen school, en andere scholen alleen samengevat (kring, samenwerkingsverband, land) of als anonieme spreiding.
- Een aantal van 1 tot 4 leerlingen staat er als "<5"; een percentage of bedrag dat op zo'n aantal rust, is verborgen. Dat geldt op elke plek gelijk: pagina, jaarverslag, PDF, CSV en API.
- De regels worden op de server toegepast; niets wat de browser stuurt, kan ze verruimen.
`;

export function cijfersDoc(): string {
	const parts = [
		'# Cijfers: wat de monitor toont en hoe het berekend is',
		'',
		'<!-- Gemaakt door `npm run docs` uit src/lib/metrics.ts. Niet met de hand bewerken. -->',
		'',
		'Elk cijfer van Passend Monitor is één keer gedefinieerd, in de cijfercatalogus (`src/lib/metrics.ts`). Tegels, tabellen, grafieken, zinnen, CSV-kolommen en het jaarverslag nemen naam, eenheid en definitie daaruit; deze pagina ook.',
		'',
		RULES,
		'## Alle cijfers',
		''
	];
	for (const m of Object.values(METRICS) as Metric[]) {
		parts.push(
			`### ${m.label} (\`${m.id}\`)`,
			'',
			m.definition,
			'',
			// A VO SWV reads the figure in its own words (issue 16): regio for kring, vo + pro for bao + sbo, the vso.
			...(m.vo ? [`In een VO-samenwerkingsverband: ${m.vo}`, ''] : []),
			`Eenheid: ${UNIT_TEXT[m.unit]}, ${m.decimals} ${m.decimals === 1 ? 'decimaal' : 'decimalen'} op het scherm; ${BETTER(m)}.`,
			''
		);
	}
	return parts.join('\n');
}
