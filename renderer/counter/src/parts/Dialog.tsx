import { useEffect, useId, useRef, type ReactNode } from 'react';

type Props = {
  title: string;
  /** Gets `close`, which shuts the dialog and gives focus back to where it was before. */
  children: (close: () => void) => ReactNode;
  onClosed: () => void;
  testId: string;
};

/** A modal dialog on the native <dialog>: focus kept inside, Escape closes, focus restored after. */
export function Dialog({ title, children, onClosed, testId }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const close = () => ref.current?.close();

  return (
    <dialog ref={ref} className="dialog" aria-labelledby={titleId} onClose={onClosed} data-testid={testId}>
      <h2 className="dialog__title" id={titleId}>
        {title}
      </h2>
      {children(close)}
    </dialog>
  );
}
