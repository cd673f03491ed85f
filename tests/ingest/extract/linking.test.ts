// Recognition and linking: registry names, titles, short names, possessives, capitals, demonyms, new actors.
import { describe, it, expect } from 'vitest';
import { _extract, _triples } from './_extract.ts';

/** Mentions as "text→actorId". */
const mentionsOf = (text: string, date?: string): string[] =>
  _extract(text, date).mentions.map((m) => `${m.text}→${m.actorId}`);

// [sentence, mentions expected among the output ("text→actorId")]
const MENTIONS: [string, string[]][] = [
  // titles stripped, multiword longest match
  ['President Vladimir Putin spoke.', ['Vladimir Putin→vladimir-putin']],
  [
    'Russian Foreign Minister Sergei Lavrov arrived.',
    ['Russian→RUS', 'Sergei Lavrov→sergei-lavrov'],
  ],
  // alternative spellings and diacritics
  ['Zelenskyy spoke to Erdoğan.', ['Zelenskyy→volodymyr-zelensky', 'Erdoğan→recep-tayyip-erdogan']],
  ['Zelenskiy spoke to Erdogan.', ['Zelenskiy→volodymyr-zelensky', 'Erdogan→recep-tayyip-erdogan']],
  // possessives: the mention covers the name only
  ["Iran's drones flew.", ['Iran→IRN']],
  // capitals and seats of government stand for their state; the Kremlin is a body
  [
    'Moscow and Tehran and Kyiv and Kiev and Damascus and Ankara and Beijing and Washington spoke.',
    [
      'Moscow→RUS',
      'Tehran→IRN',
      'Kyiv→UKR',
      'Kiev→UKR',
      'Damascus→SYR',
      'Ankara→TUR',
      'Beijing→CHN',
      'Washington→USA',
    ],
  ],
  // a leading "the" is not part of the name
  ['The Kremlin said nothing.', ['Kremlin→kremlin']],
  // demonym adjectives alone are the state
  ['Russian forces and Iranian drones advanced.', ['Russian→RUS', 'Iranian→IRN']],
  // case-aware short forms: "US" the state, "us" the pronoun
  ['The US told us nothing.', ['US→USA']],
  [
    'U.S. officials and the UK and Britain and Türkiye and Turkey met.',
    ['U.S.→USA', 'UK→GBR', 'Britain→GBR', 'Türkiye→TUR', 'Turkey→TUR'],
  ],
  // groups and organisations
  [
    'Hezbollah, the IRGC, the Quds Force, Wagner, the SDF, the Houthis, ISIS and HTS were named.',
    [
      'Hezbollah→hezbollah',
      'IRGC→irgc',
      'Quds Force→quds-force',
      'Wagner→wagner-group',
      'SDF→sdf',
      'Houthis→houthis',
      'ISIS→islamic-state',
      'HTS→hayat-tahrir-al-sham',
    ],
  ],
  [
    'The UN Security Council, the IAEA, OPEC+ and the CSTO met.',
    ['UN Security Council→un-security-council', 'IAEA→iaea', 'OPEC+→opec-plus', 'CSTO→csto'],
  ],
  // a capitalised name before a region noun is a place; the region noun is not part of it
  [
    "Drones struck Russia's Ryazan region and the Kursk region.",
    ['Russia→RUS', 'Ryazan→ryazan', 'Kursk→kursk'],
  ],
  // a capital after "lashed out at", "took aim at" is the addressee state, not a location
  ['Erdogan lashed out at Moscow.', ['Moscow→RUS']],
  ['Macron took aim at Beijing.', ['Beijing→CHN']],
  // an advance into a capital reaches the city
  ['The Taliban swept into Kabul.', ['Taliban→taliban', 'Kabul→kabul']],
];

