// The legend says what the drawing does: past scale.ts's threshold most edges are 1px lines, not widths.
import { describe, expect, it } from 'vitest';
import { edgeWidthNote } from '../../web/app/legend/legend.ts';

describe('legend edge width note', () => {
  it('says width is statements when edges are drawn with widths', () => {
    expect(edgeWidthNote({ lineEdges: false })).toBe('width: statements');
  });

  it('says most edges are 1px lines past the line-edge threshold', () => {
    const note = edgeWidthNote({ lineEdges: true });
    expect(note).toMatch(/1px lines/);
    expect(note).toMatch(/hovered or selected/);
  });
});
