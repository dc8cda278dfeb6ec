import { describe, expect, it } from 'vitest';
import { renderMarkdown, plainText } from './markdown';

describe('renderMarkdown: the small markdown of toelichtingen', () => {
	it.each([
		['paragraphs and line breaks', 'Eerste alinea.\nNog een regel.\n\nTweede alinea.', '<p>Eerste alinea.<br>Nog een regel.</p>\n<p>Tweede alinea.</p>'],
		['a bullet list', '- meer sbo-leerlingen\n- minder so', '<ul><li>meer sbo-leerlingen</li><li>minder so</li></ul>'],
		['a numbered list', '1. eerst\n2. dan', '<ol><li>eerst</li><li>dan</li></ol>'],
		['bold', 'Dit is **belangrijk** nieuws.', '<p>Dit is <strong>belangrijk</strong> nieuws.</p>'],
		[
			'a link',
			'Zie [Vensters](https://www.vensters.nl/po).',
			'<p>Zie <a href="https://www.vensters.nl/po" rel="noopener noreferrer nofollow">Vensters</a>.</p>'
		],
		[
			'a bare address',
			'Bron: https://duo.nl/open_onderwijsdata.',
			'<p>Bron: <a href="https://duo.nl/open_onderwijsdata" rel="noopener noreferrer nofollow">https://duo.nl/open_onderwijsdata</a>.</p>'
		],
		[
			'HTML is shown as text',
			'<script>alert(1)</script><b onmouseover="x">hoi</b>',
			'<p>&lt;script&gt;alert(1)&lt;/script&gt;&lt;b onmouseover=&quot;x&quot;&gt;hoi&lt;/b&gt;</p>'
		],
		['only http(s) links', '[klik](javascript:alert(1)) [mail](mailto:a@b.nl)', '<p>[klik](javascript:alert(1)) [mail](mailto:a@b.nl)</p>'],
		[
			'a quote cannot leave the href',
			'[x](https://a.nl/"onclick="alert(1))',
			'<p><a href="https://a.nl/&quot;onclick=&quot;alert(1" rel="noopener noreferrer nofollow">x</a>)</p>'
		],
		['empty', '   \n ', '']
	])('%s', (_name, input, html) => {
		expect(renderMarkdown(input)).toBe(html);
	});
	it('plainText drops the markup', () => {
		expect(plainText('- **Meer** uren\n- zie [site](https://a.nl)')).toBe('Meer uren zie site');
	});
});
