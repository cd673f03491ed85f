// Names the registry lacked and names that are not their state: a table of sentences and expected mentions.
import { describe, expect, it } from 'vitest';
import { _extract } from '../extract/_extract.ts';

const ids = (text: string): string[] => _extract(text, '2023-06-01').mentions.map((m) => m.actorId);

describe('names and precision', () => {
  // [sentence, an actor id it must name]
  const FOUND: [string, string][] = [
    ['Ecowas gave the junta a week.', 'ecowas'],
    ['The WAEMU suspended the country.', 'waemu'],
    ['Nato allies met in Vilnius.', 'nato'],
    ['Kyrgyz and Tajik guards exchanged fire.', 'KGZ'],
    ['Kyrgyz and Tajik guards exchanged fire.', 'TJK'],
    // an Arabic name's article with or without its hyphen, in either case
    ["Syria's President Bashar Al Assad spoke.", 'bashar-al-assad'],
    ['Bashar al Assad spoke.', 'bashar-al-assad'],
    // a zero-width character inside a name does not hide it
    ['Ir\u200ban attacked Isr\u200dael.', 'IRN'],
    ['Ir\u200ban attacked Isr\u200dael.', 'ISR'],
    // a bare "Kim" in the news is North Korea's leader; a longer name still wins
    ['Trump said he trusted Kim.', 'kim-jong-un'],
  ];
  it.each(FOUND)('%s names %s', (text, id) => expect(ids(text)).toContain(id));

  // [sentence, an actor id it must not name]
  const NOT_FOUND: [string, string][] = [
    ['Tankers crossed the Persian Gulf at night.', 'IRN'],
    ['A missile fell into the Sea of Japan.', 'JPN'],
    ['Ethnic Albanian mayors took office in the north.', 'ALB'],
    ['Israel freed Palestinian prisoners on Friday.', 'PSE'],
  ];
  it.each(NOT_FOUND)('%s does not name %s', (text, id) => expect(ids(text)).not.toContain(id));
});
