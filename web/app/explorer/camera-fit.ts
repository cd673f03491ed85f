// Fitting the camera to what is drawn: every visible actor and its label inside the free part of the stage.

/** A drawn actor seen from the reset camera: its viewport position and how far it reaches on each side. */
export interface FitItem {
  x: number;
  y: number;
  /** Pixels to the left, right (the label), above and below the position. */
  left: number;
  right: number;
  up: number;
  down: number;
}

/** The part of the stage left free by the toolbar, banner and legend, in viewport pixels. */
export interface FitRegion {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface FitResult {
  /** Zoom factor relative to the reset camera (positions scale about the viewport centre). */
  k: number;
  /** Translation in viewport pixels after scaling. */
  tx: number;
  ty: number;
}

/**
 * The largest zoom (at most `maxK`) at which every item fits in the region, positions scaling about `centre`
 * while the extents (labels, node radii) keep their pixel size; the items are centred in the slack left over.
 */
export function fitItems(
  items: readonly FitItem[],
  region: FitRegion,
  centre: { x: number; y: number },
  maxK = 1,
): FitResult | null {
  if (!items.length) return null;
  // For a zoom k, the translations that keep every item inside on one axis form [lo, hi].
  const axis = (k: number, horizontal: boolean): [number, number] => {
    let lo = -Infinity;
    let hi = Infinity;
    for (const it of items) {
      const p = horizontal ? it.x - centre.x : it.y - centre.y;
      const c = horizontal ? centre.x : centre.y;
      const [before, after] = horizontal ? [it.left, it.right] : [it.up, it.down];
      const [min, max] = horizontal ? [region.left, region.right] : [region.top, region.bottom];
      lo = Math.max(lo, min + before - c - k * p);
      hi = Math.min(hi, max - after - c - k * p);
    }
    return [lo, hi];
  };
  const fits = (k: number) => {
    const [xl, xh] = axis(k, true);
    const [yl, yh] = axis(k, false);
    return xl <= xh && yl <= yh;
  };
  let low = 0;
  let high = maxK;
  if (fits(high)) low = high;
  else
    for (let i = 0; i < 40; i++) {
      const mid = (low + high) / 2;
      if (fits(mid)) low = mid;
      else high = mid;
    }
  const k = Math.max(low, 1e-3);
  const [xl, xh] = axis(k, true);
  const [yl, yh] = axis(k, false);
  return { k, tx: (xl + xh) / 2, ty: (yl + yh) / 2 };
}
