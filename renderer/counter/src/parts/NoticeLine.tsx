import { useCounter } from '../counterStore';
import { useText } from './useText';

/** The outcome of the last command in one line, always in the same place, read out as it changes. */
export function NoticeLine() {
  const { say } = useText();
  const notice = useCounter((s) => s.notice);
  return (
    <div className={`notice-line notice-line--${notice?.tone ?? 'none'}`} role="status" aria-atomic="true" data-testid="notice">
      {notice && say(notice.message)}
    </div>
  );
}
