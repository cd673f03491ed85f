// The filters sidebar: display modes, actor types, quad classes, relation types, years and minimum evidence.
import { ACTOR_TYPE_STYLES, QUAD_CLASS_STYLES, RELATION_TYPES } from '../explorer/palette.ts';
import { CONFLICT_CLASSES, COOPERATION_CLASSES } from '../../../ingest/ontology/vocabulary.ts';
import { el, replaceChildren } from '../dom/el.ts';
import { MAX_ACTORS_RANGE, type FiltersStore } from '../state/filters.ts';
import { MEASURE_SIZES } from '../analytics/node-measures.ts';
import type { ColourMode, SizeMode, ViewStore } from '../state/view.ts';

const COLOUR_OPTIONS: readonly { value: ColourMode; label: string }[] = [
  { value: 'type', label: 'Type' },
  { value: 'community', label: 'Community (graph shown)' },
  { value: 'bloc', label: 'Cooperation bloc' },
];
const SIZE_OPTIONS: readonly { value: SizeMode; label: string }[] = [
  { value: 'degree', label: 'Relations shown' },
  ...MEASURE_SIZES.map((m) => ({ value: m.mode, label: m.label })),
];

export interface YearBounds {
  min: number;
  max: number;
}

function checkbox(
  id: string,
  label: (string | Node)[],
  onchange: () => void,
): [HTMLElement, HTMLInputElement] {
  const input = el('input', { type: 'checkbox', id, onchange });
  return [el('label', { class: 'check', for: id }, [input, ...label]), input];
}

