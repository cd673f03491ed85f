// The one DOM builder: creates elements and sets attributes and text, never HTML.
export type Child = Node | string | number | null | undefined | false;
export type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

/** `el('button', {class: 'x', onclick: fn}, ['Go'])`: strings become text nodes, `on*` become listeners. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  children: Child[] | Child = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      node.addEventListener(name.slice(2), value);
    } else if (name === 'value' && 'value' in node) {
      (node as HTMLInputElement).value = String(value);
    } else if (name === 'checked' && 'checked' in node) {
      (node as HTMLInputElement).checked = Boolean(value);
    } else if (name.toLowerCase() === 'innerhtml' || name.toLowerCase() === 'srcdoc') {
      throw new Error(`entente/web/app/dom/el: refusing to set "${name}"`);
    } else {
      node.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(node, children);
  return node;
}

/** Appends children, turning strings and numbers into text nodes. */
export function append(parent: Node, children: Child[] | Child): void {
  for (const child of Array.isArray(children) ? children : [children]) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

/** Replaces all children of `parent`. */
export function replaceChildren(parent: Element, children: Child[] | Child): void {
  parent.replaceChildren();
  append(parent, children);
}
