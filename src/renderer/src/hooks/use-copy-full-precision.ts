import { useEffect } from 'react';

/** Copying a displayed amount copies its exact decimal, not the rounded text on screen. */
export function useCopyFullPrecision(): void {
  useEffect(() => {
    const onCopy = (event: ClipboardEvent) => {
      const selection = document.getSelection();
      if (!selection || selection.isCollapsed || !event.clipboardData) return;
      const amountOf = (node: Node | null) => (node instanceof Element ? node : node?.parentElement)?.closest<HTMLElement>('.amount[data-full]');
      const start = amountOf(selection.anchorNode);
      if (!start || start !== amountOf(selection.focusNode)) return;
      event.clipboardData.setData('text/plain', start.dataset.full ?? '');
      event.preventDefault();
    };
    document.addEventListener('copy', onCopy);
    return () => document.removeEventListener('copy', onCopy);
  }, []);
}
