/**
 * A change posted from another site is refused. SvelteKit already refuses cross-site form posts
 * (kit.csrf.checkOrigin); pages that change accounts check it once more themselves, so that a
 * setting changed later, or a body that is not a form, cannot open them to a forged request.
 */
import { error, type RequestEvent } from '@sveltejs/kit';

export function requireSameOrigin(event: Pick<RequestEvent, 'request' | 'url'>): void {
	if (event.request.headers.get('origin') !== event.url.origin) error(403, 'Dit formulier kan alleen op deze site verstuurd worden.');
}
