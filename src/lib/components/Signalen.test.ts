/**
 * The signals list as the overview renders it for a very large SWV: at most a few of a kind, the number
 * of all of them in the heading, and a link to the page that lists the rest.
 */
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import Signalen from './Signalen.svelte';
import type { Signaal } from '$lib/vertellen';

const text = (html: string) =>
	html
		.replace(/<!--[^]*?-->/g, '')
		.replace(/<[^>]+>/g, ' ')
		.replace(/\s+/g, ' ');
const tempo = (i: number): Signaal => ({ soort: 'achter_op_tempo', wie: `Kring ${i}`, tekst: `Kring ${i} is achter.`, href: `/expertteam?kring=Kring+${i}` });

describe('Signalen with more than the overview names', () => {
	it('says 40 kringen, shows 5, hides the next 20 and links to all 40 on the expertteam page', () => {
		const signalen = Array.from({ length: 25 }, (_, i) => tempo(i + 1));
		const { body } = render(Signalen, { props: { signalen, meer: { achter_op_tempo: { aantal: 15, href: '/expertteam?schooljaar=2025-2026' } } } });
		const t = text(body);
		expect(t).toContain('40 kringen onder de helft van het tempo');
		expect(t).toContain('Toon de volgende 20');
		expect(t).toContain('En nog 15: alle 40 op de pagina Expertteam');
		expect(body).toContain('href="/expertteam?schooljaar=2025-2026"');
		expect(body.match(/data-soort="achter_op_tempo"/g)).toHaveLength(25);
	});

	it('without more, a short list is one list without counts', () => {
		const { body } = render(Signalen, { props: { signalen: [tempo(1), tempo(2)] } });
		expect(text(body)).not.toContain('En nog');
		expect(text(body)).not.toContain('kringen onder de helft');
	});
});
