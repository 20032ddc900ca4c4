import type { ReactNode } from 'react';
import { languageNames, type Language } from '../../../../shared/language';
import { useFlow } from '../../flow/FlowContext';
import { ScreenTitle } from '../parts';

type Props = { language: Language; children: ReactNode };

/** The staff screens' title with a switch to the other language: staff may not read the resident's. */
export function StaffHeader({ language, children }: Props) {
  const send = useFlow((s) => s.send);
  const other: Language = language === 'ko' ? 'en' : 'ko';
  return (
    <div className="staff-header">
      <ScreenTitle>{children}</ScreenTitle>
      <button
        type="button"
        lang={other}
        className="btn btn--secondary btn--small"
        onClick={() => send({ type: 'languageChosen', language: other })}
      >
        {languageNames[other]}
      </button>
    </div>
  );
}
