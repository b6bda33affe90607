import { parsePlannerState, writePlannerState } from './planner-url';
import { EMPTY_FILTER, parseTargetFilter, sameFilter, toFilterInput, writeTargetFilter } from './target-filter';
import { parseViewState, serialiseViewState } from './url-state';

describe('the target filter in the URL', () => {
  it('round-trips every field', () => {
    const f = {
      tags: ['listed', 'srdi'],
      ownership: ['PRIVATE' as const, 'FOREIGN' as const],
      includeProvinces: ['320000'],
      excludeProvinces: ['150000', '370000'],
      minCapacity: 10.5,
    };
    const p = new URLSearchParams();
    writeTargetFilter(p, f);
    expect(p.toString()).toBe('tags=listed%2Csrdi&own=PRIVATE%2CFOREIGN&inc=320000&exc=150000%2C370000&mincap=10.5');
    expect(parseTargetFilter(new URLSearchParams(p.toString()))).toEqual(f);
  });

  it('drops what is not an id, unknown ownerships and a non-positive capacity', () => {
    expect(parseTargetFilter(new URLSearchParams('tags=<x>,listed&own=STATE,PRIVATE&mincap=-3&inc=1 2'))).toEqual({
      ...EMPTY_FILTER,
      tags: ['listed'],
      ownership: ['PRIVATE'],
    });
  });

  it('becomes the API input, or null when nothing filters', () => {
    expect(toFilterInput(EMPTY_FILTER)).toBeNull();
    expect(toFilterInput({ ...EMPTY_FILTER, minCapacity: 5, tags: ['listed'] })).toEqual({
      tags: ['listed'],
      minCapacity: 5,
    });
    expect(sameFilter(EMPTY_FILTER, { ...EMPTY_FILTER })).toBe(true);
    expect(sameFilter(EMPTY_FILTER, { ...EMPTY_FILTER, tags: ['srdi'] })).toBe(false);
  });
});

describe('the view in the URL', () => {
  it('keeps the view, the filter and the heat level beside the map state', () => {
    const search = '?chain=aluminium&region=150581&link=battery_foil&view=targets&own=PRIVATE&hlevel=county&lang=en';
    const state = parseViewState(search);
    expect(state).toMatchObject({
      chain: 'aluminium',
      region: '150581',
      link: 'battery_foil',
      view: 'targets',
      heatLevel: 'COUNTY',
      filter: { ...EMPTY_FILTER, ownership: ['PRIVATE'] },
      lang: 'en',
    });
    expect(parseViewState(serialiseViewState(state))).toEqual(state);
  });

  it('writes nothing for the defaults (map view, no filter, city level), so map links stay short', () => {
    const p = new URLSearchParams();
    writePlannerState(p, { view: 'map', filter: EMPTY_FILTER, heatLevel: 'CITY' });
    expect(p.toString()).toBe('');
    expect(parsePlannerState(new URLSearchParams('view=map&hlevel=city'))).toEqual({});
    expect(parsePlannerState(new URLSearchParams('view=evil'))).toEqual({});
  });
});
