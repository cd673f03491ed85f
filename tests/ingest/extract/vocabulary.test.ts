// Event vocabulary by relation type (CAMEO/PLOVER categories): verbs, phrasal verbs and event nouns.
import { describe, it, expect } from 'vitest';
import { _extract, _triples } from './_extract.ts';

// [sentence, expected relations (sorted "SOURCE TYPE TARGET")]
const CASES: [string, string[]][] = [
  // ATTACK: assault, fight, unconventional violence
  ['Israeli artillery hammered Hezbollah positions in southern Lebanon.', ['ISR ATTACK hezbollah']],
  ['Russian jets strafed Ukrainian trenches near Bakhmut.', ['RUS ATTACK UKR']],
  ['Azerbaijani troops overran Armenian positions.', ['AZE ATTACK ARM']],
  ['Ukrainian forces drove Russian troops out of Kherson.', ['UKR ATTACK RUS']],
  ['Ukrainian drones took out a Russian radar station.', ['UKR ATTACK RUS']],
  ['Russia cracked down on Wagner after the mutiny.', ['RUS ATTACK wagner-group']],
  ['Russian forces laid siege to Mariupol in Ukraine.', ['RUS ATTACK UKR']],
  ['Israel retaliated against Iran.', ['ISR ATTACK IRN']],
  ['Chinese coast guard ships blasted a Philippine boat with water cannon.', ['CHN ATTACK PHL']],
  [
    'The Houthis claimed responsibility for an attack on a British-owned tanker.',
    ['houthis ATTACK GBR'],
  ],
  // CRITICIZE: disapprove; "blast" without weapons is verbal
  ['Trump blasted China over trade.', ['donald-trump CRITICIZE CHN']],
  ['Macron lambasted Moscow.', ['emmanuel-macron CRITICIZE RUS']],
  ['Erdogan assailed Israel.', ['recep-tayyip-erdogan CRITICIZE ISR']],
  ['Beijing took aim at Washington over its chip controls.', ['CHN CRITICIZE USA']],
  ['Erdogan rounded on Sweden.', ['recep-tayyip-erdogan CRITICIZE SWE']],
  ["Beijing complained about Manila's patrols.", ['CHN CRITICIZE PHL']],
  // SUPPORT
  ['Kishida threw his weight behind Ukraine.', ['fumio-kishida SUPPORT UKR']],
  [
    'Germany and France rallied behind Zelensky.',
    ['DEU SUPPORT volodymyr-zelensky', 'FRA SUPPORT volodymyr-zelensky'],
  ],
  ["Poland lobbied for Ukraine's membership.", ['POL SUPPORT UKR']],
  ['Russia propped up Assad.', ['RUS SUPPORT bashar-al-assad']],
  // COOPERATE: a broker is not a party
  ['India and the United States inked a deal.', ['IND COOPERATE USA']],
  [
    'Qatar brokered a truce between Israel and Hamas.',
    ['ISR COOPERATE hamas', 'QAT CONSULT ISR', 'QAT CONSULT hamas'],
  ],
  ['Qatar settled its dispute with Saudi Arabia.', ['QAT COOPERATE SAU']],
  ['Azerbaijan joined forces with Turkey.', ['AZE COOPERATE TUR']],
  ['Japan and South Korea mended ties.', ['JPN COOPERATE KOR']],
  // CONSULT
  ['Blinken sat down with Wang Yi in Beijing.', ['antony-blinken CONSULT wang-yi']],
  ['Modi exchanged views with Putin.', ['narendra-modi CONSULT vladimir-putin']],
  ['Macron huddled with Scholz.', ['emmanuel-macron CONSULT olaf-scholz']],
  // DEMAND: appeal, demand
  ['Zelensky pleaded with Congress to approve the aid.', ['volodymyr-zelensky DEMAND us-congress']],
  ['Washington leaned on Israel to allow more aid into Gaza.', ['USA DEMAND ISR']],
  ['The US called for Israel to halt its offensive.', ['USA DEMAND ISR']],
  ['Turkey called for sanctions against Iran.', []],
  ["The EU's appeal to Iran went unanswered.", ['european-union DEMAND IRN']],
  // REJECT
  ["Kyiv turned down Moscow's offer of a truce.", ['UKR REJECT RUS']],
  ["Beijing brushed aside Washington's concerns.", ['CHN REJECT USA']],
  ["Moscow shrugged off the EU's warnings.", ['RUS REJECT european-union']],
  ["Turkey balked at NATO's request.", ['TUR REJECT nato']],
  ["Hungary voted against the EU's proposal.", ['HUN REJECT european-union']],
  ["Iran's rejection of the IAEA's demand angered Washington.", ['IRN REJECT iaea']],
  // SANCTION: reduce relations, expel, embargo, boycott
  ['Latvia declared two Russian diplomats persona non grata.', ['LVA SANCTION RUS']],
  ['Russia cut off gas supplies to Poland.', ['RUS SANCTION POL']],
  ['China banned imports from Australia.', ['CHN SANCTION AUS']],
  ['Israel broke off talks with Hamas.', ['ISR SANCTION hamas']],
  ['Turkey boycotted Israeli goods.', ['TUR SANCTION ISR']],
  ['Niger ordered French troops out of the country.', ['NER SANCTION FRA']],
  ['Algeria recalled its ambassador to France.', ['DZA SANCTION FRA']],
  // MOBILIZE: exhibit force posture
  ['Russia mustered troops near the Finnish border.', ['RUS MOBILIZE FIN']],
  ["Russia's military buildup near Ukraine alarmed NATO.", ['RUS MOBILIZE UKR']],
  ["China's drills around Taiwan alarmed Japan.", ['CHN MOBILIZE TWN']],
  // PROVIDE_ARMS, PROVIDE_AID
  ['The US rushed munitions to Israel.', ['USA PROVIDE_ARMS ISR']],
  ['Germany furnished Ukraine with tanks.', ['DEU PROVIDE_ARMS UKR']],
  ['Saudi Arabia bailed out Pakistan.', ['SAU PROVIDE_AID PAK']],
  ["China wrote off Zambia's debt.", ['CHN PROVIDE_AID ZMB']],
  ['Kim Jong Un promised Putin his full support.', ['kim-jong-un SUPPORT vladimir-putin']],
  ['Turkey bought Russian S-400s.', ['RUS PROVIDE_ARMS TUR']],
  ['India bought Russian oil.', []],
  ['China wrapped up three days of drills around Taiwan.', ['CHN MOBILIZE TWN']],
  ['The Taliban swept into Kabul.', []],
  // negation, denial and hypotheticals of the new vocabulary give nothing
  ["Zelensky flew to Jeddah to rally Arab leaders behind Kyiv's peace formula.", []],
  ['Hamas denied responsibility for the attack on Israel.', []],
  ['Trump did not blast China.', []],
  ["Kyiv did not turn down Moscow's offer.", []],
  ['Russia may cut off gas supplies to Poland.', []],
  ['Sweden and Finland applied to join NATO.', []],
  ["Poland could lobby for Ukraine's membership.", []],
];

describe('event vocabulary', () => {
  it.each(CASES)('%s', (sentence, expected) => {
    expect(_triples(_extract(sentence))).toEqual([...expected].sort());
  });
});