describe('mentions', () => {
  it.each(MENTIONS)('%s', (sentence, expected) => {
    const found = mentionsOf(sentence);
    for (const m of expected) expect(found).toContain(m);
  });

  it('does not read the pronoun "us" or the bird "turkey" as states', () => {
    expect(mentionsOf('They told us to cook turkey.')).toEqual([]);
  });

  it('gives offsets that index the article text exactly, across blanked runs of spaces', () => {
    const text =
      "Cookie banner.        \n   Iran's President Ebrahim Raisi met Putin.      Subscribe now.";
    const x = _extract(text);
    expect(x.mentions.length).toBeGreaterThan(0);
    for (const m of x.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(x.mentions.find((m) => m.actorId === 'IRN')!.text).toBe('Iran');
  });
});

describe('short names within an article', () => {
  it('links a surname to the full name mentioned earlier', () => {
    const x = _extract(
      'Iraqi Foreign Minister Fuad Hussein met Lavrov. Hussein later met Iranian officials.',
    );
    expect(x.mentions.filter((m) => m.actorId === 'fuad-hussein').map((m) => m.text)).toEqual([
      'Fuad Hussein',
      'Hussein',
    ]);
    expect(_triples(x)).toContain('fuad-hussein CONSULT IRN');
  });

  it('links curated surnames without a full name', () => {
    expect(mentionsOf('Putin and Assad spoke.')).toEqual([
      'Putin→vladimir-putin',
      'Assad→bashar-al-assad',
    ]);
  });
});

describe('new actors from compromise', () => {
  it("takes a new person's state from a demonym before a government's name and a title", () => {
    const x = _extract('The Malian Transition Prime Minister Choguel Maiga criticized France.');
    expect(x.actors.find((a) => a.id === 'choguel-maiga')).toMatchObject({
      type: 'Person',
      countryCode: 'MLI',
    });
  });

  it('keeps a person the registry lacks, with its state from demonym + role', () => {
    const x = _extract(
      'Turkish President Recep Tayyip Erdoğan hosted his Iraqi counterpart Abdul Latif Rashid in Ankara.',
    );
    const rashid = x.actors.find((a) => a.id === 'abdul-latif-rashid');
    expect(rashid).toMatchObject({ type: 'Person', countryCode: 'IRQ' });
    expect(_triples(x, true)).toEqual(
      [
        'abdul-latif-rashid LEADS IRQ',
        'recep-tayyip-erdogan CONSULT abdul-latif-rashid',
        'recep-tayyip-erdogan LEADS TUR',
      ].sort(),
    );
  });

  it('creates people, organisations and places compromise finds', () => {
    const x = _extract('John Smith flew to Springfield.');
    expect(x.actors.map((a) => `${a.id}:${a.type}`)).toEqual(
      expect.arrayContaining(['john-smith:Person']),
    );
  });

  it('avoids junk: sentence-initial words, months, days', () => {
    const x = _extract('Meanwhile, on Monday in March, The talks resumed.');
    expect(x.actors).toEqual([]);
  });

  it('gives every actor a type and the countryCode that applies', () => {
    const x = _extract(
      "Iran's Foreign Ministry condemned the Russian Defence Ministry and Hezbollah.",
    );
    for (const a of x.actors) expect(a.type).toBeTruthy();
    expect(x.actors.find((a) => a.id === 'russian-defence-ministry')).toMatchObject({
      countryCode: 'RUS',
      partOf: 'RUS',
    });
    expect(x.actors.find((a) => a.id === 'hezbollah')).toMatchObject({
      type: 'ArmedGroup',
      countryCode: 'LBN',
    });
  });
});

describe('government bodies', () => {
  it.each([
    ["Iran's Foreign Ministry said so.", 'iranian-foreign-ministry', 'IRN'],
    ['The Foreign Ministry of Turkey said so.', 'turkish-foreign-ministry', 'TUR'],
    // not curated: created, partOf its state
    ["Azerbaijan's foreign ministry said so.", 'azerbaijani-foreign-ministry', 'AZE'],
  ])('%s', (sentence, bodyId, state) => {
    const x = _extract(sentence);
    expect(x.mentions.map((m) => m.actorId)).toContain(bodyId);
    expect(x.actors.find((a) => a.id === bodyId)).toMatchObject({
      type: 'GovernmentBody',
      countryCode: state,
      partOf: state,
    });
    expect(_triples(x, true)).toContain(`${bodyId} PART_OF ${state}`);
  });

  it('relations attach to the body, not its state', () => {
    expect(_triples(_extract('The Kremlin condemned the Ukrainian strikes.'))).toEqual([
      'kremlin CRITICIZE UKR',
    ]);
  });
});

describe('structural relations', () => {
  // [sentence, expected structural triples]
  const STRUCTURAL: [string, string[]][] = [
    ['Russian President Vladimir Putin spoke.', ['vladimir-putin LEADS RUS']],
    ['Putin, the Russian president, spoke.', ['vladimir-putin LEADS RUS']],
    ["Ebrahim Raisi, Iran's president, died.", ['ebrahim-raisi LEADS IRN']],
    // other officials are PART_OF the state or body named with them, never of one not named
    ['Russian Foreign Minister Sergei Lavrov spoke.', ['sergei-lavrov PART_OF RUS']],
    ['Foreign Minister Sergei Lavrov spoke.', []],
    ['President Vladimir Putin spoke.', []],
    ['Kremlin spokesman Dmitry Peskov spoke.', ['dmitry-peskov PART_OF kremlin']],
    ["Nigeria's special envoy Musa Bello spoke.", ['musa-bello PART_OF NGA']],
    ['Hamas leader Ismail Haniyeh spoke.', ['ismail-haniyeh LEADS hamas']],
    ['Hamas commander Omar Said spoke.', ['omar-said PART_OF hamas']],
    ['OPEC Secretary-General Haitham al-Ghais spoke.', ['haitham-al-ghais LEADS opec']],
    ['Cuban Deputy Foreign Minister Ana Ruiz-Pena spoke.', ['ana-ruiz-pena PART_OF CUB']],
    // A title of the form "Minister of Foreign Affairs" ends where the name begins.
    ['Chilean Minister of Foreign Affairs Sheikh Juan Perez spoke.', ['juan-perez PART_OF CHL']],
    ['Former Mexican President Luis Lopez spoke.', []],
    // appositions, with the owner before the title or after "of"
    ["Ana Ruiz, Peru's trade minister, spoke.", ['ana-ruiz PART_OF PER']],
    ["Chad's president, Idriss Deby-Mahamat, spoke.", ['idriss-deby-mahamat LEADS TCD']],
    ['Ali Karimi, the head of the Arab League, spoke.', ['ali-karimi LEADS arab-league']],
    ['The Basij, the paramilitary arm of the IRGC, marched.', ['basij PART_OF irgc']],
    // a possessive state and a person or body
    ["Kenya's William Ruto spoke.", ['william-ruto PART_OF KEN']],
    ["Iran's intelligence ministry spoke.", ['iranian-intelligence-ministry PART_OF IRN']],
    // a body named with its state inside one name is one mention, no PART_OF
    ['The Russian Defence Ministry said so.', []],
    ['Former President Donald Trump spoke.', []],
    ['NATO member Turkey objected.', ['TUR MEMBER_OF nato']],
    ['Turkey, a NATO member, objected.', ['TUR MEMBER_OF nato']],
    ["Iran's Foreign Ministry objected.", ['iranian-foreign-ministry PART_OF IRN']],
    // a name starting inside a shorter alias ("Crown Prince Mohammed") that runs past it wins
    ['Saudi Crown Prince Mohammed bin Salman hosted Zelensky.', ['mohammed-bin-salman LEADS SAU']],
  ];
  it.each(STRUCTURAL)('%s', (sentence, expected) => {
    const structural = _extract(sentence).relations.filter((r) => r.quadClass === null);
    expect(structural.map((r) => `${r.source} ${r.type} ${r.target}`).sort()).toEqual(
      expected.sort(),
    );
    for (const r of structural) expect(r.score).toBe(0);
  });

  it('resolves "the Iranian president" to the holder at the article date', () => {
    expect(
      _extract('The Iranian president visited Moscow.', '2023-05-10').mentions.map(
        (m) => m.actorId,
      ),
    ).toContain('ebrahim-raisi');
    expect(
      _extract('The Iranian president visited Moscow.', '2019-05-10').mentions.map(
        (m) => m.actorId,
      ),
    ).toContain('hassan-rouhani');
  });

  it('keeps a title without a name as its state when the date is not inside a closed term', () => {
    const ids = (text: string, date: string): string[] =>
      _extract(text, date).mentions.map((m) => m.actorId);
    expect(ids('The US president praised Ghana.', '2015-03-02')).toContain('barack-obama');
    // a date before any curated term and a missing date give the state
    expect(ids('The US president praised Ghana.', '2006-03-02')).toContain('USA');
    expect(ids('The US president praised Ghana.', '')).not.toContain('joe-biden');
    // an open-ended term with no dated terms cannot say who holds the office now
    expect(ids("Egypt's president praised Ghana.", '2023-03-02')).not.toContain(
      'abdel-fattah-el-sisi',
    );
  });

  // [sentence, date, the holder "the <state> <title>" names]: dated terms decide, to the day of the handover
  const HOLDERS: [string, string, string][] = [
    ['The Iranian president thanked Iraq.', '2022-05-01', 'ebrahim-raisi'],
    ['The Iranian president thanked Iraq.', '2025-02-01', 'masoud-pezeshkian'],
    ['The Iranian president thanked Iraq.', '2019-02-01', 'hassan-rouhani'],
    ['The US president praised Ghana.', '2017-01-10', 'barack-obama'],
    ['The US president praised Ghana.', '2017-03-02', 'donald-trump'],
    ['The US president praised Ghana.', '2025-03-02', 'donald-trump'],
    ['The Finnish president visited Estonia.', '2023-06-01', 'sauli-niinisto'],
    ['The Finnish president visited Estonia.', '2024-06-01', 'alexander-stubb'],
    ['The Russian prime minister visited Minsk.', '2010-06-01', 'vladimir-putin'],
    ['The Russian prime minister visited Minsk.', '2015-06-01', 'dmitry-medvedev'],
  ];
  it.each(HOLDERS)('%s (%s) → %s', (text, date, id) => {
    expect(_extract(text, date).mentions.map((m) => m.actorId)).toContain(id);
  });

  // [sentence, a structural relation that must not be found]: a registry person is tied only to what they serve
  const NOT_STRUCTURAL: [string, string][] = [
    [
      'Talks involved Erdogan, Niinisto, Swedish Prime Minister Magdalena Andersson and others.',
      'sauli-niinisto LEADS SWE',
    ],
    [
      'Dmitry Medvedev, now deputy chairman of the Security Council, warned the West.',
      'dmitry-medvedev LEADS un-security-council',
    ],
    [
      'National Security Council spokesman John Kirby said Iran was arming Russia.',
      'john-kirby PART_OF un-security-council',
    ],
    ['Wagner founder Yevgeny Prigozhin flew to Minsk.', 'yevgeny-prigozhin PART_OF wagner-group'],
  ];
  it.each(NOT_STRUCTURAL)('%s gives no %s', (text, relation) => {
    const found = _extract(text, '2023-06-01').relations.map(
      (r) => `${r.source} ${r.type} ${r.target}`,
    );
    expect(found).not.toContain(relation);
  });

  it('ties officials of international bodies to the body, not their home state', () => {
    const found = _extract('UN Secretary-General Antonio Guterres urged calm.', '2023-06-01');
    expect(found.actors.find((a) => a.id === 'antonio-guterres')?.countryCode).toBeNull();
    expect(found.relations.map((r) => `${r.source} ${r.type} ${r.target}`)).toContain(
      'antonio-guterres LEADS united-nations',
    );
  });

  // [sentence, mentions as "text=id"]: a demonym and a capitalised institution noun are one body
  const BODIES: [string, string[]][] = [
    [
      'The Palestinian Authority rejected the plan.',
      ['Palestinian Authority=palestinian-authority'],
    ],
    ['The Japanese Coast Guard tracked the ship.', ['Japanese Coast Guard=japanese-coast-guard']],
    ['The Indian Navy rescued the crew.', ['Indian Navy=indian-navy']],
    ['The US Navy shot down the drones.', ['US Navy=us-navy']],
    ['The Israeli Defence Forces said so.', ['Israeli Defence Forces=israel-defense-forces']],
    [
      'The Iraqi Kurdistan Regional Government said so.',
      ['Iraqi Kurdistan Regional Government=iraqi-kurdistan-regional-government'],
    ],
    // lower-case generic nouns and a bare "Government" stay the state
    ['Russian forces shelled the town.', ['Russian=RUS']],
    ['The Israeli Government said so.', ['Israeli=ISR']],
    // a headline's capitals are not a name
    ['Russian Forces Shell Kharkiv Overnight', ['Russian=RUS', 'Kharkiv=kharkiv']],
  ];
  it.each(BODIES)('%s', (sentence, expected) => {
    const x = _extract(sentence);
    expect(x.mentions.map((m) => `${m.text}=${m.actorId}`)).toEqual(expected);
  });
  it('makes a new institution body part of its state', () => {
    const actor = _extract('The Indian Navy rescued the crew.').actors.find(
      (a) => a.id === 'indian-navy',
    );
    expect(actor).toMatchObject({ type: 'GovernmentBody', partOf: 'IND', countryCode: 'IND' });
  });
});
