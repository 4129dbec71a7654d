import { timeOf } from '../../components/time';
import type { OrderStatus } from '../../gql/graphql';
import { LIFECYCLE, STATUS_NAMES } from './lifecycle';

/** The lifecycle's steps, those reached ticked with their time when known; a cancelled order says so instead of going on. */
export function Timeline({ status, reached }: { status: OrderStatus; reached: Partial<Record<OrderStatus, string>> }) {
  const current = LIFECYCLE.indexOf(status);
  const steps = status === 'CANCELLED' ? [...LIFECYCLE.filter((step) => reached[step]), status] : LIFECYCLE;
  return (
    <ol className="timeline" aria-label="Order status">
      {steps.map((step, index) => {
        const done = status === 'CANCELLED' ? true : index <= current;
        const at = reached[step];
        return (
          <li key={step} data-step={step} data-reached={done} aria-current={step === status ? 'step' : undefined}>
            <span className="dot" aria-hidden="true" />
            <span>{STATUS_NAMES[step]}</span>
            {done && at && <span className="muted"> {timeOf(at)}</span>}
            <span className="visually-hidden">{done ? ': reached' : ': not yet'}</span>
          </li>
        );
      })}
    </ol>
  );
}
