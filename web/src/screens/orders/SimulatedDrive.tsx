import { useEffect, useState } from 'react';
import { useApi } from '../../app/useApi';
import type { OrderCardFragment } from '../../gql/graphql';
import { ReportLocation } from './documents';

/** Where a drive starts when the order has no position yet. */
const DEPOT = { latitude: 52.52, longitude: 13.405 };
/** The server keeps one position per order per second. */
const REPORT_EVERY_MS = 1_000;
/** About 60 m a report. */
const STRIDE = 0.0006;

/**
 * The partner's position, reported each second while on: a made-up drive
 * (a demo on a desk has no moving GPS), heading on from the last position
 * with a small turn each time.
 */
export function SimulatedDrive({ order, onError }: { order: OrderCardFragment; onError: (message: string) => void }) {
  const api = useApi();
  const [driving, setDriving] = useState(false);
  const orderId = order.id;
  const start = order.lastLocation ?? DEPOT;

  // biome-ignore lint/correctness/useExhaustiveDependencies: the drive starts where the order was when it was turned on.
  useEffect(() => {
    if (!driving) return;
    let { latitude, longitude } = start;
    let heading = Math.random() * 2 * Math.PI;
    const timer = setInterval(() => {
      heading += (Math.random() - 0.5) * 0.8;
      latitude += Math.cos(heading) * STRIDE;
      longitude += Math.sin(heading) * STRIDE;
      api.mutate(ReportLocation, { orderId, latitude, longitude }).catch((failure: Error) => {
        setDriving(false);
        onError(failure.message);
      });
    }, REPORT_EVERY_MS);
    return () => clearInterval(timer);
  }, [api, driving, orderId]);

  return (
    <button type="button" aria-pressed={driving} onClick={() => setDriving(!driving)}>
      {driving ? 'Stop the simulated drive' : 'Start a simulated drive'}
    </button>
  );
}
