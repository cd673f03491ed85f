// Entente's web UI: mounts the explorer, its panels and controls, and wires them to the typed states.
/// <reference types="vite/client" />
import './styles/app.css';
import { mountAnalyticsPanel } from './analytics/analytics-panel.ts';
import { createAnalyticsSource, periodOf } from './analytics/analytics-source.ts';
import { api } from './api/client.ts';
import type { MonthRow } from './api/types.ts';
import { createConsoleDraft, mountQueryConsole } from './console/query-console.ts';
import { el, replaceChildren } from './dom/el.ts';
import {
  exportGraph,
  exportPng,
  exportSvg,
  GRAPH_FORMATS,
  pickedGraph,
  PNG_SCALE,
  shownGraph,
  type GraphFormat,
} from './export/export-view.ts';
import { mountFilterPanel, type YearBounds } from './filters/filter-panel.ts';
import { createExplorer } from './explorer/explorer.ts';
import { baseNodeColour } from './explorer/reducers.ts';
import { mountIngestPanel } from './ingest/ingest-panel.ts';
import { mountReviewPanel } from './review/review-panel.ts';
import {
  investigationInHash,
  mountInvestigationsPanel,
} from './investigations/investigations-panel.ts';
import { renderLegend } from './legend/legend.ts';
import { mountDetailsPanel } from './panels/details-panel.ts';
import { noteSearch } from './panels/note-search.ts';
import { mountShownList } from './list/shown-list.ts';
import { mountPathFinder } from './paths/path-finder.ts';
import { mountArticleReader } from './reader/article-reader.ts';
import { mountPickedBar } from './selection/picked-bar.ts';
import { mountSearchBox } from './search/search-box.ts';
import { mountTimeline } from './timeline/timeline.ts';
import { exposeDebugHook } from './debug-hook.ts';
import { createFiltersStore } from './state/filters.ts';
import { parseHash, syncUrl } from './state/url-sync.ts';
import type { FiltersState } from './state/filters.ts';
import { createViewStore, PANEL_TABS, type PanelTab, type ViewState } from './state/view.ts';

const DEFAULT_YEARS: YearBounds = { min: 2015, max: 2024 };
const GRAPH_FORMAT_USE: Record<GraphFormat, string> = {
  gexf: 'for Gephi',
  graphml: 'as GraphML (yEd, Cytoscape, NetworkX)',
  json: 'as graphology JSON',
};
const nextFrames = (n: number) =>
  new Promise<void>((resolve) => {
    const step = (left: number) =>
      left <= 0 ? resolve() : requestAnimationFrame(() => step(left - 1));
    step(n);
  });

/** The years the statements span (from the database, not from the loaded graph, which filters narrow). */
function yearsOf(rows: MonthRow[]): YearBounds | null {
  const months = rows.map((r) => r.month).sort();
  if (!months.length) return null;
  const min = Number(months[0].slice(0, 4));
  const max = Number(months[months.length - 1].slice(0, 4));
  return { min: Math.min(min, max - 1), max };
}

