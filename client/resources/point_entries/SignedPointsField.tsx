import { useResourceContext } from 'react-admin';
import { IntegerField } from '../../fields/IntegerField';

/**
 * Ledger amounts move both ways but are written by the server alone, so their definitions carry no lower bound
 * to tell them apart from counts: these are named here.
 */
const SIGNED: Record<string, readonly string[]> = {
  point_entries: ['points', 'qualifying_points'],
  point_adjustments: ['points'],
};

/** A whole number, signed and coloured (+120 green, −80 red) when it is an amount of points earned or spent. */
export function SignedPointsField({ source, signed = false }: { source: string; signed?: boolean }) {
  const resource = useResourceContext() ?? '';
  return <IntegerField source={source} signed={signed || (SIGNED[resource]?.includes(source) ?? false)} />;
}
