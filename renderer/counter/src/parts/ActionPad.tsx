import { useId } from 'react';
import type { CounterStatus } from '../../../../shared/lan/counterApi';
import { availabilityOf, deskActions, type DeskAction } from '../commands';
import { useCounter } from '../counterStore';
import { shortcutLabels } from '../shortcuts';
import { useText } from './useText';

type Props = { status: CounterStatus; onAction: (action: DeskAction) => void };

function ActionButton({ action, status, onAction }: Props & { action: DeskAction }) {
  const { t, say } = useText();
  const busy = useCounter((s) => s.busy);
  const letterShortcuts = useCounter((s) => s.preferences.letterShortcuts);
  const labelId = useId();
  const reasonId = useId();
  const { enabled, reason } = availabilityOf(action, status);
  const isCallNext = action === 'call-next';
  const keys = isCallNext && letterShortcuts ? 'F1 Space' : shortcutLabels[action];
  const showKey = isCallNext || letterShortcuts;
  const working = busy === action;

  return (
    // aria-disabled rather than disabled: the button keeps focus while a request runs, and a
    // press on an unavailable one still says why (through onAction).
    <button
      type="button"
      className={`btn action action--${action}${isCallNext ? ' btn--primary' : ''}${working ? ' is-working' : ''}`}
      aria-disabled={!enabled || busy !== null}
      aria-labelledby={labelId}
      aria-describedby={reason ? reasonId : undefined}
      aria-keyshortcuts={showKey ? keys : undefined}
      onClick={() => onAction(action)}
      data-testid={`action-${action}`}
    >
      <span className="action__label" id={labelId}>
        {t(`actions.${action}`)}
      </span>
      {showKey && (
        <kbd className="action__key" aria-hidden="true">
          {shortcutLabels[action]}
        </kbd>
      )}
      {reason && (
        <span className="action__reason" id={reasonId}>
          {say(reason)}
        </span>
      )}
    </button>
  );
}

/** The big buttons of a day at the counter, each with its key. */
export function ActionPad(props: Props) {
  const { t } = useText();
  return (
    <section className="action-pad" aria-labelledby="action-pad-title">
      <h2 className="visually-hidden" id="action-pad-title">
        {t('actions.title')}
      </h2>
      {deskActions.map((action) => (
        <ActionButton key={action} action={action} {...props} />
      ))}
    </section>
  );
}
