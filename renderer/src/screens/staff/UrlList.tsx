import { useId } from 'react';

/** Addresses staff type on another machine: large, unbroken, one per line. */
export function UrlList({ label, urls }: { label: string; urls: readonly string[] }) {
  const labelId = useId();
  if (urls.length === 0) return null;
  return (
    <div className="urls">
      <p className="urls__label" id={labelId}>
        {label}
      </p>
      <ul className="urls__list" aria-labelledby={labelId}>
        {urls.map((url) => (
          <li key={url} className="urls__url" lang="en" translate="no">
            {url}
          </li>
        ))}
      </ul>
    </div>
  );
}
