import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/language';
import { download } from '../../lanShared/download';
import type { LanFailure } from '../../lanShared/lanRequest';
import { StatisticsBrowser, type StatisticsSource } from '../../lanShared/statistics/StatisticsBrowser';
import { managerApi } from './managerApi';

function LoginForm({ onSignedIn, notice }: { onSignedIn: (token: string) => void; notice: string | null }) {
  const { t } = useTranslation('manager');
  const [pin, setPin] = useState('');
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<string | null>(notice);

  const problemOf = (failure: LanFailure): string => {
    if (failure.kind === 'unauthorized') return t('login.wrongPin');
    if (failure.kind === 'unreachable') return t('login.unreachable');
    if (failure.kind === 'rejected' && failure.code === 'STAFF_FORBIDDEN') return t('login.notManager');
    if (failure.kind === 'rejected' && failure.code === 'TOO_MANY_ATTEMPTS') return t('login.tooMany', { message: failure.message });
    if (failure.kind === 'rejected' && failure.code === 'INVALID_REQUEST') return t('login.invalid');
    return t('login.unreachable');
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setPending(true);
    const answer = await managerApi.login(pin);
    setPending(false);
    setPin('');
    if (answer.ok) onSignedIn(answer.value.token);
    else setProblem(problemOf(answer.failure));
  };

  return (
    <form className="manager-login" onSubmit={(event) => void submit(event)} aria-labelledby="manager-login-title">
      <h2 id="manager-login-title">{t('login.title')}</h2>
      <p>{t('login.lead')}</p>
      <label className="manager-login__field">
        {t('login.pin')}
        <input type="password" inputMode="numeric" autoComplete="off" value={pin} onChange={(event) => setPin(event.target.value)} aria-describedby="manager-login-problem" />
      </label>
      <button type="submit" className="btn btn--primary" disabled={pending || pin === ''}>
        {pending ? t('login.pending') : t('login.submit')}
      </button>
      <p id="manager-login-problem" className="manager-login__problem" role="alert" data-testid="login-problem">
        {problem}
      </p>
    </form>
  );
}

/** The manager page on the office LAN: sign in with the manager PIN, then the same statistics as on the kiosk. */
export function ManagerApp() {
  const { t, i18n } = useTranslation('manager');
  const [token, setToken] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const language = i18n.language as Language;

  const source = useMemo<StatisticsSource | null>(() => {
    if (token === null) return null;
    const signedOut = () => {
      setNotice(t('signedOut'));
      setToken(null);
    };
    return {
      async load(request) {
        const answer = await managerApi.statistics(token, request);
        if (answer.ok) return answer;
        if (answer.failure.kind === 'unauthorized') {
          signedOut();
          return null;
        }
        return { ok: false, message: t('statistics.failed', { reason: answer.failure.kind === 'rejected' ? answer.failure.message : answer.failure.kind }) };
      },
      async exportCsv(range) {
        const answer = await managerApi.statisticsCsv(token, range);
        if (!answer.ok) {
          if (answer.failure.kind === 'unauthorized') {
          signedOut();
          return null;
        }
          return { kind: 'error', text: t('statistics.failed', { reason: answer.failure.kind }) };
        }
        const fileName = `sunbeon-statistics-${range.fromDay === range.toDay ? range.fromDay : `${range.fromDay}_${range.toDay}`}.csv`;
        download(fileName, answer.value);
        return { kind: 'info', text: t('statistics.exported', { file: fileName }) };
      },
    };
  }, [token, t]);

  return (
    <div className="manager">
      <header className="manager__header">
        <h1>{t('app.name')}</h1>
        <div className="button-row">
          <button type="button" className="btn" lang={t('app.otherLanguageCode')} onClick={() => void i18n.changeLanguage(t('app.otherLanguageCode'))}>
            {t('app.otherLanguage')}
          </button>
          {token !== null && (
            <button
              type="button"
              className="btn"
              onClick={() => {
                void fetch('/api/manager/logout', { method: 'POST', headers: { Authorization: `Bearer ${token}` } }).catch(() => undefined);
                setNotice(null);
                setToken(null);
              }}
            >
              {t('signOut')}
            </button>
          )}
        </div>
      </header>
      <main className="manager__main">
        {source === null ? <LoginForm onSignedIn={(signedIn) => setToken(signedIn)} notice={notice} /> : <StatisticsBrowser source={source} language={language} />}
      </main>
    </div>
  );
}
