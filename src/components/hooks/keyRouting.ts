/**
 * Which keys the focused element keeps for itself, so the app-wide shortcuts leave them alone: a
 * slider its arrows, Home/End and PageUp/PageDown; a checkbox its Space; a radio its Space and arrows;
 * a button (or a graph element, which acts as one) Enter and Space; a text or number field, a select,
 * a menu or a listbox every key; inside the network graph (marked `data-keys="navigation"`) the
 * arrows and Home/End move between its elements. While a dialog is open only "?" (which toggles the
 * shortcut list) passes. Anything else (the page, PageDown on a graph element or on a button like
 * Forward, given by a presenter remote) goes to the shortcuts.
 */

type ControlKind = 'text' | 'slider' | 'checkbox' | 'radio' | 'tab' | 'button' | 'none';

const ARROWS = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'];
const SLIDER_KEYS = new Set([...ARROWS, 'Home', 'End', 'PageUp', 'PageDown']);
const RADIO_KEYS = new Set([...ARROWS, ' ']);
const TAB_KEYS = new Set([...ARROWS, 'Home', 'End']);
const BUTTON_KEYS = new Set([' ', 'Enter']);
/** The network graph's own keys (see viz/graphNavigation). */
const NAVIGATION_KEYS = new Set([...ARROWS, 'Home', 'End']);
const NAVIGATION = '[data-keys="navigation"]';

/** Widgets that use every key themselves (type-ahead, arrows, Escape). */
const COMPOSITE_WIDGETS = [
  'menu',
  'menubar',
  'menuitem',
  'menuitemcheckbox',
  'menuitemradio',
  'listbox',
  'option',
  'tree',
  'treeitem',
  'grid',
]
  .map((role) => `[role="${role}"]`)
  .join(', ');

const ROLE_KINDS: Record<string, ControlKind> = {
  textbox: 'text',
  searchbox: 'text',
  combobox: 'text',
  slider: 'slider',
  spinbutton: 'slider',
  scrollbar: 'slider',
  checkbox: 'checkbox',
  switch: 'checkbox',
  radio: 'radio',
  tab: 'tab',
  button: 'button',
  link: 'button',
};

const BUTTON_INPUTS = new Set(['button', 'submit', 'reset', 'file', 'image', 'color']);

function kindOf(element: Element): ControlKind {
  const role = element.getAttribute('role');
  if (role && role in ROLE_KINDS) return ROLE_KINDS[role]!;
  if (element instanceof HTMLElement && element.isContentEditable) return 'text';
  if (element instanceof HTMLInputElement) {
    if (element.type === 'range') return 'slider';
    if (element.type === 'checkbox') return 'checkbox';
    if (element.type === 'radio') return 'radio';
    return BUTTON_INPUTS.has(element.type) ? 'button' : 'text';
  }
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) return 'text';
  if (element instanceof HTMLButtonElement || element.tagName.toLowerCase() === 'summary') return 'button';
  if (element instanceof HTMLAnchorElement && element.hasAttribute('href')) return 'button';
  return 'none';
}

/** True when `target` (the keydown's target) uses `key` itself, so no shortcut may take it. */
export function controlKeepsKey(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest(COMPOSITE_WIDGETS)) return true;
  if (NAVIGATION_KEYS.has(key) && target.closest(NAVIGATION)) return true;
  switch (kindOf(target)) {
    case 'text':
      return true;
    case 'slider':
      return SLIDER_KEYS.has(key);
    case 'checkbox':
      return key === ' ';
    case 'radio':
      return RADIO_KEYS.has(key);
    case 'tab':
      return TAB_KEYS.has(key);
    case 'button':
      return BUTTON_KEYS.has(key);
    case 'none':
      return false;
  }
}

/** True when a shortcut may act on this key press: no control keeps the key and no dialog is open. */
export function shortcutMayTake(event: Pick<KeyboardEvent, 'target' | 'key'>): boolean {
  if (controlKeepsKey(event.target, event.key)) return false;
  const dialog = document.querySelector('[role="dialog"], [role="alertdialog"]');
  return dialog === null || event.key === '?';
}
