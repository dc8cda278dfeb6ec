/**
 * The sector of the database for a page's load (issue 16): monitor_info says 'po' or 'vo' from the
 * soorten in scholen; pages branch on it and take their words from $lib/sector.
 */
import { alsSector, type Sector } from '$lib/sector';
import type { Pagina } from './pagina';

export async function sectorVan(run: Pagina['run']): Promise<Sector> {
	return alsSector((await run('monitor_info')).rows[0]?.sector);
}
