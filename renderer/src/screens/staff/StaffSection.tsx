import { useId, type ComponentPropsWithoutRef, type ReactNode } from 'react';

type Props = Omit<ComponentPropsWithoutRef<'section'>, 'className' | 'aria-labelledby'> & {
  heading: ReactNode;
  /** Spans the whole row (tables, long forms). */
  wide?: boolean;
  children?: ReactNode;
};

/** One staff-screen section: a titled region whose accessible name is its heading. */
export function StaffSection({ heading, wide = false, children, ...sectionProps }: Props) {
  const headingId = useId();
  return (
    <section {...sectionProps} className={wide ? 'staff-section staff-section--wide' : 'staff-section'} aria-labelledby={headingId}>
      <h2 className="staff-section__title" id={headingId}>
        {heading}
      </h2>
      {children}
    </section>
  );
}
