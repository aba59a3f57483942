import { describe, expect, it } from 'vitest';
import { readLink, writeLink } from './linkCodec';
import { DEFAULT_SESSION_SETTINGS, readSessionSettings } from './schema';

const link = (query: string) => readLink(`#v=1&${query}`);
const reasonFor = (query: string, key: string) => link(query).ignored.find((field) => field.key === key)?.reason;

describe('writeLink and readLink', () => {
  it('round-trip every setting exactly, doubles to the last bit', () => {
    const settings = {
      ...DEFAULT_SESSION_SETTINGS,
      learningRate: 0.1 + 0.2,
      tolerance: 1e-12,
      start: { intercept: -1 / 3, slope: 2 ** -40 },
      currentEpoch: 40,
      featureName: 'a&b=c #1',
      flavourKind: 'mini-batch' as const,
    };
    const fields = {
      dataSource: 'synthetic' as const,
      recipe: { slope: 2, intercept: 1, noise: 3, xMin: 0, xMax: 10, trainingCount: 100, testCount: 30, seed: 42 },
      lesson: 'scaling' as const,
      hidden: ['data' as const],
      locked: ['learning-rate' as const, 'epochs' as const],
      prose: false,
      embed: 'lab' as const,
    };
    const read = readLink(`#${writeLink({ settings, fields })}`);
    expect(read.ignored).toEqual([]);
    expect(read.link.settings).toEqual(settings);
    expect(read.link.fields).toEqual(fields);
    expect(Object.is(read.link.settings.learningRate, 0.30000000000000004)).toBe(true);
  });
  it('leave out what a link does not name', () => {
    expect(link('lr=0.5').link).toEqual({ settings: { learningRate: 0.5 }, fields: {} });
  });
});

describe('readLink refuses hostile and damaged fields one by one, saying why', () => {
  it.each([
    ['text where a number belongs', 'lr=fast', 'lr', /not a number/],
    ['1e308 epochs', 'epochs=1e308', 'epochs', /whole number from 1 to 1,000,000/],
    ['an overflowing learning rate', 'lr=1e999', 'lr', /greater than 0 and at most 1000/],
    ['a negative learning rate', 'lr=-0.1', 'lr', /greater than 0/],
    ['a fractional epoch', 'epoch=2.5', 'epoch', /whole number/],
    ['an unknown flavour', 'flavour=<script>', 'flavour', /batch, mini-batch or stochastic/],
    ['a switch that is neither on nor off', 'scale=maybe', 'scale', /1 \(on\) or 0 \(off\)/],
    ['a start with one number', 'start=1', 'start', /numbers|intercept and slope/],
    ['a start past 1e9', 'start=0,1e10', 'start', /within ±1e9/],
    ['a tolerance of 1', 'tol=1', 'tol', /between 0 and 1/],
    ['an unknown lesson', 'lesson=../../etc', 'lesson', /one of the lessons/],
    ['an unknown control to hide', 'hide=data,everything', 'hide', /must list controls/],
    [
      'a recipe the generator refuses',
      'data=synthetic&gen=1,2,3,10,0,100,30,42',
      'gen',
      /largest x \(0\) must be greater/,
    ],
    ['a recipe cut short', 'data=synthetic&gen=1,2,3', 'gen', /eight numbers/],
    ['damaged compressed data', 'data=inline&csv=abc%3Cscript', 'csv', /not compressed data/],
    ['an overlong column name', `x=${'a'.repeat(300)}`, 'x', /200 characters/],
    ['an unknown field', 'rm=-rf', 'rm', /not a field/],
  ])('%s', (_name, query, key, reason) => {
    expect(reasonFor(query, key)).toMatch(reason);
  });
  it('applies the valid fields beside the refused ones', () => {
    const read = link('lr=abc&epochs=200&scale=0&x=<img src=x onerror=alert(1)>');
    expect(read.link.settings).toEqual({
      epochBudget: 200,
      scaling: false,
      featureName: '<img src=x onerror=alert(1)>',
    });
    expect(read.ignored.map((field) => field.key)).toEqual(['lr']);
  });
  it('applies nothing from a link of an unknown version', () => {
    const read = readLink('#v=99&lr=0.5');
    expect(read.link).toEqual({ settings: {}, fields: {} });
    expect(read.ignored[0]!.reason).toMatch(/not a version/);
  });
  it('applies nothing from a link longer than any Downhill makes', () => {
    const read = readLink(`#v=1&lr=0.5&pad=${'x'.repeat(90_000)}`);
    expect(read.link.settings).toEqual({});
    expect(read.ignored[0]!.reason).toMatch(/longer than any link/);
  });
  it('shortens long values to 40 characters in the notice', () => {
    expect(link(`lr=${'9'.repeat(100)}x`).ignored[0]!.value).toHaveLength(40);
  });
});

describe('readSessionSettings', () => {
  it('accepts the defaults and names the first field that is wrong', () => {
    expect(readSessionSettings(DEFAULT_SESSION_SETTINGS)).toEqual({ ok: true, settings: DEFAULT_SESSION_SETTINGS });
    const read = readSessionSettings({ ...DEFAULT_SESSION_SETTINGS, epochBudget: 2e6 });
    expect(read).toEqual({ ok: false, reason: 'its setting epochBudget must be a whole number from 1 to 1,000,000' });
  });
});
