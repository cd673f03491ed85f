// Shift-drag on the stage draws a box; the visible actors inside it are picked. The camera does not pan meanwhile.
import type { EntenteSigma } from './renderer.ts';

interface Point {
  x: number;
  y: number;
}

/** Listens on sigma for shift-drags; `pick` gets the actors drawn inside the box. Returns the teardown. */
export function mountBoxSelect(
  sigma: EntenteSigma,
  container: HTMLElement,
  isHidden: (node: string) => boolean,
  pick: (nodes: string[]) => void,
): { teardown(): void; justBoxed(): boolean } {
  const box = document.createElement('div');
  box.className = 'pick-box';
  box.hidden = true;
  container.appendChild(box);
  let start: Point | null = null;
  let end: Point | null = null;
  let boxedAt = 0;

  const draw = () => {
    if (!start || !end) return;
    box.hidden = false;
    box.style.left = `${Math.min(start.x, end.x)}px`;
    box.style.top = `${Math.min(start.y, end.y)}px`;
    box.style.width = `${Math.abs(end.x - start.x)}px`;
    box.style.height = `${Math.abs(end.y - start.y)}px`;
  };
  const onDown = ({ event }: { event: { x: number; y: number; original: Event } }) => {
    if (!(event.original as MouseEvent).shiftKey) return;
    start = { x: event.x, y: event.y };
    end = start;
  };
  const captor = sigma.getMouseCaptor();
  const onMove = (e: { x: number; y: number; preventSigmaDefault(): void; original: Event }) => {
    if (!start) return;
    end = { x: e.x, y: e.y };
    draw();
    e.preventSigmaDefault();
    e.original.preventDefault();
  };
  const onUp = () => {
    if (!start || !end) return;
    const [x0, x1] = [Math.min(start.x, end.x), Math.max(start.x, end.x)];
    const [y0, y1] = [Math.min(start.y, end.y), Math.max(start.y, end.y)];
    start = end = null;
    box.hidden = true;
    if (x1 - x0 < 3 && y1 - y0 < 3) return;
    boxedAt = performance.now();
    const inside: string[] = [];
    sigma.getGraph().forEachNode((node) => {
      const d = sigma.getNodeDisplayData(node);
      if (!d || isHidden(node)) return;
      const p = sigma.framedGraphToViewport(d);
      if (p.x >= x0 && p.x <= x1 && p.y >= y0 && p.y <= y1) inside.push(node);
    });
    pick(inside);
  };
  sigma.on('downStage', onDown);
  captor.on('mousemovebody', onMove);
  captor.on('mouseup', onUp);
  return {
    // The click sigma sends after the box's mouse-up must not clear what the box picked.
    justBoxed: () => performance.now() - boxedAt < 300,
    teardown() {
      sigma.off('downStage', onDown);
      captor.off('mousemovebody', onMove);
      captor.off('mouseup', onUp);
      box.remove();
    },
  };
}
