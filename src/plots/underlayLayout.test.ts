import { describe, expect, it } from 'vitest';
import { layoutOverUnderlay, underlayLayout } from './underlayLayout';

const layout = {
  width: 400,
  height: 300,
  margin: { l: 60, r: 12, t: 8, b: 48 },
  xaxis: { title: { text: 'x' }, range: [0, 1], zeroline: false },
  yaxis: { title: { text: 'y' }, range: [-2, 5], zeroline: false },
  annotations: [{ text: 'note' }],
};

describe('a chart split into an underlay and the chart on top', () => {
  it('gives both the same size, margins and ranges, so their plotting areas coincide', () => {
    for (const part of [underlayLayout(layout), layoutOverUnderlay(layout)]) {
      expect([part.width, part.height, part.margin]).toEqual([400, 300, layout.margin]);
      expect([part.xaxis?.range, part.yaxis?.range]).toEqual([
        [0, 1],
        [-2, 5],
      ]);
    }
  });
  it('draws the grid only in the underlay, and the labels, titles, ticks and notes only on top', () => {
    const under = underlayLayout(layout);
    const top = layoutOverUnderlay(layout);
    expect([under.xaxis?.showgrid, top.xaxis?.showgrid, top.yaxis?.showgrid]).toEqual([undefined, false, false]);
    expect([under.xaxis?.showticklabels, under.yaxis?.ticks, under.yaxis?.title]).toEqual([false, '', { text: '' }]);
    expect([top.xaxis?.title, top.yaxis?.ticks, top.annotations]).toEqual([
      { text: 'x' },
      'outside',
      layout.annotations,
    ]);
    expect(under.annotations).toEqual([]);
  });
});
