import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OfficeConfig } from '../../../../shared/office';
import type { WaitingDecision, WaitingPlans } from '../../../../shared/officeSettings';
import { SelectField } from '../admin/fields';

type Props = {
  decisions: readonly WaitingDecision[];
  /** The settings in force: they still name the services being removed. */
  inForce: OfficeConfig;
  /** The settings being saved: the lines people may move to. */
  office: OfficeConfig;
  onDecided: (plans: WaitingPlans) => void;
  onCancel: () => void;
};

const noProblems = new Map<string, string>();

/** A change would leave people waiting for a service that goes away or off: move them, or serve them first. */
export function WaitingDecisions({ decisions, inForce, office, onDecided, onCancel }: Props) {
  const { t } = useTranslation();
  const [plans, setPlans] = useState<WaitingPlans>(() => Object.fromEntries(decisions.map((d) => [d.serviceId, { kind: 'serve' as const }])));
  const nameOf = (serviceId: string) => inForce.services.find((s) => s.id === serviceId)?.name.ko ?? serviceId;
  return (
    <section className="admin-form__section notice--warning" role="alertdialog" aria-labelledby="waiting-decisions" data-testid="waiting-decisions">
      <h2 id="waiting-decisions" className="staff-section__title">
        {t('settings.decideHeading')}
      </h2>
      {decisions.map(({ serviceId, waiting }) => {
        const plan = plans[serviceId];
        const targets = office.services.filter((s) => s.id !== serviceId && s.enabled !== false);
        return (
          <fieldset key={serviceId} className="choice choice--column">
            <legend>{t('settings.decideFor', { name: nameOf(serviceId), count: waiting })}</legend>
            <label className="choice__option">
              <input type="radio" name={`plan-${serviceId}`} checked={plan.kind === 'serve'} onChange={() => setPlans({ ...plans, [serviceId]: { kind: 'serve' } })} />
              {t('settings.serveFirst')}
            </label>
            <label className="choice__option">
              <input
                type="radio"
                name={`plan-${serviceId}`}
                checked={plan.kind === 'move'}
                disabled={targets.length === 0}
                onChange={() => setPlans({ ...plans, [serviceId]: { kind: 'move', toServiceId: targets[0].id } })}
              />
              {t('settings.moveThem')}
            </label>
            {plan.kind === 'move' && (
              <SelectField
                label={t('settings.moveTo')}
                path={`plan-${serviceId}`}
                problems={noProblems}
                value={plan.toServiceId}
                options={targets.map((s) => ({ value: s.id, label: s.name.ko || s.id }))}
                onChange={(toServiceId) => setPlans({ ...plans, [serviceId]: { kind: 'move', toServiceId } })}
              />
            )}
          </fieldset>
        );
      })}
      <div className="button-row">
        <button type="button" className="btn btn--primary btn--small" onClick={() => onDecided(plans)}>
          {t('settings.decideAndSave')}
        </button>
        <button type="button" className="btn btn--secondary btn--small" onClick={onCancel}>
          {t('settings.cancel')}
        </button>
      </div>
    </section>
  );
}
