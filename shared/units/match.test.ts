import { Converter } from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { aliasConflict, nameSimilarity, normaliseName, resolveUnitName, shortForm, UnitMatcher, type MatchState } from './index';

const fold = Converter({ from: 'tw', to: 'cn' });

/** A bureau's directory as it would be kept: full names, a few aliases, three levels. */
const UNITS = [
  { id: 'district-party', name: '区委办公室', aliases: [] },
  { id: 'district-gov', name: '区政府办公室', aliases: [] },
  { id: 'district-cppcc', name: '区政协办公室', aliases: [] },
  { id: 'county-gov', name: '县政府办公室', aliases: ['County Government Office'] },
  { id: 'county-party', name: '县委办公室', aliases: [] },
  { id: 'county-ndrc', name: '县发展和改革局', aliases: [] },
  { id: 'city-ndrc', name: '市发展和改革委员会', aliases: [] },
  { id: 'city-housing', name: '市住房和城乡建设局', aliases: [] },
  { id: 'county-housing', name: '县住房和城乡建设局', aliases: [] },
  { id: 'county-hrss', name: '县人力资源和社会保障局', aliases: [] },
  { id: 'county-health', name: '县卫生健康局', aliases: [] },
  { id: 'county-market', name: '县市场监督管理局', aliases: [] },
  { id: 'county-npc', name: '县人民代表大会常务委员会办公室', aliases: [] },
  { id: 'forestry', name: 'County Forestry Bureau', aliases: ['县林业局'] },
  { id: 'city-forestry', name: '市林业局', aliases: [] },
  { id: 'letters', name: 'County Letters and Visits Office', aliases: ['县信访办'] },
  { id: 'education', name: 'County Education Department', aliases: [] },
];

/** Real names as printed on distribution lists, and what each must become. */
const TABLE: [printed: string, state: MatchState, unitId: string | null][] = [
  // As the directory holds them, in any width, spacing or script.
  ['区委办公室', 'matched', 'district-party'],
  ['区 政府 办公室', 'matched', 'district-gov'],
  ['縣政府辦公室', 'matched', 'county-gov'],
  ['縣林業局', 'matched', 'forestry'],
  ['ｃｏｕｎｔｙ　ｆｏｒｅｓｔｒｙ　ｂｕｒｅａｕ', 'matched', 'forestry'],
  ['county-gov', 'matched', 'county-gov'],
  // Everyday abbreviations.
  ['区委办', 'guessed', 'district-party'],
  ['区府办', 'guessed', 'district-gov'],
  ['区政府办', 'guessed', 'district-gov'],
  ['区政协办', 'guessed', 'district-cppcc'],
  ['县府办', 'guessed', 'county-gov'],
  ['县委办', 'guessed', 'county-party'],
  ['县发改局', 'guessed', 'county-ndrc'],
  ['市发改委', 'guessed', 'city-ndrc'],
  ['市住建局', 'guessed', 'city-housing'],
  ['县住建局', 'guessed', 'county-housing'],
  ['縣住建局', 'guessed', 'county-housing'],
  ['县人社局', 'guessed', 'county-hrss'],
  ['县卫健局', 'guessed', 'county-health'],
  ['县市场监管局', 'guessed', 'county-market'],
  ['县人大常委会办公室', 'guessed', 'county-npc'],
  ['县人大办', 'guessed', 'county-npc'],
  ['县人民政府办公室', 'guessed', 'county-gov'],
  ['中共县委办公室', 'guessed', 'county-party'],
  ['（县发展和改革局）', 'guessed', 'county-ndrc'],
  ['County Govt Office', 'guessed', 'county-gov'],
  ['the County Govt. Office', 'guessed', 'county-gov'],
  ['County Education Dept', 'guessed', 'education'],
  ['County Letters & Visits Office', 'guessed', 'letters'],
  // Close enough to offer, clearly ahead of any other.
  ['the county forestry bureau office', 'guessed', 'forestry'],
  ['林业局', 'unknown', null], // county or city: two units fit
  ['县林业和草原局', 'unknown', null],
  ['市住建委', 'unknown', null],
  ['有关部门', 'unknown', null],
  ['the key units involved', 'unknown', null],
  ['', 'unknown', null],
];

describe('unit names as printed on distribution lists', () => {
  const matcher = new UnitMatcher(UNITS, { fold });
  it.each(TABLE)('%s → %s %s', (printed, state, unitId) => {
    const r = matcher.resolve(printed);
    expect(r.state).toBe(state);
    expect(r.match?.id ?? null).toBe(unitId);
    if (state === 'matched') expect(r.confidence).toBe(1);
    if (state === 'guessed') {
      expect(r.confidence).toBeGreaterThan(0.6);
      expect(r.confidence).toBeLessThan(1);
    }
    if (state === 'unknown') expect(r.confidence).toBe(0);
  });

  it('lists candidates for an unknown name, best first', () => {
    const r = matcher.resolve('林业局');
    expect(r.candidates.map((c) => c.unit.id).slice(0, 2).sort()).toEqual(['city-forestry', 'forestry']);
    expect(matcher.resolve('zzzz').candidates).toEqual([]);
  });

  it('lets a learnt alias win over a guess', () => {
    // 县发改局 reads as county-ndrc by its short form, but an admin taught the directory otherwise.
    const taught = UNITS.map((u) => (u.id === 'city-ndrc' ? { ...u, aliases: ['县发改局'] } : u));
    const r = resolveUnitName(taught, '县发改局', { fold });
    expect(r).toMatchObject({ state: 'matched', how: 'alias', confidence: 1 });
    expect(r.match?.id).toBe('city-ndrc');
  });

  it('does not pick one of several units that share a name', () => {
    const r = resolveUnitName([...UNITS, { id: 'forestry-2', name: 'Other', aliases: ['县林业局'] }], '县林业局');
    expect(r.state).toBe('unknown');
    expect(r.candidates.filter((c) => c.score === 1).map((c) => c.unit.id)).toEqual(['forestry', 'forestry-2']);
  });

  it('normalises width, case, spaces and script; shortens the everyday way', () => {
    expect(normaliseName('  Ｆｏｒｅｓｔｒｙ　 BUREAU ')).toBe('forestry bureau');
    expect(normaliseName('县 林业局')).toBe('县林业局');
    expect(normaliseName('县林业局（一）')).toBe('县林业局(一)');
    expect(normaliseName('縣政府辦公室', fold)).toBe('县政府办公室');
    expect(normaliseName('縣政府辦公室')).toBe('縣政府辦公室');
    expect(shortForm('区政府办公室')).toBe('区府办');
    expect(shortForm('county govt office')).toBe('county government office');
    expect(nameSimilarity('县林业局', '林业局')).toBeGreaterThanOrEqual(0.9);
    expect(nameSimilarity('局', '林业局')).toBe(0);
  });
});

describe('who may give a unit another name', () => {
  it('refuses a name another unit holds, and flags one the directory reads as another unit', () => {
    expect(aliasConflict(UNITS, 'city-forestry', '县林业局', fold)).toEqual({ kind: 'taken', unitId: 'forestry' });
    expect(aliasConflict(UNITS, 'city-ndrc', '县发改局', fold)).toEqual({ kind: 'redirect', unitId: 'county-ndrc' });
    expect(aliasConflict(UNITS, 'county-ndrc', '县发改局', fold)).toBeNull();
    expect(aliasConflict(UNITS, 'forestry', '县林业和草原局', fold)).toBeNull();
    expect(aliasConflict(UNITS, 'forestry', 'County Forestry Bureau', fold)).toBeNull();
  });
});
