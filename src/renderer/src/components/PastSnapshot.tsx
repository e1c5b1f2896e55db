import { formatDateTimeSeconds } from '../format/date';

interface PastSnapshotProps {
  /** The instant the data on screen describes; null or absent while it shows now (or has not come). */
  readonly asOf: string | null | undefined;
  /** How the sentence starts, e.g. "Exposure as it was". */
  readonly subject: string;
}

/** Tells a view of a past instant apart from a live one, so old figures are never taken for today's. */
export function PastSnapshot({ asOf, subject }: PastSnapshotProps) {
  if (!asOf) return null;
  return (
    <div className="banner banner--past" role="status">
      <strong>Past snapshot.</strong> {subject} on {formatDateTimeSeconds(asOf)}, not now.
    </div>
  );
}
