/**
 * Loads the Financiën model (issue 18) through the registry: for the page /financien and the
 * jaarverslag's chapters. The queries are scope `all`, so a school account is refused by the registry
 * too, whatever route asks.
 */
import type { QueryRegistry } from './queries';
import type { Scope } from './roles';
import { csvLink } from './pagina';
import { financienModel, kiesJaar, schooljaarVanBoekjaar, type FinancienModel } from '../financien';
import type { ScenarioParams } from '../financien-scenario';
import type { Sector } from '../sector';
import type { DoelmatigheidKostenRow, DoelmatigheidRow, DoelmatigheidUrenVerwijzingenRow, FinancienJarenRow, FinancienPostenRow } from '../rows.generated';

export interface Financien {
	model: FinancienModel;
	/** Boekjaren with data, newest first (the page's choice list). */
	jaren: string[];
	csv: { jaren: string; posten: string; doelmatigheid: string; kosten: string; urenVerwijzingen: string };
}

/**
 * `exact`: this boekjaar even without accounts (the jaarverslag); else the newest when it has none (the page).
 * `sector`: a VO SWV's afdracht per TLV and scenario are the vso's (issue 16).
 */
export async function loadFinancien(
	registry: QueryRegistry,
	scope: Scope,
	gevraagd: string | null,
	params: ScenarioParams,
	{ exact = false, sector = 'po' }: { exact?: boolean; sector?: Sector } = {}
): Promise<Financien> {
	const run = <R>(name: string, p: Record<string, string> = {}) => registry.run(name, p, scope).then((r) => r.rows as unknown as R[]);
	const [jaren, kosten] = await Promise.all([run<FinancienJarenRow>('financien_jaren'), run<DoelmatigheidKostenRow>('doelmatigheid_kosten')]);
	const jaar = exact && gevraagd ? Number(gevraagd) : kiesJaar(jaren, gevraagd);
	const schooljaar = jaar === null ? null : schooljaarVanBoekjaar(jaar);
	const [posten, urenVerwijzingen, doelmatigheid] = await Promise.all([
		jaar === null ? [] : run<FinancienPostenRow>('financien_posten', { jaar: String(jaar) }),
		schooljaar === null ? [] : run<DoelmatigheidUrenVerwijzingenRow>('doelmatigheid_uren_verwijzingen', { schooljaar }),
		// This schooljaar and the one before (the model sets them side by side).
		schooljaar === null ? [] : run<DoelmatigheidRow>('doelmatigheid', { schooljaar })
	]);
	return {
		model: financienModel({ jaren, posten, doelmatigheid, kosten, urenVerwijzingen, jaar, params, sector }),
		jaren: jaren.map((j) => String(j.jaar)).reverse(),
		csv: {
			jaren: csvLink('financien_jaren', {}),
			posten: jaar === null ? '' : csvLink('financien_posten', { jaar: String(jaar) }),
			doelmatigheid: schooljaar === null ? '' : csvLink('doelmatigheid', { schooljaar }),
			kosten: csvLink('doelmatigheid_kosten', {}),
			urenVerwijzingen: schooljaar === null ? '' : csvLink('doelmatigheid_uren_verwijzingen', { schooljaar })
		}
	};
}