function mountApp(root: HTMLElement): () => void {
  const initial = parseHash(location.hash);
  const filters = createFiltersStore(initial.filters);
  const view = createViewStore(initial.view);
  const teardowns: (() => void)[] = [];

  // Layout of the page.
  const counts = el('span', { class: 'counts muted', 'aria-live': 'polite' });
  const searchHost = el('div', { class: 'search' });
  const exportButtons = el('div', { class: 'export', role: 'group', 'aria-label': 'Export' });
  const sidebar = el('aside', { class: 'sidebar', 'aria-label': 'Filters' });
  const stage = el('div', {
    class: 'stage',
    id: 'graph',
    'aria-label': 'Graph of actors and relations',
    role: 'img',
    tabindex: -1,
  });
  const banner = el('div', { class: 'banner', role: 'status', hidden: true });
  const toolbar = el('div', { class: 'toolbar', role: 'toolbar', 'aria-label': 'Graph controls' });
  const legend = el('div', { class: 'legend', 'aria-label': 'Legend' });
  const timelineHost = el('section', { class: 'timeline', 'aria-label': 'Timeline' });
  const tabs = PANEL_TABS;
  const tabLabels: Record<PanelTab, string> = {
    details: 'Details',
    list: 'List',
    paths: 'Paths',
    analytics: 'Analytics',
    query: 'Query',
    ingest: 'Ingest',
    review: 'Review',
    saved: 'Saved',
  };
  const tabButtons = tabs.map((t) =>
    el(
      'button',
      {
        type: 'button',
        role: 'tab',
        id: `tab-${t}`,
        'aria-controls': `tabpanel-${t}`,
        class: 'tab',
        onclick: () => view.dispatch({ type: 'setTab', tab: t }),
      },
      tabLabels[t],
    ),
  );
  const tabPanels = tabs.map((t) =>
    el('div', {
      role: 'tabpanel',
      id: `tabpanel-${t}`,
      tabindex: -1,
      'aria-labelledby': `tab-${t}`,
      class: 'tabpanel',
    }),
  );

  const panelOf = (tab: PanelTab) => tabPanels[tabs.indexOf(tab)];

  // Skip links: the first stops of the keyboard, shown when focused.
  // The hash holds the app's state, so a skip link focuses its target itself instead of following it.
  const skip = (href: string, label: string, open?: () => void) =>
    el(
      'a',
      {
        class: 'skip-link',
        href,
        onclick: (e: Event) => {
          e.preventDefault();
          open?.();
          document.querySelector<HTMLElement>(href)?.focus();
        },
      },
      label,
    );
  replaceChildren(root, [
    el('nav', { class: 'skip-links', 'aria-label': 'Skip links' }, [
      skip('#actor-search', 'Skip to search'),
      skip('#graph', 'Skip to graph'),
      skip('#tab-list', 'Skip to the list of what is shown', () =>
        view.dispatch({ type: 'setTab', tab: 'list' }),
      ),
      skip('#tabpanel-details', 'Skip to details', () =>
        view.dispatch({ type: 'setTab', tab: 'details' }),
      ),
    ]),
    el('header', { class: 'topbar' }, [
      el('div', { class: 'brand' }, [
        el('span', { class: 'logo', 'aria-hidden': 'true' }, '◈'),
        el('h1', {}, 'Entente'),
        counts,
      ]),
      searchHost,
      exportButtons,
    ]),
    el('main', { class: 'layout' }, [
      sidebar,
      el('section', { class: 'center', 'aria-label': 'Graph' }, [
        el('div', { class: 'canvas-area' }, [stage, banner, toolbar, legend]),
        timelineHost,
      ]),
      el('aside', { class: 'panel', 'aria-label': 'Details and tools' }, [
        el('div', { class: 'tabs', role: 'tablist', 'aria-label': 'Panels' }, tabButtons),
        ...tabPanels,
      ]),
    ]),
  ]);

  // The camera fits actors into the stage below the toolbar and banner and above the legend.
  const freeRegion = () => {
    const box = stage.getBoundingClientRect();
    let top = toolbar.getBoundingClientRect().bottom - box.top;
    if (!banner.hidden) top = Math.max(top, banner.getBoundingClientRect().bottom - box.top);
    const bottom = legend.getBoundingClientRect().top - box.top;
    return { left: 0, right: box.width, top, bottom: bottom > top ? bottom : box.height };
  };
  const explorer = createExplorer(stage, filters, view, { freeRegion });
  teardowns.push(() => explorer.kill());

  // Controls over the canvas.
  const backButton = el(
    'button',
    {
      type: 'button',
      class: 'tool',
      title: 'Back to the previous view',
      onclick: () => explorer.back(),
    },
    '← Back',
  );
  const layoutButton = el(
    'button',
    { type: 'button', class: 'tool', id: 'layout-toggle', onclick: () => explorer.layout.toggle() },
    'Start layout',
  );
  replaceChildren(toolbar, [
    backButton,
    el(
      'button',
      {
        type: 'button',
        class: 'tool',
        title: 'Zoom in',
        'aria-label': 'Zoom in',
        onclick: () => explorer.zoomIn(),
      },
      '+',
    ),
    el(
      'button',
      {
        type: 'button',
        class: 'tool',
        title: 'Zoom out',
        'aria-label': 'Zoom out',
        onclick: () => explorer.zoomOut(),
      },
      '−',
    ),
    el(
      'button',
      {
        type: 'button',
        class: 'tool',
        title: 'Fit the whole graph',
        onclick: () => explorer.fit(),
      },
      'Fit',
    ),
    layoutButton,
    el(
      'button',
      {
        type: 'button',
        class: 'tool',
        title: 'Reload the graph for the current filters',
        onclick: () => {
          explorer.checkpoint();
          void loadAndFit();
        },
      },
      'Reload',
    ),
  ]);
  const syncBack = () => (backButton.disabled = !explorer.canGoBack());
  syncBack();
  teardowns.push(explorer.onHistoryChange(syncBack));
  teardowns.push(
    explorer.layout.state.subscribe((s) => {
      layoutButton.textContent = s.running ? 'Stop layout' : 'Start layout';
      layoutButton.setAttribute('aria-pressed', String(s.running));
    }),
  );

  const nodeColour = (n: string) =>
    baseNodeColour(explorer.reducerInputs(), n, explorer.graph.getNodeAttribute(n, 'type'));
  // Actors picked together (shift-click, shift-drag): the bar of actions on them all, their export too.
  teardowns.push(
    mountPickedBar(stage.parentElement!, explorer, view, (format, ids) =>
      exportGraph(
        format,
        pickedGraph(explorer.graph, explorer.visibility(), ids),
        nodeColour,
        'entente-picked',
      ),
    ),
  );
  replaceChildren(exportButtons, [
    el(
      'button',
      {
        type: 'button',
        class: 'button small',
        title: `The view with its legend as an image ${PNG_SCALE} times the screen's size`,
        onclick: () => exportPng(explorer.sigma, legend),
      },
      'PNG',
    ),
    el(
      'button',
      {
        type: 'button',
        class: 'button small',
        title: 'The view with its legend as SVG (scalable, editable)',
        onclick: () => exportSvg(explorer.sigma, legend),
      },
      'SVG',
    ),
    ...GRAPH_FORMATS.map(({ format, label }) =>
      el(
        'button',
        {
          type: 'button',
          class: 'button small',
          title: `The view as shown, filters applied, ${GRAPH_FORMAT_USE[format]}`,
          onclick: () =>
            exportGraph(format, shownGraph(explorer.graph, explorer.visibility()), nodeColour),
        },
        label,
      ),
    ),
  ]);

  // The period's analytics (/api/analytics), fetched only while a size or colour mode or the tab shows them.
  const analytics = createAnalyticsSource();
  const showsAnalytics = (v: ViewState) =>
    v.sizeMode !== 'degree' || v.colourMode === 'bloc' || v.tab === 'analytics';
  const syncAnalytics = () => {
    if (showsAnalytics(view.get())) analytics.ensure(periodOf(filters.get()));
  };
  // The period follows the filters like the graph does, after a pause, so dragging a year asks once.
  let analyticsTimer: ReturnType<typeof setTimeout> | undefined;
  teardowns.push(view.subscribe(syncAnalytics));
  teardowns.push(
    filters.subscribe((f, p) => {
      if (f.from === p.from && f.to === p.to) return;
      clearTimeout(analyticsTimer);
      analyticsTimer = setTimeout(syncAnalytics, 300);
    }),
  );
  teardowns.push(() => clearTimeout(analyticsTimer));
  teardowns.push(
    analytics.subscribe((s, p) => {
      if (s.measures === p.measures) return;
      explorer.setMeasures(s.measures);
      drawLegend();
    }),
  );
  syncAnalytics();

  // Panels.
  let years: YearBounds = DEFAULT_YEARS;
  const filterPanel = mountFilterPanel(sidebar, filters, view, () => years);
  const timeline = mountTimeline(timelineHost, filters);
  teardowns.push(timeline.teardown);
  // Statements per month, for the whole database: the timeline's bars and the year sliders' span.
  const refreshYears = async () => {
    const result = await api.runQuery('statements-per-month', {}).catch(() => null);
    const rows = (result?.rows ?? []) as unknown as MonthRow[];
    years = yearsOf(rows) ?? DEFAULT_YEARS;
    timeline.setData(rows);
    filterPanel.sync();
  };
  teardowns.push(filterPanel.teardown);
  // An actor correction changes the graph: counts and the view are reloaded (replace, so a merged actor goes).
  teardowns.push(
    mountDetailsPanel(panelOf('details'), view, explorer, () => {
      void refreshCounts();
      return load('replace');
    }),
  );
  // The console's Cypher lives apart from its editor, so an investigation can save and restore it.
  const consoleDraft = createConsoleDraft();
  let consoleMounted = false;
  let pathsMounted = false;
  let analyticsMounted = false;
  let shownList: ReturnType<typeof mountShownList> | null = null;
  // The list follows what is shown while its tab is open.
  const syncList = () => view.get().tab === 'list' && shownList?.render();
  mountIngestPanel(panelOf('ingest'), () => {
    void refreshCounts();
    void refreshYears();
    void load('merge');
  });
  // A review changes the graph at once: counts and edges are reloaded (replace, so a rejected edge goes).
  teardowns.push(
    mountReviewPanel(panelOf('review'), () => {
      void refreshCounts();
      void load('replace');
    }),
  );

  // Tabs follow the ARIA pattern: arrow keys move between them, Tab goes into the panel.
  const tablist = tabButtons[0].parentElement!;
  tablist.addEventListener('keydown', (e) => {
    const i = tabs.indexOf(view.get().tab);
    const next = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : null;
    if (next === null) return;
    e.preventDefault();
    const tab = tabs[(next + tabs.length) % tabs.length];
    view.dispatch({ type: 'setTab', tab });
    tabButtons[tabs.indexOf(tab)].focus();
  });

  const syncTabs = () => {
    const tab = view.get().tab;
    tabs.forEach((t, i) => {
      tabButtons[i].setAttribute('aria-selected', String(t === tab));
      tabButtons[i].tabIndex = t === tab ? 0 : -1;
      tabPanels[i].hidden = t !== tab;
    });
    if (tab === 'query' && !consoleMounted) {
      consoleMounted = true;
      teardowns.push(mountQueryConsole(panelOf('query'), explorer, view, consoleDraft));
    }
    if (tab === 'list') {
      shownList ??= mountShownList(panelOf('list'), explorer, view);
      shownList.render();
    }
    if (tab === 'paths' && !pathsMounted) {
      pathsMounted = true;
      teardowns.push(mountPathFinder(panelOf('paths'), explorer, filters));
    }
    if (tab === 'analytics' && !analyticsMounted) {
      analyticsMounted = true;
      teardowns.push(mountAnalyticsPanel(panelOf('analytics'), analytics, explorer, view));
    }
  };
  syncTabs();
  teardowns.push(view.subscribe((s, p) => s.tab !== p.tab && syncTabs()));

  const drawLegend = () =>
    renderLegend(
      legend,
      view.get(),
      explorer.metrics(),
      new Set(explorer.graph.mapNodes((_n, a) => a.type)),
      explorer.scale(),
      analytics.get().measures,
    );
  drawLegend();
  teardowns.push(
    view.subscribe(
      (s, p) => (s.colourMode !== p.colourMode || s.sizeMode !== p.sizeMode) && drawLegend(),
    ),
  );

  // The header: what the database holds, and how much of it is drawn (and why not all).
  let totals: { actors: number; relations: number; articles: number } | null = null;
  const syncCounts = () => {
    if (!totals) return;
    const shown = explorer.graph.order - explorer.visibility().hiddenNodes.size;
    counts.textContent = `${shown} of ${totals.actors} actors drawn · ${totals.relations} relations · ${totals.articles} articles`;
    counts.title =
      `The database holds ${totals.actors} actors. The graph draws those with a relation that the filters keep, ` +
      `at most the ${filters.get().maxActors} most connected (Max. actors loaded); actors only mentioned in ` +
      'articles, with no relation, are never drawn. Search finds them all.';
  };

  const syncBanner = () => {
    const a = explorer.graph.getAttributes();
    const shown = explorer.graph.order - explorer.visibility().hiddenNodes.size;
    banner.hidden = !a.truncated;
    banner.textContent = a.truncated
      ? `Showing ${explorer.graph.order} of ${a.totalNodes ?? '?'} actors (the ${a.limit ?? explorer.graph.order} most connected). Narrow the filters or search to see others.`
      : '';
    stage.setAttribute(
      'aria-label',
      `Graph: ${shown} actors and ${explorer.graph.size - explorer.visibility().hiddenEdges.size} relations shown`,
    );
  };
  teardowns.push(
    explorer.onDataChange(() => {
      drawLegend();
      syncBanner();
      syncCounts();
      filterPanel.sync();
      syncList();
    }),
  );
  teardowns.push(filters.subscribe(() => syncList()));
  teardowns.push(view.subscribe((s, p) => s.hidden !== p.hidden && syncList()));
  teardowns.push(filters.subscribe(syncBanner));
  teardowns.push(filters.subscribe(syncCounts));
  teardowns.push(view.subscribe((s, p) => s.hidden !== p.hidden && syncCounts()));

  // The article reader: any evidence's "Read article" opens it; its actors and relations open in the graph.
  teardowns.push(
    mountArticleReader(root, {
      openActor: (id) => void explorer.showActor(id),
      openRelation: (id) => view.dispatch({ type: 'select', selection: { kind: 'relation', id } }),
    }),
  );

  // Search: choosing an actor brings it (and its neighbours) into the graph, selects and centres it.
  teardowns.push(mountSearchBox(searchHost, (hit) => void explorer.showActor(hit.id)));

  // Data: the view is always what the server returns for the filters, plus the selected actor's neighbourhood
  // when the filters leave it out: the same whether the filters came from a URL or were set in the page.
  let started = false;
  let loads = 0;
  let inFlight = 0;
  let filterTimer: ReturnType<typeof setTimeout> | undefined;
  // Ready: the first view is drawn and no reload is due or under way (the debug hook's ready()).
  const ready = () => started && inFlight === 0 && filterTimer === undefined;
  const load = async (mode: 'merge' | 'replace') => {
    const mine = ++loads;
    inFlight++;
    try {
      await explorer.loadBase(filters.get(), mode);
      if (mine !== loads) return false;
      const selection = view.get().selection;
      if (selection?.kind === 'actor' && !explorer.graph.hasNode(selection.id)) {
        const around = await api.neighbors(selection.id, 1).catch(() => null);
        if (around && mine === loads) explorer.merge(around);
      }
      banner.classList.remove('error');
      return mine === loads;
    } catch (error) {
      banner.hidden = false;
      banner.classList.add('error');
      banner.textContent = `Could not load the graph: ${(error as Error).message}`;
      return false;
    } finally {
      inFlight--;
    }
  };
  // A reload draws other actors: the camera fits them and their labels (sigma's own framing cuts the labels of the
  // right-most actors), now and once the layout has settled them.
  const loadAndFit = async () => {
    // Not ready until the fit is under way (or due once the layout stops).
    inFlight++;
    try {
      if (!(await load('replace'))) return;
      await nextFrames(2);
      explorer.fitWhenSettled();
    } finally {
      inFlight--;
    }
  };
  const refreshCounts = async () => {
    try {
      const h = await api.health();
      totals = h.counts;
      syncCounts();
    } catch {
      counts.textContent = 'server unreachable';
    }
  };
  // Every filter is applied by the server (counts in a period cover that period only), so a change reloads.
  teardowns.push(
    filters.subscribe((f: FiltersState, previous: FiltersState) => {
      clearTimeout(filterTimer);
      // Fewer or more actors loaded: "Back" returns to the view before.
      const newLimit = f.maxActors !== previous.maxActors;
      filterTimer = setTimeout(() => {
        filterTimer = undefined;
        if (newLimit) explorer.checkpoint();
        void loadAndFit();
      }, 300);
    }),
  );
  teardowns.push(() => clearTimeout(filterTimer));

  const investigations = mountInvestigationsPanel(panelOf('saved'), {
    filters,
    view,
    explorer,
    consoleDraft,
    whenLoaded: () =>
      new Promise<void>((resolve) => {
        const check = () => (ready() ? resolve() : requestAnimationFrame(check));
        check();
      }),
  });
  teardowns.push(investigations.teardown);
  panelOf('saved').append(
    noteSearch({
      openActor: (id) => void explorer.showActor(id),
      openRelation: (id) => view.dispatch({ type: 'select', selection: { kind: 'relation', id } }),
    }),
  );

  void refreshCounts();
  void (async () => {
    await load('replace');
    // The timeline's monthly counts scan every statement: asked once the graph is in, not competing with it.
    void refreshYears();
    const selection = view.get().selection;
    await nextFrames(2);
    if (selection?.kind === 'actor') explorer.centreOn(selection.id);
    else if (selection?.kind === 'relation' && explorer.graph.hasEdge(selection.id))
      explorer.centreOn(explorer.graph.source(selection.id));
    else explorer.fitWhenSettled();
    started = true;
    const linked = investigationInHash(location.hash);
    if (linked) await investigations.open(linked);
  })();

  teardowns.push(syncUrl(filters, view, (id) => void explorer.showActor(id)));
  teardowns.push(exposeDebugHook(explorer, filters, view, ready, freeRegion));
  return () => teardowns.reverse().forEach((t) => t());
}

const root = document.getElementById('app');
if (root) {
  const teardown = mountApp(root);
  if (import.meta.hot) import.meta.hot.dispose(teardown);
}
