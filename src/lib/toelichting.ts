/**
 * The shape of a toelichting as pages and components see it (shared by server and browser).
 * Storage, rules and actions: src/lib/server/toelichtingen.ts.
 */
export type Niveau = 'swv' | 'kring' | 'school';

export interface Plek {
	niveau: Niveau;
	/** '' for the SWV, the kring's name, or the school's brin + vestiging ("12AB00"). */
	sleutel: string;
	schooljaar: string;
}

export interface Versie {
	versie: number;
	tekst: string;
	html: string;
	auteur: string;
	rol: string;
	tijdstip: string;
	hersteldVan: number | null;
}

/** A toelichting with its current version (the last one): versie, tekst, html, auteur, rol, tijdstip. */
export interface Toelichting extends Omit<Versie, 'hersteldVan'> {
	id: number;
	metric: string;
	plek: Plek;
	/** Who wrote the first version, and when. */
	eersteAuteur: string;
	eersteTijdstip: string;
	verwijderd: { op: string; door: string } | null;
	/** Every version, newest first. */
	versies: Versie[];
}

/** What a page hands to its <Toelichting> components: the notes of one place, keyed by metric id. */
export interface ToelichtingenData {
	plek: Plek;
	magSchrijven: boolean;
	perMetric: Record<string, Toelichting>;
}
