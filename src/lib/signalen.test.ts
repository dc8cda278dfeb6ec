import { describe, expect, it } from 'vitest';
import { beperkPerSoort, rangschikSignalen } from './signalen';
import type { Signaal } from './vertellen';

const tempo = (i: number, afstand: number): Signaal => ({ soort: 'achter_op_tempo', wie: `Kring ${i}`, tekst: `Kring ${i} is achter`, afstand });
const onder = (i: number): Signaal => ({ soort: 'onderbesteding', wie: `School ${i}`, tekst: `School ${i} besteedde weinig`, afstand: 0.1 });

describe('beperkPerSoort: the overview names at most a few of a kind and links to the rest', () => {
	const waar = (soort: Signaal['soort']) => (soort === 'onderbesteding' ? '/budget?schooljaar=2025-2026' : '/expertteam?schooljaar=2025-2026');

	it('keeps the 3 most urgent of 5 kringen behind on pace, counts the other 2 and links to expertteam', () => {
		// Afstand 0,5 is further behind than 0,1: ranked first.
		const gerangschikt = rangschikSignalen([tempo(1, 0.1), tempo(2, 0.5), tempo(3, 0.3), tempo(4, 0.2), tempo(5, 0.4), onder(1), onder(2)]);
		const r = beperkPerSoort(gerangschikt, waar, 3);
		expect(r.signalen.map((s) => s.wie)).toEqual(['Kring 2', 'Kring 5', 'Kring 3', 'School 1', 'School 2']);
		expect(r.meer).toEqual({ achter_op_tempo: { aantal: 2, href: '/expertteam?schooljaar=2025-2026' } });
	});

	it('leaves a list within the limit as it is, with nothing counted apart', () => {
		const lijst = [tempo(1, 0.1), onder(1)];
		expect(beperkPerSoort(lijst, waar, 3)).toEqual({ signalen: lijst, meer: {} });
	});
});
