// The evidence panel's line for a syndicated story: how many other outlets carried it, the first few named.
import { describe, expect, it } from 'vitest';
import { carriedByText } from '../../../web/app/panels/evidence-list.ts';

describe('carriedByText', () => {
  it.each([
    [undefined, null],
    [[], null],
    [['Harbour Daily'], 'also carried by 1 outlet: Harbour Daily'],
    [['A', 'B'], 'also carried by 2 outlets: A, B'],
    [['A', 'B', 'C', 'D', 'E', 'F', 'G'], 'also carried by 7 outlets: A, B, C, D, E, and 2 more'],
  ])('%j -> %j', (outlets, text) => {
    expect(carriedByText(outlets as string[] | undefined)).toBe(text);
  });
});
