/**
 * A menu button as the WAI-ARIA pattern has it: the button opens a menu and focuses its first item;
 * the arrows, Home and End move between the items; Escape closes and returns the focus to the button;
 * Tab or a pointer outside closes it. Choosing an item closes the menu first, then runs it.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

export interface MenuItem {
  /** Its data-testid (the DOM contract names some, e.g. export-png). */
  testId: string;
  label: string;
  choose: () => void;
}

interface MenuButtonProps {
  label: string;
  title: string;
  menuLabel: string;
  items: readonly MenuItem[];
  /** Class of the wrapper and of the list: each menu keeps its own look. */
  className: string;
  listClassName: string;
  /** Runs when the menu opens (e.g. to start loading what its items need). */
  onOpen?: () => void;
}

const MOVES: Record<string, (at: number, count: number) => number> = {
  ArrowDown: (at, count) => (at + 1) % count,
  ArrowUp: (at, count) => (at - 1 + count) % count,
  Home: () => 0,
  End: (_at, count) => count - 1,
};

export function MenuButton({
  label,
  title,
  menuLabel,
  items,
  className,
  listClassName,
  onOpen,
}: MenuButtonProps) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    onOpen?.();
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const closeOutside = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open, onOpen]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (!open) return;
    const elements = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const move = MOVES[event.key];
    if (move) {
      event.preventDefault();
      elements[move(elements.indexOf(document.activeElement as HTMLElement), elements.length)]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (event.key === 'Tab') {
      setOpen(false);
    }
  };

  return (
    <div className={className} ref={root} onKeyDown={onKeyDown}>
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        title={title}
        onClick={() => setOpen(!open)}
      >
        {label}
      </button>
      {open && (
        <div ref={menu} id={menuId} role="menu" aria-label={menuLabel} className={listClassName}>
          {items.map((item) => (
            <button
              key={item.testId}
              type="button"
              role="menuitem"
              tabIndex={-1}
              data-testid={item.testId}
              onClick={() => {
                close();
                item.choose();
              }}
            >
              {item.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