export function mountFilterPanel(
  container: HTMLElement,
  filters: FiltersStore,
  view: ViewStore,
  bounds: () => YearBounds,
): { sync(): void; teardown(): void } {
  // Display modes as selects: the size modes read from the analytics outnumber a row of buttons.
  const select = <T extends string>(
    id: string,
    options: readonly { value: T; label: string }[],
    onchange: (value: T) => void,
  ) => {
    const input = el(
      'select',
      { id, class: 'mode-select' },
      options.map((o) => el('option', { value: o.value }, o.label)),
    );
    input.addEventListener('change', () => onchange(input.value as T));
    return input;
  };
  const colourSelect = select<ColourMode>('colour-mode', COLOUR_OPTIONS, (mode) =>
    view.dispatch({ type: 'setColourMode', mode }),
  );
  const sizeSelect = select<SizeMode>('size-mode', SIZE_OPTIONS, (mode) =>
    view.dispatch({ type: 'setSizeMode', mode }),
  );

  // The type dots say what node colours mean; colouring by community or bloc, they would mislead, so they go.
  const typeDots = ACTOR_TYPE_STYLES.map((s) =>
    el('span', { class: 'dot', style: `background:${s.color}` }),
  );
  const actorInputs = ACTOR_TYPE_STYLES.map((s, i) =>
    checkbox(`filter-type-${s.id}`, [typeDots[i], s.label], () =>
      filters.dispatch({ type: 'toggleActorType', actorType: s.id }),
    ),
  );
  const quadInputs = QUAD_CLASS_STYLES.map((s) =>
    checkbox(
      `filter-quad-${s.id}`,
      [el('span', { class: 'line-swatch', style: `background:${s.color}` }), s.label],
      () =>
        s.id === 'STRUCTURAL'
          ? filters.dispatch({
              type: 'setQuadClasses',
              quadClasses: filters.get().quadClasses,
              structural: !filters.get().structural,
            })
          : filters.dispatch({ type: 'toggleQuadClass', quadClass: s.id }),
    ),
  );
  const relationInputs = RELATION_TYPES.map((t) =>
    checkbox(
      `filter-rel-${t.id}`,
      [el('span', { class: 'rel-id' }, t.id), el('span', { class: 'muted' }, ` ${t.label}`)],
      () => filters.dispatch({ type: 'toggleRelationType', relationType: t.id }),
    ),
  );

  const fromInput = el('input', { type: 'range', id: 'filter-year-from', step: 1 });
  const toInput = el('input', { type: 'range', id: 'filter-year-to', step: 1 });
  const fromValue = el('output', { for: 'filter-year-from' });
  const toValue = el('output', { for: 'filter-year-to' });
  const onYears = (changed: 'from' | 'to') => {
    const { min, max } = bounds();
    let from = Number(fromInput.value);
    let to = Number(toInput.value);
    if (from > to) {
      if (changed === 'from') to = from;
      else from = to;
    }
    // The sliders move by whole years; the timeline's brush sets single months.
    filters.dispatch({
      type: 'setPeriod',
      from: from <= min ? null : `${from}-01`,
      to: to >= max ? null : `${to}-12`,
    });
  };
  fromInput.addEventListener('input', () => onYears('from'));
  toInput.addEventListener('input', () => onYears('to'));

  const minCountInput = el('input', {
    type: 'number',
    id: 'filter-min-count',
    min: 1,
    step: 1,
    class: 'number-input',
  });
  minCountInput.addEventListener('change', () =>
    filters.dispatch({ type: 'setMinCount', minCount: Number(minCountInput.value) }),
  );

  const maxActorsInput = el('input', {
    type: 'number',
    id: 'filter-max-actors',
    min: MAX_ACTORS_RANGE.min,
    max: MAX_ACTORS_RANGE.max,
    step: 10,
    class: 'number-input',
  });
  maxActorsInput.addEventListener('change', () =>
    filters.dispatch({ type: 'setMaxActors', maxActors: Number(maxActorsInput.value) }),
  );

  const hiddenButton = el('button', {
    type: 'button',
    class: 'button small',
    onclick: () => view.dispatch({ type: 'showAll' }),
  });
  const quick = (label: string, quads: readonly string[], structural: boolean) =>
    el(
      'button',
      {
        type: 'button',
        class: 'button small',
        onclick: () =>
          filters.dispatch({ type: 'setQuadClasses', quadClasses: [...quads], structural }),
      },
      label,
    );

  replaceChildren(container, [
    el('section', { class: 'sidebar-section' }, [
      el('h3', {}, 'Display'),
      el('div', { class: 'range-row mode-row' }, [
        el('label', { for: 'colour-mode' }, 'Colour by'),
        colourSelect,
      ]),
      el('div', { class: 'range-row mode-row' }, [
        el('label', { for: 'size-mode' }, 'Size by'),
        sizeSelect,
      ]),
    ]),
    el('section', { class: 'sidebar-section' }, [
      el('h3', {}, 'Relations'),
      el('div', { class: 'quick-filters' }, [
        quick('All', [...COOPERATION_CLASSES, ...CONFLICT_CLASSES], true),
        quick('Conflict', CONFLICT_CLASSES, false),
        quick('Cooperation', COOPERATION_CLASSES, false),
      ]),
      ...quadInputs.map(([label]) => label),
      el('details', { class: 'relation-types' }, [
        el('summary', {}, 'Relation types'),
        ...relationInputs.map(([label]) => label),
      ]),
    ]),
    el('section', { class: 'sidebar-section' }, [
      el('h3', {}, 'Actor types'),
      ...actorInputs.map(([label]) => label),
    ]),
    el('section', { class: 'sidebar-section' }, [
      el('h3', {}, 'Time and evidence'),
      el('div', { class: 'range-row' }, [
        el('label', { for: 'filter-year-from' }, 'From'),
        fromInput,
        fromValue,
      ]),
      el('div', { class: 'range-row' }, [
        el('label', { for: 'filter-year-to' }, 'To'),
        toInput,
        toValue,
      ]),
      el('div', { class: 'range-row' }, [
        el('label', { for: 'filter-min-count' }, 'Min. statements'),
        minCountInput,
      ]),
      el('div', { class: 'range-row' }, [
        el('label', { for: 'filter-max-actors' }, 'Max. actors loaded'),
        maxActorsInput,
      ]),
    ]),
    el('section', { class: 'sidebar-section sidebar-footer' }, [
      hiddenButton,
      el(
        'button',
        {
          type: 'button',
          class: 'button small',
          onclick: () => filters.dispatch({ type: 'reset' }),
        },
        'Reset filters',
      ),
    ]),
  ]);

  const sync = () => {
    const f = filters.get();
    const v = view.get();
    colourSelect.value = v.colourMode;
    for (const dot of typeDots) dot.hidden = v.colourMode !== 'type';
    sizeSelect.value = v.sizeMode;
    ACTOR_TYPE_STYLES.forEach((s, i) => (actorInputs[i][1].checked = f.actorTypes.includes(s.id)));
    QUAD_CLASS_STYLES.forEach(
      (s, i) =>
        (quadInputs[i][1].checked =
          s.id === 'STRUCTURAL' ? f.structural : f.quadClasses.includes(s.id)),
    );
    RELATION_TYPES.forEach(
      (t, i) => (relationInputs[i][1].checked = f.relationTypes.includes(t.id)),
    );
    const { min, max } = bounds();
    for (const input of [fromInput, toInput]) {
      input.min = String(min);
      input.max = String(max);
    }
    fromInput.value = f.from?.slice(0, 4) ?? String(min);
    toInput.value = f.to?.slice(0, 4) ?? String(max);
    // A whole year reads as the year; a month picked on the timeline as the month.
    fromValue.textContent = f.from === null ? String(min) : f.from.replace(/-01$/, '');
    toValue.textContent = f.to === null ? String(max) : f.to.replace(/-12$/, '');
    if (document.activeElement !== minCountInput) minCountInput.value = String(f.minCount);
    if (document.activeElement !== maxActorsInput) maxActorsInput.value = String(f.maxActors);
    hiddenButton.textContent = `Show hidden (${v.hidden.length})`;
    hiddenButton.disabled = v.hidden.length === 0;
  };
  sync();
  const offF = filters.subscribe(sync);
  const offV = view.subscribe((s, p) => {
    if (s.hidden !== p.hidden || s.colourMode !== p.colourMode || s.sizeMode !== p.sizeMode) sync();
  });
  return {
    sync,
    teardown: () => {
      offF();
      offV();
    },
  };
}
